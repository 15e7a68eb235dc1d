// SPDX-License-Identifier: EUPL-1.2
import {
  syntheticLabel,
  type PackageIndicatorDefinition,
  type PackageView,
} from '../../../../common/contracts/statistics-packages';
import type { ProfilePackage } from '../../../../common/contracts/statistics-values';
import { num } from '../values/present';

import type { PackageRecord, PackageValueRecord, RegionPackageValueRecord } from './read-store';

type ManifestIndicator = PackageView['indicators'][number];

interface Manifest {
  indicators: ManifestIndicator[];
  disclosure: { rules: { minCount: number } & Record<string, unknown> };
}

const manifestOf = (row: PackageRecord): Manifest =>
  (typeof row.manifest === 'string' ? JSON.parse(row.manifest) : row.manifest) as Manifest;

/** A package's provenance and synthetic marker, as both the list and a region profile give it. */
function provenanceOf(row: PackageRecord, manifest: Manifest): Omit<PackageView, 'indicators'> {
  return {
    id: Number(row.id),
    name: row.name,
    period: row.period,
    synthetic: row.synthetic,
    marker: row.synthetic ? syntheticLabel : null,
    softwareVersion: row.software_version,
    importedAt: new Date(row.imported_at).toISOString(),
    disclosure: manifest.disclosure.rules,
  };
}

/** An indicator's definition as its manifest states it, as both the list and a profile give it. */
const definitionOf = (i: ManifestIndicator): PackageIndicatorDefinition => ({
  measures: i.measures,
  numerator: i.numerator,
  denominator: i.denominator,
  methodology: i.methodology,
  caveats: [...i.caveats],
  notProof: i.notProof,
});

/** A package with its provenance, indicators and the synthetic marker. */
export function presentPackage(row: PackageRecord): PackageView {
  const manifest = manifestOf(row);
  return {
    ...provenanceOf(row, manifest),
    indicators: manifest.indicators.map((i) => ({
      id: i.id,
      name: i.name,
      theme: i.theme,
      kind: i.kind,
      unit: i.unit,
      levels: [...i.levels],
      breakdown: i.breakdown,
      ...definitionOf(i),
    })),
  };
}

/**
 * Why a value is suppressed, in plain Dutch, with the region whose figure still counts it: by
 * name (a code like NL00 means nothing to most readers), by code when the region has no name.
 */
function noteOf(
  row: Pick<PackageValueRecord, 'status' | 'reason' | 'carried_by' | 'carried_by_name'>,
  minCount: number,
): string | null {
  if (row.status === 'rounded')
    return 'Afgerond op vijftallen, zodat geen klein aantal herleidbaar is.';
  if (row.status !== 'suppressed') return null;
  const why =
    row.reason === 'min-count'
      ? `Onderdrukt: minder dan ${minCount} eenheden.`
      : row.reason === 'dominance'
        ? 'Onderdrukt: één of twee bijdragers bepalen bijna het hele cijfer (dominantieregel).'
        : 'Onderdrukt zodat een ander onderdrukt cijfer niet uit de totalen terug te rekenen is.';
  const carrier = row.carried_by_name ?? row.carried_by;
  return carrier ? `${why} Het telt mee in het cijfer van ${carrier}.` : why;
}

/** One package value: suppressed values keep no number, only their reason. */
export function presentPackageValue(row: PackageValueRecord, pkg: PackageRecord) {
  const minCount = manifestOf(pkg).disclosure.rules.minCount;
  return {
    code: row.region_code,
    name: row.name ?? row.region_code,
    breakdown: row.breakdown,
    value: num(row.value),
    numerator: num(row.numerator),
    denominator: num(row.denominator),
    status: row.status,
    note: noteOf(row, minCount),
    carriedBy: row.carried_by,
  };
}

/**
 * A package's figures for one region, in the manifest's indicator order, with the synthetic
 * marker. A suppressed value keeps no number and no comparison, only why; `parent` is the
 * region's gemeente (for wijken and buurten), whose value is shown beside it.
 */
export function presentProfilePackage(
  pkg: PackageRecord,
  rows: readonly RegionPackageValueRecord[],
  code: string,
  parent: string | null,
): ProfilePackage | null {
  const manifest = manifestOf(pkg);
  const own = new Map(rows.filter((r) => r.region_code === code).map((r) => [r.indicator, r]));
  const parentRows = new Map(
    rows.filter((r) => parent !== null && r.region_code === parent).map((r) => [r.indicator, r]),
  );
  const indicators = manifest.indicators.flatMap((i) => {
    const row = own.get(i.id);
    if (!row) return [];
    const suppressed = row.status === 'suppressed';
    return [
      {
        id: i.id,
        name: i.name,
        unit: i.unit,
        kind: i.kind,
        value: suppressed ? null : num(row.value),
        status: row.status,
        note: noteOf(row, manifest.disclosure.rules.minCount),
        reason: suppressed ? row.reason : null,
        carriedBy: suppressed ? row.carried_by : null,
        national: suppressed ? null : num(row.national),
        index: suppressed ? null : num(row.value_index),
        peerValue: suppressed ? null : num(row.peer_value),
        peerCount: suppressed || row.peer_count === null ? null : Number(row.peer_count),
        parentValue: num(parentRows.get(i.id)?.value ?? null),
        ...definitionOf(i),
      },
    ];
  });
  if (indicators.length === 0) return null;
  return { ...provenanceOf(pkg, manifest), indicators };
}
