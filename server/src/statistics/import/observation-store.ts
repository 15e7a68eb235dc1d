// SPDX-License-Identifier: EUPL-1.2
import type { Queryable } from '../../platform/db';

import type { ObservationBatch } from './source-reader';
import { add, batchSize, emptyCounts, upsertCounted, type Counts } from './write';

const observationSql = `insert into observation (variable, period, region_code, region_year, value, status,
    provisional, source_id)
  select v, p, c, y, x, s, pr, $8 from unnest($1::text[], $2::text[], $3::text[], $4::smallint[],
    $5::float8[], $6::text[], $7::bool[]) as t(v, p, c, y, x, s, pr)
  on conflict (variable, period, region_code) do update set region_year = excluded.region_year,
    value = excluded.value, status = excluded.status, provisional = excluded.provisional,
    source_id = excluded.source_id
  where (observation.region_year, observation.value, observation.status, observation.provisional,
    observation.source_id) is distinct from (excluded.region_year, excluded.value, excluded.status,
    excluded.provisional, excluded.source_id)`;

const observationColumns = (batch: ObservationBatch, start: number, end: number) =>
  [
    batch.variable,
    batch.period,
    batch.regionCode,
    batch.regionYear,
    batch.value,
    batch.status,
    batch.provisional,
  ].map((column) => column.slice(start, end));

/** Writes one source's observations in batches; `onBatch` reports progress. */
export async function upsertObservations(
  tx: Queryable,
  batch: ObservationBatch,
  sourceId: number,
  onBatch: (rows: number) => void,
): Promise<Counts> {
  const counts = emptyCounts();
  for (let start = 0; start < batch.variable.length; start += batchSize) {
    const columns = observationColumns(batch, start, start + batchSize);
    const size = columns[0]!.length;
    add(counts, await upsertCounted(tx, observationSql, [...columns, sourceId], size));
    onBatch(size);
  }
  return counts;
}

const plainObservationSql = observationSql.slice(0, observationSql.indexOf('on conflict'));

/** Inserts one source's observations into a table known to hold none of them. */
export async function insertObservations(
  tx: Queryable,
  batch: ObservationBatch,
  sourceId: number,
  onBatch: (rows: number) => void,
): Promise<Counts> {
  for (let start = 0; start < batch.variable.length; start += batchSize) {
    const columns = observationColumns(batch, start, start + batchSize);
    await tx.query(plainObservationSql, [...columns, sourceId]);
    onBatch(columns[0]!.length);
  }
  return { created: batch.variable.length, updated: 0, unchanged: 0 };
}

/** True when `table` (a fixed name from this module's callers) has no rows. */
export async function isEmpty(tx: Queryable, table: 'observation'): Promise<boolean> {
  const rows = await tx.query(`select 1 from ${table} limit 1`);
  return rows.length === 0;
}

/**
 * Runs `work` with the primary key of `observation` dropped and adds it back afterwards, in the
 * caller's transaction: a duplicate key still fails the whole import. Only for an empty table on
 * PGlite, where building the index once is far cheaper than maintaining it per row.
 */
export async function withPrimaryKeyBuiltAfter(tx: Queryable, work: () => Promise<void>) {
  await tx.exec('alter table observation drop constraint observation_pkey');
  await work();
  await tx.exec(
    'alter table observation add constraint observation_pkey primary key (variable, period, region_code)',
  );
}
