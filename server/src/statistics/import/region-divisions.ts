// SPDX-License-Identifier: EUPL-1.2
import { successions, type Succession } from '../../../../common/statistics/herindelingen';
import type { RegionLevel } from '../../../../common/statistics/levels';

import type { RegionRow } from './regions';

/** One row of table `region_division`. */
export interface DivisionRow {
  year: number;
  level: RegionLevel;
  regionCount: number;
  complete: boolean;
  note: string | null;
}

/**
 * One row per (year, level) present. A gemeente list is incomplete when the time series skipped
 * historical gemeenten of that year for lack of a code: national sums of that year would be short.
 */
export function divisionsOf(
  rows: Map<string, RegionRow>,
  skippedByYear: ReadonlyMap<number, number>,
): DivisionRow[] {
  const counts = new Map<string, DivisionRow>();
  for (const row of rows.values()) {
    const key = `${row.year}|${row.level}`;
    const skipped = row.level === 'gemeente' ? (skippedByYear.get(row.year) ?? 0) : 0;
    const division = counts.get(key) ?? {
      year: row.year,
      level: row.level,
      regionCount: 0,
      complete: skipped === 0,
      note:
        skipped > 0
          ? `onvolledig: de bron noemt gemeenten zonder CBS-code (${skipped} ${skipped === 1 ? 'rij' : 'rijen'} overgeslagen)`
          : null,
    };
    division.regionCount++;
    counts.set(key, division);
  }
  return [...counts.values()];
}

/** The herindelingen whose two ends are both among the regions. */
export function successionsOf(rows: Map<string, RegionRow>): Succession[] {
  return successions.filter(
    (s) => rows.has(`${s.fromYear}|${s.fromCode}`) && rows.has(`${s.toYear}|${s.toCode}`),
  );
}
