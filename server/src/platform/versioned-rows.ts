// SPDX-License-Identifier: EUPL-1.2
import type { Queryable } from './db';
import { SqlParams } from './sql-params';

/** Tables with `id`, `version` and `updated_at` that change under optimistic locking. */
type VersionedTable = 'report' | 'tip';
/** Counters per organisation and year: (organisation_id, year) → last_number. */
export type YearlySequence = 'report_sequence' | 'tip_sequence';

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
 * SQL that takes the next number of an organisation in a year, `returning last_number`: the
 * counter row is locked until the transaction ends, so numbers are gap-free per organisation and
 * year. For a CTE, so that the number can be used in the same statement as the row it numbers.
 */
export function yearlyNumberSql(
  sequence: YearlySequence,
  organisation: string,
  year: string,
): string {
  return `insert into ${sequence} (organisation_id, year, last_number) values (${organisation}, ${year}, 1)
     on conflict (organisation_id, year) do update set last_number = ${sequence}.last_number + 1
     returning last_number`;
}

/** SQL for the reference of a number, e.g. `M-2026-0042`: at least four digits, never cut. */
export function yearlyReferenceSql(prefix: 'M' | 'T', year: string, numberSql: string): string {
  return `'${prefix}-' || ${year} || '-' || lpad(${numberSql}::text, greatest(4, length(${numberSql}::text)), '0')`;
}

/** The next reference of an organisation in a year, e.g. `M-2026-0042` (see yearlyNumberSql). */
export async function nextYearlyReference(
  tx: Queryable,
  sequence: YearlySequence,
  prefix: 'M' | 'T',
  organisationId: string,
  year: number,
): Promise<string> {
  const params = new SqlParams();
  const organisation = params.add(organisationId, 'uuid');
  const yearParam = params.add(year, 'int');
  const [row] = await tx.query<{ reference: string }>(
    `with next_number as (${yearlyNumberSql(sequence, organisation, yearParam)})
     select ${yearlyReferenceSql(prefix, yearParam, 'last_number')} as reference from next_number`,
    params.values,
  );
  if (!row) throw new Error(`${sequence}: no number taken`);
  return row.reference;
}
