// SPDX-License-Identifier: EUPL-1.2
import type { Queryable } from './db';

/** Tables with `id`, `version` and `updated_at` that change under optimistic locking. */
type VersionedTable = 'report' | 'tip';
/** Counters per organisation and year: (organisation_id, year) → last_number. */
type YearlySequence = 'report_sequence' | 'tip_sequence';

/**
 * Applies a change only when the stored version is the one the client saw (optimistic
 * locking); returns false when someone else changed the row first. Column names come from
 * the calling store, never from input.
 */
export async function updateVersioned(
  tx: Queryable,
  table: VersionedTable,
  id: string,
  version: number,
  set: Record<string, unknown>,
  now: Date,
): Promise<boolean> {
  const columns = Object.keys(set);
  const assignments = columns.map((column, index) => `${column} = $${index + 4}, `);
  const rows = await tx.query<{ id: string }>(
    `update ${table} set ${assignments.join('')}version = version + 1, updated_at = $3
      where id = $1 and version = $2 returning id`,
    [id, version, now, ...columns.map((c) => set[c])],
  );
  return rows.length === 1;
}

/**
 * The next reference of an organisation in a year, e.g. `M-2026-0042`: the counter row is
 * locked until the transaction ends, so numbers are gap-free per organisation and year.
 */
export async function nextYearlyReference(
  tx: Queryable,
  sequence: YearlySequence,
  prefix: string,
  organisationId: string,
  year: number,
): Promise<string> {
  const [row] = await tx.query<{ last_number: number }>(
    `insert into ${sequence} (organisation_id, year, last_number) values ($1, $2, 1)
     on conflict (organisation_id, year) do update set last_number = ${sequence}.last_number + 1
     returning last_number`,
    [organisationId, year],
  );
  return `${prefix}-${year}-${String(row?.last_number ?? 1).padStart(4, '0')}`;
}
