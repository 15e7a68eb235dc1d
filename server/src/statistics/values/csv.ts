// SPDX-License-Identifier: EUPL-1.2
import type {
  IndicatorValues,
  RegionProfile,
} from '../../../../common/contracts/statistics-values';
import { regionLevelLabels } from '../../../../common/statistics/levels';
import { csvLines } from '../../platform/csv-write';

import { packageSections } from './package-table';
import { statusNotes } from './present';

const legend: Cell[][] = (['rounded', 'missing', 'secret'] as const).map((status) => [
  `# status ${status}`,
  statusNotes[status],
]);

type Cell = string | number | null;
/** An export as metadata lines (`# label`, value), a header and the data rows (CSV and XLSX). */
export interface ExportTable {
  meta: Cell[][];
  header: string[];
  rows: Cell[][];
}

/**
 * The values as CSV with a metadata header: lines starting with `#` name the indicator, unit,
 * period, level, national value, source and the status legend, then one row per region.
 */
export function valuesCsv(data: IndicatorValues): string {
  const { meta, header, rows } = valuesTable(data);
  return csvLines([...meta, header, ...rows]);
}

/**
 * A region profile as CSV: one row per indicator, with the same metadata header. Package figures
 * follow after an empty line as their own table with its own `#` lines (provenance, rules and,
 * for synthetic data, the marker), so they are never read as open statistics.
 */
export function profileCsv(data: RegionProfile): string {
  const { meta, header, rows } = profileTable(data);
  const sections = packageSections(data).flatMap((s) => [[], ...s.meta, s.header, ...s.rows]);
  return csvLines([...meta, header, ...rows, ...sections]);
}

/** The columns and metadata of the values export. */
export function valuesTable(data: IndicatorValues): ExportTable {
  const meta = [
    ['# indicator', `${data.indicator.name} (${data.indicator.id})`],
    ['# eenheid', data.indicator.unit],
    ['# periode', data.period],
    ['# niveau', regionLevelLabels[data.level]],
    ['# indeling', data.regionYear],
    ['# binnen', data.parent ?? 'Nederland'],
    ['# landelijke waarde', data.national.value],
    ['# landelijke waarde berekend als', data.national.method],
    ['# bron', data.attribution],
    ...legend,
  ];
  const header = [
    'code',
    'naam',
    'waarde',
    'status',
    'teller',
    'noemer',
    'index',
    'verschil',
    'percentiel',
    'z_score',
    'vorige_waarde',
    'verandering',
    'trechter',
    'waarde_vergelijkingsgroep',
  ];
  const rows = data.values.map((v) => [
    v.code,
    v.name,
    v.value,
    v.status,
    v.numerator,
    v.denominator,
    v.index,
    v.difference,
    v.percentile,
    v.zScore,
    v.previousValue,
    v.change,
    v.funnel?.position ?? null,
    v.peerValue,
  ]);
  return { meta, header, rows };
}

/** The columns and metadata of the profile export. */
export function profileTable(data: RegionProfile): ExportTable {
  const meta = [
    ['# regio', `${data.region.name} (${data.region.code})`],
    ['# niveau', data.region.level],
    ['# bron', data.attribution],
    ['# let op', data.notProof],
    ...legend,
  ];
  const header = [
    'thema',
    'indicator',
    'naam',
    'eenheid',
    'periode',
    'waarde',
    'status',
    'landelijk',
    'index',
    'percentiel',
    'trechter',
    'waarde_vergelijkingsgroep',
    'waarde_gemeente',
  ];
  const rows = data.themes.flatMap((theme) =>
    theme.indicators.map((i) => [
      theme.label,
      i.id,
      i.name,
      i.unit,
      i.period,
      i.value,
      i.status,
      i.national,
      i.index,
      i.percentile,
      i.funnel?.position ?? null,
      i.peerValue,
      i.parentValue,
    ]),
  );
  return { meta, header, rows };
}
