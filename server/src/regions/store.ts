// SPDX-License-Identifier: EUPL-1.2
import type { RegionLevel } from '../../../common/statistics/levels';
import type { Queryable } from '../platform/db';

/** A row of table `region`. */
export interface RegionRecord {
  year: number;
  code: string;
  level: RegionLevel;
  name: string;
  parent_code: string | null;
  gemeente_code: string | null;
  province_code: string | null;
  safety_region_code: string | null;
  police_unit_code: string | null;
  area_land_ha: number | null;
  area_water_ha: number | null;
}

/** A row of table `region_division`: which levels exist per year. */
export interface DivisionRecord {
  year: number;
  level: RegionLevel;
  region_count: number;
  complete: boolean;
  note: string | null;
}

const columns = `year, code, level, name, parent_code, gemeente_code, province_code,
  safety_region_code, police_unit_code, area_land_ha, area_water_ha`;

/** Every (year, level) the database holds, newest year first. */
export function listDivisions(db: Queryable): Promise<DivisionRecord[]> {
  return db.query<DivisionRecord>(
    'select year, level, region_count, complete, note from region_division order by year desc, level',
  );
}

/** Regions of one level and year; with `parent`, only those below or grouped under it. */
export function listRegions(
  db: Queryable,
  level: RegionLevel,
  year: number,
  parent?: string,
): Promise<RegionRecord[]> {
  const within = parent
    ? `and $3 in (parent_code, gemeente_code, province_code, safety_region_code, police_unit_code)`
    : '';
  return db.query<RegionRecord>(
    `select ${columns} from region where level = $1 and year = $2 ${within} order by code`,
    parent ? [level, year, parent] : [level, year],
  );
}

/** One region in one year. */
export async function findRegion(
  db: Queryable,
  code: string,
  year: number,
): Promise<RegionRecord | null> {
  const [row] = await db.query<RegionRecord>(
    `select ${columns} from region where code = $1 and year = $2`,
    [code, year],
  );
  return row ?? null;
}

/** The division years in which a code exists, newest first. */
export async function yearsOfRegion(db: Queryable, code: string): Promise<number[]> {
  const rows = await db.query<{ year: number }>(
    'select year from region where code = $1 order by year desc',
    [code],
  );
  return rows.map((row) => row.year);
}

/** Names and levels of the given codes in one year. */
export function namesOf(
  db: Queryable,
  codes: string[],
  year: number,
): Promise<{ code: string; name: string; level: RegionLevel }[]> {
  return db.query(
    'select code, name, level from region where year = $1 and code = any($2::text[])',
    [year, codes],
  );
}

/** Herindelingen touching a region: where it came from and where it went. */
export async function successionsOf(db: Queryable, code: string, year: number) {
  const rows = await db.query<{
    from_code: string;
    from_year: number;
    to_code: string;
    to_year: number;
  }>(
    `select from_code, from_year, to_code, to_year from region_succession
      where (to_code = $1 and to_year = $2) or (from_code = $1 and from_year = $2)
      order by from_year, from_code, to_code`,
    [code, year],
  );
  return {
    predecessors: rows
      .filter((r) => r.to_code === code && r.to_year === year)
      .map((r) => ({ code: r.from_code, year: r.from_year })),
    successors: rows
      .filter((r) => r.from_code === code && r.from_year === year)
      .map((r) => ({ code: r.to_code, year: r.to_year })),
  };
}

/** The current ETag of a geometry, without loading its bytes. */
export async function geometryEtag(
  db: Queryable,
  level: RegionLevel,
  year: number,
): Promise<string | null> {
  const [row] = await db.query<{ etag: string }>(
    'select etag from geometry where level = $1 and year = $2',
    [level, year],
  );
  return row?.etag ?? null;
}

/** A geometry with its precompressed variants. */
export async function loadGeometry(db: Queryable, level: RegionLevel, year: number) {
  const [row] = await db.query<{
    etag: string;
    topojson: string;
    gzip: Uint8Array;
    brotli: Uint8Array;
  }>('select etag, topojson, gzip, brotli from geometry where level = $1 and year = $2', [
    level,
    year,
  ]);
  return row ?? null;
}

/** Every (level, year) that has geometry. */
export function listGeometries(db: Queryable): Promise<{ level: RegionLevel; year: number }[]> {
  return db.query('select level, year from geometry order by level, year');
}
