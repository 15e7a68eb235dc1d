// SPDX-License-Identifier: EUPL-1.2
import { unwrapDataKey, wrapDataKey } from '../platform/crypto';
import type { Database } from '../platform/db';

/**
 * Key rotation: re-wraps every case's data key from the old master key to the new one, in one
 * transaction, without touching the sealed content. Returns the number of cases re-wrapped.
 * Throws (and changes nothing) when a key was not wrapped by `oldKey`.
 */
export async function rewrapCaseKeys(
  db: Database,
  oldKey: Buffer,
  newKey: Buffer,
): Promise<number> {
  return db.transaction(async (tx) => {
    const rows = await tx.query<{ id: string; key_wrapped: string }>(
      'select id, key_wrapped from report for update',
    );
    for (const row of rows) {
      const key = unwrapDataKey(oldKey, row.key_wrapped);
      await tx.query('update report set key_wrapped = $2 where id = $1', [
        row.id,
        wrapDataKey(newKey, key),
      ]);
    }
    return rows.length;
  });
}
