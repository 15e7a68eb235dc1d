// SPDX-License-Identifier: EUPL-1.2
import { rewrapSecret, unwrapDataKey, wrapDataKey } from './crypto';
import type { Keyring } from './keyring';

/**
 * A column whose values depend on the master key, described so `weerbaar keys rotate` can move
 * it to a new key without knowing the domain: which rows are not yet under the current key, and
 * how one row's value is recomputed under it. Table and column names are constants, never input.
 */
export interface KeyHolder {
  /** `table.column`, as shown by `weerbaar keys status` and in the audit trail. */
  name: string;
  table: string;
  column: string;
  /** SQL giving the master-key id a stored value is under (null for untagged legacy values). */
  keyIdSql: string;
  /** A LIKE pattern matching values already under the master key with this id. */
  currentPattern(keyId: string): string;
  /** Other columns `rekey` needs besides `id` and the column itself. */
  needs: readonly string[];
  /** The value under the ring's current key; throws when no key of the ring opens it. */
  rekey(ring: Keyring, row: Record<string, string>): string;
}

/** A column of sealSecret values (`v1`/`v2` envelopes): only the wrapped data key changes. */
export function secretColumn(table: string, column: string): KeyHolder {
  return {
    name: `${table}.${column}`,
    table,
    column,
    keyIdSql: `case when split_part(${column}, '.', 1) = 'v2' then split_part(${column}, '.', 2) end`,
    currentPattern: (keyId) => `v2.${keyId}.%`,
    needs: [],
    rekey: (ring, row) => rewrapSecret(ring, required(row, column)),
  };
}

/** A column of wrapped data keys (`k1`/`k2`): the data key is unwrapped and wrapped again. */
export function dataKeyColumn(table: string, column: string): KeyHolder {
  return {
    name: `${table}.${column}`,
    table,
    column,
    keyIdSql: `case when split_part(${column}, '.', 1) = 'k2' then split_part(${column}, '.', 2) end`,
    currentPattern: (keyId) => `k2.${keyId}.%`,
    needs: [],
    rekey: (ring, row) => wrapDataKey(ring, unwrapDataKey(ring, required(row, column))),
  };
}

/** A column value the holder needs; its absence is a programming error, not data. */
export function required(row: Record<string, string>, column: string): string {
  const value = row[column];
  if (typeof value !== 'string') throw new Error(`${column} ontbreekt`);
  return value;
}
