// SPDX-License-Identifier: EUPL-1.2
import { syntheticLabel, type PackageView } from '../../../../common/contracts/statistics-packages';
import { num } from '../values/present';

import type { PackageRecord, PackageValueRecord } from './read-store';

interface Manifest {
  indicators: PackageView['indicators'][number][];
  disclosure: { rules: { minCount: number } & Record<string, unknown> };
}

const manifestOf = (row: PackageRecord): Manifest =>
  (typeof row.manifest === 'string' ? JSON.parse(row.manifest) : row.manifest) as Manifest;

/** A package with its provenance, indicators and the synthetic marker. */
export function presentPackage(row: PackageRecord): PackageView {
  const manifest = manifestOf(row);
  return {
    id: Number(row.id),
    name: row.name,
    period: row.period,
    synthetic: row.synthetic,
    marker: row.synthetic ? syntheticLabel : null,
    softwareVersion: row.software_version,
    importedAt: new Date(row.imported_at).toISOString(),
    disclosure: manifest.disclosure.rules,
    indicators: manifest.indicators.map((i) => ({
      id: i.id,
      name: i.name,
      theme: i.theme,
      kind: i.kind,
      unit: i.unit,
      levels: [...i.levels],
      breakdown: i.breakdown,
      measures: i.measures,
      methodology: i.methodology,
      caveats: [...i.caveats],
      notProof: i.notProof,
    })),
  };
}

/** Why a value is suppressed, in plain Dutch, with where its figure still counts. */
function noteOf(row: PackageValueRecord, minCount: number): string | null {
  if (row.status === 'rounded')
    return 'Afgerond op vijftallen, zodat geen klein aantal herleidbaar is.';
  if (row.status !== 'suppressed') return null;
  const why =
    row.reason === 'min-count'
      ? `Onderdrukt: minder dan ${minCount} eenheden.`
      : row.reason === 'dominance'
        ? 'Onderdrukt: één of twee bijdragers bepalen bijna het hele cijfer (dominantieregel).'
        : 'Onderdrukt zodat een ander onderdrukt cijfer niet uit de totalen terug te rekenen is.';
  return row.carried_by ? `${why} Het telt mee in ${row.carried_by}.` : why;
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
