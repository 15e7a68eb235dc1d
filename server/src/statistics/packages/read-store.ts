// SPDX-License-Identifier: EUPL-1.2
import type { Queryable } from '../../platform/db';

/** A row of statistic_package with its manifest. */
export interface PackageRecord {
  id: number;
  name: string;
  period: string;
  synthetic: boolean;
  software_version: string;
  imported_at: Date | string;
  manifest: unknown;
}

/** SQL: the name of the region with code `column` in the newest division it exists in. */
const regionName = (column: string) =>
  `(select r.name from region r where r.code = ${column} order by r.year desc limit 1)`;

/** A row of package_value with the names of its region and of the region carrying it. */
export interface PackageValueRecord {
  region_code: string;
  name: string | null;
  breakdown: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  status: 'exact' | 'rounded' | 'suppressed';
  reason: 'min-count' | 'dominance' | 'secondary' | null;
  carried_by: string | null;
  carried_by_name: string | null;
}

/** Every imported package, newest period first. */
export function listPackages(db: Queryable): Promise<PackageRecord[]> {
  return db.query<PackageRecord>(
    `select id, name, period, synthetic, software_version, imported_at, manifest
       from statistic_package order by period desc, id desc`,
  );
}

/** One indicator's values at a level of one package, optionally within a gemeente or wijk. */
export function packageValues(
  db: Queryable,
  packageId: number,
  indicator: string,
  level: string,
  parent?: string,
): Promise<PackageValueRecord[]> {
  // Package codes follow the CBS pattern, so the parent is a prefix of the child's digits.
  const within = parent ? `and substr(v.region_code, 3) like substr($4, 3) || '%'` : '';
  return db.query<PackageValueRecord>(
    `select v.region_code, ${regionName('v.region_code')} as name, v.breakdown, v.value,
        v.numerator, v.denominator, v.status, v.reason, v.carried_by,
        ${regionName('v.carried_by')} as carried_by_name
       from package_value v
      where v.package_id = $1 and v.indicator = $2 and v.level = $3 ${within}
      order by v.region_code, v.breakdown`,
    parent ? [packageId, indicator, level, parent] : [packageId, indicator, level],
  );
}

/** A package value of one region as a profile shows it: region totals only, with comparisons. */
export interface RegionPackageValueRecord {
  package_id: number;
  indicator: string;
  region_code: string;
  value: number | null;
  status: 'exact' | 'rounded' | 'suppressed';
  reason: 'min-count' | 'dominance' | 'secondary' | null;
  carried_by: string | null;
  carried_by_name: string | null;
  national: number | null;
  value_index: number | null;
  peer_value: number | null;
  peer_count: number | null;
}

/** Every package value (region totals, no breakdowns) of the given region codes. */
export function packageValuesOfRegions(
  db: Queryable,
  codes: readonly string[],
): Promise<RegionPackageValueRecord[]> {
  return db.query<RegionPackageValueRecord>(
    `select package_id, indicator, region_code, value, status, reason, carried_by,
            ${regionName('carried_by')} as carried_by_name, national, value_index, peer_value,
            peer_count
       from package_value where region_code = any($1::text[]) and breakdown = ''`,
    [codes],
  );
}
