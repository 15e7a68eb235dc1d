// SPDX-License-Identifier: EUPL-1.2
import { recordEvent } from '../audit/service';
import type { Database, Queryable } from '../platform/db';
import type { KeyHolder } from '../platform/key-holders';
import { keysOf, type Keyring } from '../platform/keyring';

/** How many values of one column are under which master key. */
export interface HolderStatus {
  name: string;
  /** Key id → number of values; `null` counts untagged values from before key ids. */
  byKey: { keyId: string | null; count: number; known: 'current' | 'previous' | 'unknown' }[];
  /** Values not yet under the current key. */
  pending: number;
}

/** Thrown before anything changes when some value cannot be opened by the configured keys. */
export class RotationError extends Error {}

/** Per column, how many values sit under each master key (`weerbaar keys status`). */
export async function keyStatus(
  db: Queryable,
  ring: Keyring,
  holders: readonly KeyHolder[],
): Promise<HolderStatus[]> {
  const result: HolderStatus[] = [];
  for (const h of holders) {
    const rows = await db.query<{ key_id: string | null; count: string | number }>(
      `select ${h.keyIdSql} as key_id, count(*) as count from ${h.table}
        where ${h.column} is not null group by 1 order by 1`,
    );
    const byKey = rows.map((r) => ({
      keyId: r.key_id,
      count: Number(r.count),
      known:
        r.key_id === ring.current.id
          ? ('current' as const)
          : r.key_id !== null && r.key_id === ring.previous?.id
            ? ('previous' as const)
            : ('unknown' as const),
    }));
    const pending = byKey.filter((k) => k.known !== 'current').reduce((n, k) => n + k.count, 0);
    result.push({ name: h.name, byKey, pending });
  }
  return result;
}

function pendingSql(h: KeyHolder, lock: boolean): string {
  const columns = ['id::text as id', h.column, ...h.needs].join(', ');
  return `select ${columns} from ${h.table}
    where ${h.column} is not null and ${h.column} not like $1 and id::text > $2
    order by id::text limit $3${lock ? ' for update' : ''}`;
}

async function pendingRows(
  db: Queryable,
  h: KeyHolder,
  ring: Keyring,
  after: string,
  limit: number,
  lock: boolean,
): Promise<Record<string, string>[]> {
  return db.query<Record<string, string>>(pendingSql(h, lock), [
    h.currentPattern(ring.current.id),
    after,
    limit,
  ]);
}

/**
 * Reads every value not yet under the current key and recomputes it in memory, writing nothing.
 * Throws RotationError naming each column with values no configured key opens (a wrong or
 * missing WEERBAAR_MASTER_KEY_PREVIOUS), so a rotation with a wrong key changes nothing.
 */
export async function verifyRotation(
  db: Queryable,
  ring: Keyring,
  holders: readonly KeyHolder[],
  pageSize = 1000,
): Promise<number> {
  const problems: string[] = [];
  let total = 0;
  for (const h of holders) {
    let after = '';
    let failed = 0;
    for (;;) {
      const rows = await pendingRows(db, h, ring, after, pageSize, false);
      for (const row of rows) {
        try {
          h.rekey(ring, row);
          total += 1;
        } catch {
          failed += 1;
        }
      }
      if (rows.length < pageSize) break;
      after = rows[rows.length - 1]?.id ?? after;
    }
    if (failed > 0) problems.push(`${h.name}: ${failed} waarde(n)`);
  }
  if (problems.length > 0)
    throw new RotationError(
      `Geen ingestelde hoofdsleutel (${keysOf(ring)
        .map((k) => k.id)
        .join(', ')}) opent:\n${problems.map((p) => `  - ${p}`).join('\n')}\n` +
        'Er is niets gewijzigd. Controleer WEERBAAR_MASTER_KEY_PREVIOUS.',
    );
  return total;
}

export interface RotationResult {
  /** Values moved to the current key, per column. */
  moved: Record<string, number>;
  batches: number;
}

/**
 * Moves every value under the master key to the ring's current key: first a full check that
 * changes nothing when a value cannot be opened, then batches of `batchSize` rows, each in its
 * own transaction with its audit event. Rows already under the current key are skipped, so an
 * interrupted run is resumed by running it again, and a repeated run changes nothing.
 */
export async function rotateKeys(
  db: Database,
  ring: Keyring,
  holders: readonly KeyHolder[],
  options: { batchSize?: number; clock?: () => Date } = {},
): Promise<RotationResult> {
  const batchSize = options.batchSize ?? 500;
  const clock = options.clock ?? (() => new Date());
  await verifyRotation(db, ring, holders);
  const moved: Record<string, number> = {};
  let batches = 0;
  for (const h of holders) {
    moved[h.name] = 0;
    for (;;) {
      const count = await db.transaction(async (tx) => {
        const rows = await pendingRows(tx, h, ring, '', batchSize, true);
        for (const row of rows) {
          await tx.query(`update ${h.table} set ${h.column} = $2 where id::text = $1`, [
            row.id,
            h.rekey(ring, row),
          ]);
        }
        if (rows.length > 0)
          await recordEvent(tx, {
            actorUserId: null,
            organisationId: null,
            action: 'keys.rotate',
            objectType: h.name,
            objectId: ring.current.id,
            origin: 'cli',
            occurredAt: clock(),
          });
        return rows.length;
      });
      if (count === 0) break;
      moved[h.name] = (moved[h.name] ?? 0) + count;
      batches += 1;
    }
  }
  return { moved, batches };
}
