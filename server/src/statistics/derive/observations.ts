// SPDX-License-Identifier: EUPL-1.2
import {
  levelOfCode,
  type RegionLevel,
  type ValueStatus,
} from '../../../../common/statistics/levels';
import type { Queryable } from '../../platform/db';

/** One published number as the derivation reads it. */
export interface Observed {
  value: number | null;
  status: ValueStatus;
  regionYear: number;
}

/** variable → `period|level` → region code → observation. */
export type ObservationIndex = Map<string, Map<string, Map<string, Observed>>>;

/** Region codes per division year and level, sorted. */
export type RegionIndex = Map<string, string[]>;

export const regionKey = (year: number, level: RegionLevel) => `${year}|${level}`;

interface ObservationRow {
  variable: string;
  period: string;
  region_code: string;
  region_year: number;
  value: number | null;
  status: ValueStatus;
}

/** Reads the observations of the given variables into an index (one query, ~240,000 rows). */
export async function loadObservations(
  db: Queryable,
  variables: readonly string[],
): Promise<ObservationIndex> {
  const rows = await db.query<ObservationRow>(
    `select variable, period, region_code, region_year, value, status from observation
      where variable = any($1::text[])`,
    [variables],
  );
  const index: ObservationIndex = new Map();
  for (const row of rows) {
    const level = levelOfCode(row.region_code);
    if (!level) continue;
    let byPeriod = index.get(row.variable);
    if (!byPeriod) index.set(row.variable, (byPeriod = new Map()));
    const key = `${row.period}|${level}`;
    let byCode = byPeriod.get(key);
    if (!byCode) byPeriod.set(key, (byCode = new Map()));
    byCode.set(row.region_code, {
      value: row.value === null ? null : Number(row.value),
      status: row.status,
      regionYear: Number(row.region_year),
    });
  }
  return index;
}

/** Every region code per (division year, level). */
export async function loadRegions(db: Queryable): Promise<RegionIndex> {
  const rows = await db.query<{ year: number; level: RegionLevel; code: string }>(
    'select year, level, code from region order by code',
  );
  const index: RegionIndex = new Map();
  for (const row of rows) {
    const key = regionKey(Number(row.year), row.level);
    const list = index.get(key);
    if (list) list.push(row.code);
    else index.set(key, [row.code]);
  }
  return index;
}

/** Codes whose boundaries changed between two division years (targets of a herindeling). */
export async function loadChangedCodes(db: Queryable): Promise<Map<string, Set<string>>> {
  const rows = await db.query<{ from_year: number; to_year: number; to_code: string }>(
    'select from_year, to_year, to_code from region_succession',
  );
  const changed = new Map<string, Set<string>>();
  for (const row of rows) {
    const key = `${row.from_year}|${row.to_year}`;
    const set = changed.get(key) ?? new Set<string>();
    set.add(row.to_code);
    changed.set(key, set);
  }
  return changed;
}

const none: ReadonlyMap<string, Observed> = new Map();

/** The observations of one variable and period at one level (empty when there are none). */
export function observationsAt(
  index: ObservationIndex,
  variable: string,
  period: number,
  level: RegionLevel,
): ReadonlyMap<string, Observed> {
  return index.get(variable)?.get(`${period}|${level}`) ?? none;
}
