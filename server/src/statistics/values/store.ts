// SPDX-License-Identifier: EUPL-1.2
import type { RegionLevel, ValueStatus } from '../../../../common/statistics/levels';
import type { Queryable } from '../../platform/db';

/** A row of `indicator_value` joined with the region's name. */
export interface ValueRecord {
  indicator: string;
  period: number;
  level: RegionLevel;
  region_code: string;
  region_year: number;
  name: string | null;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  weight: number | null;
  status: ValueStatus;
  value_index: number | null;
  difference: number | null;
  percentile: number | null;
  z_score: number | null;
  previous_value: number | null;
  change: number | null;
  change_relative: number | null;
  change_status: string;
  lower95: number | null;
  upper95: number | null;
  lower998: number | null;
  upper998: number | null;
  funnel_position: string | null;
  peer_value: number | null;
  peer_count: number | null;
}

/** A row of `indicator_national`. */
export interface NationalRecord {
  indicator: string;
  period: number;
  level: RegionLevel;
  region_year: number;
  value: number | null;
  method: string;
  published: boolean;
  approximate: boolean;
  regions_contributing: number | null;
  regions_total: number;
  any_missing: boolean;
  reason: string | null;
  funnel_model: 'poisson' | 'binomial' | null;
  funnel_method: 'exact' | 'random-effects' | null;
  overdispersion_phi: number | null;
  previous_period: number | null;
}

const valueColumns = `v.indicator, v.period, v.level, v.region_code, v.region_year, r.name, v.value,
  v.numerator, v.denominator, v.weight, v.status, v.value_index, v.difference, v.percentile, v.z_score,
  v.previous_value, v.change, v.change_relative, v.change_status, v.lower95, v.upper95, v.lower998,
  v.upper998, v.funnel_position, v.peer_value, v.peer_count`;

/**
 * The version of the statistics (changes with every derivation and every package import, since
 * profiles carry package values), or null before any derivation.
 */
export async function derivationVersion(db: Queryable): Promise<string | null> {
  // Package ids are never reused, so the newest id and the count name the set of packages.
  const rows = await db.query<{ version: string }>(
    `select d.version || coalesce((select '-' || max(id) || '.' || count(*) from statistic_package), '')
        as version from statistics_derivation d`,
  );
  return rows[0]?.version ?? null;
}

/** The national rows of one indicator: which periods and levels have derived values. */
export function nationalsOf(db: Queryable, indicator: string): Promise<NationalRecord[]> {
  return db.query<NationalRecord>(
    'select * from indicator_national where indicator = $1 order by period desc, level',
    [indicator],
  );
}

/** Every national row (for profiles: one query instead of one per indicator). */
export function allNationals(db: Queryable): Promise<NationalRecord[]> {
  return db.query<NationalRecord>('select * from indicator_national');
}

/** One indicator's values at a level and period, optionally within a parent region. */
export function valuesOf(
  db: Queryable,
  indicator: string,
  period: number,
  level: RegionLevel,
  parent?: string,
): Promise<ValueRecord[]> {
  const within = parent
    ? `and $4 in (r.parent_code, r.gemeente_code, r.province_code, r.safety_region_code, r.police_unit_code)`
    : '';
  return db.query<ValueRecord>(
    `select ${valueColumns} from indicator_value v
       left join region r on r.year = v.region_year and r.code = v.region_code
      where v.indicator = $1 and v.period = $2 and v.level = $3 ${within}
      order by v.region_code`,
    parent ? [indicator, period, level, parent] : [indicator, period, level],
  );
}

/** Every indicator value of one region code (all periods), for its profile. */
export function valuesOfRegion(db: Queryable, codes: readonly string[]): Promise<ValueRecord[]> {
  return db.query<ValueRecord>(
    `select ${valueColumns} from indicator_value v
       left join region r on r.year = v.region_year and r.code = v.region_code
      where v.region_code = any($1::text[])
      order by v.indicator, v.period`,
    [codes],
  );
}

/** A gemeente's peer group in a division year, with the peers' names. */
export async function peerGroupOf(db: Queryable, code: string, year: number) {
  const [group] = await db.query<{
    year: number;
    features_period: number;
    features_used: string;
    note: string | null;
  }>(
    'select year, features_period, features_used, note from peer_group where code = $1 and year = $2',
    [code, year],
  );
  if (!group) return null;
  const peers = await db.query<{
    peer_code: string;
    name: string | null;
    rank: number;
    distance: number;
    summary: string;
    reasons: unknown;
  }>(
    `select p.peer_code, r.name, p.rank, p.distance, p.summary, p.reasons from peer p
       left join region r on r.year = p.year and r.code = p.peer_code
      where p.code = $1 and p.year = $2 order by p.rank`,
    [code, year],
  );
  return { group, peers };
}

/** One indicator's gemeente values in every period, each in its own division. */
export function gemeenteSeriesOf(db: Queryable, indicator: string): Promise<ValueRecord[]> {
  return db.query<ValueRecord>(
    `select ${valueColumns} from indicator_value v
       left join region r on r.year = v.region_year and r.code = v.region_code
      where v.indicator = $1 and v.level = 'gemeente' order by v.period, v.region_code`,
    [indicator],
  );
}

/** Every herindeling between division years. */
export function successions(db: Queryable) {
  return db.query<{ from_year: number; from_code: string; to_year: number; to_code: string }>(
    'select from_year, from_code, to_year, to_code from region_succession',
  );
}
