// SPDX-License-Identifier: EUPL-1.2
import type { Queryable } from '../platform/db';
import { SqlParams } from '../platform/sql-params';

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
 * SQL for `to_json(x)::text` of a text value, `null` for NULL: the same string JSON.stringify
 * gives for every text PostgreSQL can hold (both escape `"`, `\\`, \b \f \n \r \t as such and
 * other control characters as lower-case \u00xx; neither escapes anything else), so a hash
 * computed in SQL equals `hashEvent` (chain.ts), which `verifyChain` recomputes.
 */
const jsonText = (placeholder: string) => `coalesce(to_json(${placeholder})::text, 'null')`;

/**
 * Common table expressions that append `event` to the chain, for use inside a larger statement:
 * `audit_next` advances the one-row head (seq + 1, hash over the canonical array of chain.ts)
 * and `audit_row` inserts the event with it. UPDATE waits for a concurrent writer's commit and
 * then works on the newest head, so rows stay gap-free and chained to their true predecessor.
 * The head's row lock is held until commit: `after` names a CTE whose rows must exist first
 * (through a one-time filter), so the head, which every writer needs, is locked last. Without
 * a head row `seq` is NULL and the NOT NULL constraint fails the whole statement.
 */
export function appendEventCtes(event: AuditEventInput, params: SqlParams, after?: string): string {
  const occurredAt = params.add(event.occurredAt.toISOString(), 'text');
  const fields = [
    params.add(event.actorUserId, 'text'),
    params.add(event.organisationId, 'text'),
    params.add(event.action, 'text'),
    params.add(event.objectType ?? null, 'text'),
    params.add(event.objectId ?? null, 'text'),
    params.add(event.result ?? 'success', 'text'),
    params.add(event.origin, 'text'),
  ];
  const [actor, organisation, action, objectType, objectId, result, origin] = fields;
  const canonical = [
    '(h.seq + 1)::text',
    jsonText(occurredAt),
    ...fields.map(jsonText),
    'to_json(h.hash)::text',
  ].join(` || ',' || `);
  return `audit_next as (
      update audit_head h set seq = h.seq + 1, prev_hash = h.hash,
        hash = encode(sha256(convert_to('[' || ${canonical} || ']', 'UTF8')), 'hex')
      ${after ? `where (select count(*) from ${after}) > 0` : ''}
      returning h.seq, h.prev_hash, h.hash),
    audit_row as (
      insert into audit_event (seq, occurred_at, actor_user_id, organisation_id, action, object_type,
        object_id, result, origin, prev_hash, hash)
      select n.seq, ${occurredAt}::timestamptz, ${actor}::uuid, ${organisation}::uuid, ${action},
        ${objectType}, ${objectId}, ${result}, ${origin}, n.prev_hash, n.hash
        from (select 1) one left join audit_next n on true
      returning seq)`;
}

/**
 * Appends one event to the hash chain inside the caller's transaction, so the event exists if
 * and only if the mutation it describes was committed. One statement: the head row's lock
 * serialises writers from here until commit, so call it last in a transaction.
 */
export async function recordEvent(tx: Queryable, event: AuditEventInput): Promise<void> {
  const params = new SqlParams();
  await tx.query(`with ${appendEventCtes(event, params)} select seq from audit_row`, params.values);
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
    if (rows.length < pageSize) return checkHead(db, checked, expectedSeq - 1, prevHash);
  }
}

/**
 * The chain alone cannot show that its newest rows were removed; the head can, as long as it
 * was not rewritten too: it must point at the last row (ADR 0007).
 */
async function checkHead(
  db: Queryable,
  checked: number,
  lastSeq: number,
  lastHash: string,
): Promise<ChainReport> {
  const [head] = await db.query<{ seq: string | number; hash: string }>(
    'select seq, hash from audit_head',
  );
  if (!head)
    return {
      ok: false,
      checked,
      firstBroken: { seq: lastSeq + 1, reason: 'de kop van de keten ontbreekt' },
    };
  if (Number(head.seq) !== lastSeq)
    return {
      ok: false,
      checked,
      firstBroken: {
        seq: lastSeq + 1,
        reason: `rij ${lastSeq + 1} tot en met ${Number(head.seq)} ontbreken (de kop wijst naar rij ${Number(head.seq)})`,
      },
    };
  if (head.hash !== lastHash)
    return {
      ok: false,
      checked,
      firstBroken: { seq: lastSeq, reason: 'de kop van de keten klopt niet met de laatste rij' },
    };
  return { ok: true, checked };
}
