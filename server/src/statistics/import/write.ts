// SPDX-License-Identifier: EUPL-1.2
import type { Succession } from '../../../../common/statistics/herindelingen';
import { regionLevels } from '../../../../common/statistics/levels';
import type { Queryable } from '../../platform/db';

import type { CompressedGeometry, GeometryFile } from './geometry';
import type { DivisionRow } from './region-divisions';
import type { RegionRow } from './regions';

/** How many rows an import created, changed, or found as they were. */
export interface Counts {
  created: number;
  updated: number;
  unchanged: number;
}

export const emptyCounts = (): Counts => ({ created: 0, updated: 0, unchanged: 0 });

/** Rows per statement: large enough to amortise the round trip, small enough for one message. */
export const batchSize = 5000;

/**
 * Runs an `insert … select from unnest(…) on conflict … do update … where changed` statement and
 * counts its effect: `xmax = 0` marks a freshly inserted row; rows that were equal are neither.
 */
export async function upsertCounted(
  tx: Queryable,
  sql: string,
  params: unknown[],
  total: number,
): Promise<Counts> {
  const [row] = await tx.query<{ created: number; updated: number }>(
    `with written as (${sql} returning (xmax = 0) as created)
     select count(*) filter (where created)::int as created,
            count(*) filter (where not created)::int as updated from written`,
    params,
  );
  const created = row?.created ?? 0;
  const updated = row?.updated ?? 0;
  return { created, updated, unchanged: total - created - updated };
}

/** Adds `counts` into `into`. */
export function add(into: Counts, counts: Counts): void {
  into.created += counts.created;
  into.updated += counts.updated;
  into.unchanged += counts.unchanged;
}

const regionSql = `insert into region (year, code, level, name, parent_code, gemeente_code, province_code,
    safety_region_code, police_unit_code, area_land_ha, area_water_ha)
  select * from unnest($1::smallint[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[],
    $7::text[], $8::text[], $9::text[], $10::float8[], $11::float8[])
  on conflict (year, code) do update set level = excluded.level, name = excluded.name,
    parent_code = excluded.parent_code, gemeente_code = excluded.gemeente_code,
    province_code = excluded.province_code, safety_region_code = excluded.safety_region_code,
    police_unit_code = excluded.police_unit_code, area_land_ha = excluded.area_land_ha,
    area_water_ha = excluded.area_water_ha
  where (region.level, region.name, region.parent_code, region.gemeente_code, region.province_code,
    region.safety_region_code, region.police_unit_code, region.area_land_ha, region.area_water_ha)
    is distinct from (excluded.level, excluded.name, excluded.parent_code, excluded.gemeente_code,
    excluded.province_code, excluded.safety_region_code, excluded.police_unit_code,
    excluded.area_land_ha, excluded.area_water_ha)`;

/** Writes regions level by level, so every parent exists before its children. */
export async function upsertRegions(tx: Queryable, rows: readonly RegionRow[]): Promise<Counts> {
  const counts = emptyCounts();
  for (const level of regionLevels) {
    const ofLevel = rows.filter((r) => r.level === level);
    for (let start = 0; start < ofLevel.length; start += batchSize) {
      const part = ofLevel.slice(start, start + batchSize);
      const pick = <K extends keyof RegionRow>(key: K) => part.map((r) => r[key]);
      const columns = [
        pick('year'),
        pick('code'),
        pick('level'),
        pick('name'),
        pick('parentCode'),
        pick('gemeenteCode'),
        pick('provinceCode'),
        pick('safetyRegionCode'),
        pick('policeUnitCode'),
        pick('areaLandHa'),
        pick('areaWaterHa'),
      ];
      add(counts, await upsertCounted(tx, regionSql, columns, part.length));
    }
  }
  return counts;
}

/** Records which levels exist per year and whether each list is complete. */
export async function upsertDivisions(tx: Queryable, rows: readonly DivisionRow[]): Promise<void> {
  await tx.query(
    `insert into region_division (year, level, region_count, complete, note)
     select * from unnest($1::smallint[], $2::text[], $3::int[], $4::bool[], $5::text[])
     on conflict (year, level) do update set region_count = excluded.region_count,
       complete = excluded.complete, note = excluded.note`,
    [
      rows.map((r) => r.year),
      rows.map((r) => r.level),
      rows.map((r) => r.regionCount),
      rows.map((r) => r.complete),
      rows.map((r) => r.note),
    ],
  );
}

/** Adds the herindelingen whose regions are present; existing ones stay. */
export async function insertSuccessions(tx: Queryable, rows: readonly Succession[]): Promise<void> {
  await tx.query(
    `insert into region_succession (from_year, from_code, to_year, to_code)
     select * from unnest($1::smallint[], $2::text[], $3::smallint[], $4::text[]) on conflict do nothing`,
    [
      rows.map((r) => r.fromYear),
      rows.map((r) => r.fromCode),
      rows.map((r) => r.toYear),
      rows.map((r) => r.toCode),
    ],
  );
}

/** Stores a geometry file as is, with its compressed variants. */
export async function upsertGeometry(
  tx: Queryable,
  geometry: GeometryFile,
  compressed: CompressedGeometry,
  sourceId: number,
): Promise<'created' | 'updated'> {
  const [row] = await tx.query<{ created: boolean }>(
    `insert into geometry (level, year, topojson, etag, sha256, gzip, brotli, feature_count, source_id)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9)
     on conflict (level, year) do update set topojson = excluded.topojson, etag = excluded.etag,
       sha256 = excluded.sha256, gzip = excluded.gzip, brotli = excluded.brotli,
       feature_count = excluded.feature_count, source_id = excluded.source_id
     returning (xmax = 0) as created`,
    [
      geometry.level,
      geometry.year,
      geometry.file.text,
      compressed.etag,
      geometry.file.sha256,
      compressed.gzip,
      compressed.brotli,
      geometry.featureCount,
      sourceId,
    ],
  );
  return row?.created ? 'created' : 'updated';
}
