// SPDX-License-Identifier: EUPL-1.2
import type { Queryable } from '../platform/db';

import { genesisHash, hashEvent } from './chain';

export type AuditResult = 'success' | 'denied' | 'failure';
export type AuditOrigin = 'http' | 'cli' | 'job' | 'system' | 'oidc';

export interface AuditEventInput {
  actorUserId: string | null;
  organisationId: string | null;
  /** Dotted action name, e.g. `user.create`, `session.create`, `audit.view`. */
  action: string;
  objectType?: string | null;
  objectId?: string | null;
  result?: AuditResult;
  origin: AuditOrigin;
  occurredAt: Date;
}

/**
 * Appends one event to the hash chain inside the caller's transaction, so the event exists if
 * and only if the mutation it describes was committed. The advisory lock serialises writers,
 * which keeps `seq` gap-free and each row chained to its true predecessor.
 */
export async function recordEvent(tx: Queryable, event: AuditEventInput): Promise<void> {
  await tx.query('select pg_advisory_xact_lock(7291002)');
  const [last] = await tx.query<{ seq: string | number; hash: string }>(
    'select seq, hash from audit_event order by seq desc limit 1',
  );
  const seq = last ? Number(last.seq) + 1 : 1;
  const prevHash = last?.hash ?? genesisHash;
  const fields = {
    seq,
    occurredAt: event.occurredAt.toISOString(),
    actorUserId: event.actorUserId,
    organisationId: event.organisationId,
    action: event.action,
    objectType: event.objectType ?? null,
    objectId: event.objectId ?? null,
    result: event.result ?? 'success',
    origin: event.origin,
    prevHash,
  };
  await tx.query(
    `insert into audit_event (seq, occurred_at, actor_user_id, organisation_id, action, object_type, object_id, result, origin, prev_hash, hash)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [
      fields.seq,
      fields.occurredAt,
      fields.actorUserId,
      fields.organisationId,
      fields.action,
      fields.objectType,
      fields.objectId,
      fields.result,
      fields.origin,
      prevHash,
      hashEvent(fields),
    ],
  );
}

export interface ChainReport {
  ok: boolean;
  checked: number;
  /** The first row whose hash, predecessor link or sequence number does not match. */
  firstBroken?: { seq: number; reason: string };
}

interface StoredEventRow {
  seq: string | number;
  occurred_at: Date | string;
  actor_user_id: string | null;
  organisation_id: string | null;
  action: string;
  object_type: string | null;
  object_id: string | null;
  result: string;
  origin: string;
  prev_hash: string;
  hash: string;
}

/** Walks the whole chain in pages and names the first row that was changed, removed or inserted. */
export async function verifyChain(db: Queryable, pageSize = 5000): Promise<ChainReport> {
  let expectedSeq = 1;
  let prevHash = genesisHash;
  let checked = 0;
  for (;;) {
    const rows = await db.query<StoredEventRow>(
      'select * from audit_event where seq >= $1 order by seq limit $2',
      [expectedSeq, pageSize],
    );
    for (const row of rows) {
      const seq = Number(row.seq);
      const broken = (reason: string): ChainReport => ({
        ok: false,
        checked,
        firstBroken: { seq, reason },
      });
      if (seq !== expectedSeq)
        return {
          ok: false,
          checked,
          firstBroken: { seq: expectedSeq, reason: `rij ${expectedSeq} ontbreekt` },
        };
      if (row.prev_hash !== prevHash) return broken('verwijzing naar de vorige rij klopt niet');
      const recomputed = hashEvent({
        seq,
        occurredAt: new Date(row.occurred_at).toISOString(),
        actorUserId: row.actor_user_id,
        organisationId: row.organisation_id,
        action: row.action,
        objectType: row.object_type,
        objectId: row.object_id,
        result: row.result,
        origin: row.origin,
        prevHash: row.prev_hash,
      });
      if (recomputed !== row.hash) return broken('inhoud gewijzigd (hash klopt niet)');
      prevHash = row.hash;
      expectedSeq = seq + 1;
      checked += 1;
    }
    if (rows.length < pageSize) return { ok: true, checked };
  }
}
