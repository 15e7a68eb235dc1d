// SPDX-License-Identifier: EUPL-1.2
import type { TipCategory, TipStatus } from '../../../common/contracts/tips';
import type { Queryable } from '../platform/db';
import {
  nextYearlyReference,
  updateVersioned as updateVersionedRow,
} from '../platform/versioned-rows';

/** A stored tip with its organisation and the linked case's reference. */
export interface TipRow {
  id: string;
  organisation_id: string;
  organisation_code: string;
  organisation_name: string;
  reference: string;
  category: TipCategory;
  status: TipStatus;
  forwarded_to: string | null;
  close_reason: string | null;
  secret_hash: string;
  key_wrapped: string;
  content_sealed: string;
  status_note_sealed: string | null;
  report_id: string | null;
  report_reference: string | null;
  awaiting_reply: boolean;
  version: number;
  created_at: Date;
  updated_at: Date;
  closed_at: Date | null;
}

export interface TipMessageRow {
  id: string;
  from_tipper: boolean;
  body_sealed: string;
  created_at: Date;
}

export interface TipAttachmentRow {
  id: string;
  tip_id: string;
  file_name_sealed: string;
  media_type: 'image/png' | 'image/jpeg' | 'application/pdf';
  size_bytes: number;
  sha256: string;
  storage_name: string;
}

const selectTip = `
  select t.id, t.organisation_id, o.code as organisation_code, o.name as organisation_name,
         t.reference, t.category, t.status, t.forwarded_to, t.close_reason, t.secret_hash,
         t.key_wrapped, t.content_sealed, t.status_note_sealed, t.report_id,
         r.reference as report_reference, t.awaiting_reply, t.version, t.created_at,
         t.updated_at, t.closed_at
    from tip t
    join organisation o on o.id = t.organisation_id
    left join report r on r.id = t.report_id`;

export async function findTip(db: Queryable, id: string): Promise<TipRow | null> {
  const [row] = await db.query<TipRow>(`${selectTip} where t.id = $1`, [id]);
  return row ?? null;
}

export async function findTipByReceipt(db: Queryable, hash: string): Promise<TipRow | null> {
  const [row] = await db.query<TipRow>(`${selectTip} where t.receipt_hash = $1`, [hash]);
  return row ?? null;
}

/** Tips of these organisations, newest first. */
export function listTips(db: Queryable, organisationIds: string[]): Promise<TipRow[]> {
  if (organisationIds.length === 0) return Promise.resolve([]);
  return db.query<TipRow>(
    `${selectTip} where t.organisation_id = any($1::uuid[]) order by t.created_at desc, t.id`,
    [organisationIds],
  );
}

export function nextTipReference(
  tx: Queryable,
  organisationId: string,
  year: number,
): Promise<string> {
  return nextYearlyReference(tx, 'tip_sequence', 'T', organisationId, year);
}

export async function insertTip(
  tx: Queryable,
  tip: {
    organisationId: string;
    reference: string;
    category: TipCategory;
    receiptHash: string;
    secretHash: string;
    keyWrapped: string;
    contentSealed: string;
    now: Date;
  },
): Promise<string> {
  const [row] = await tx.query<{ id: string }>(
    `insert into tip (organisation_id, reference, category, status, receipt_hash, secret_hash, key_wrapped, content_sealed, created_at, updated_at)
     values ($1, $2, $3, 'new', $4, $5, $6, $7, $8, $8) returning id`,
    [
      tip.organisationId,
      tip.reference,
      tip.category,
      tip.receiptHash,
      tip.secretHash,
      tip.keyWrapped,
      tip.contentSealed,
      tip.now,
    ],
  );
  if (!row) throw new Error('tip not stored');
  return row.id;
}

export async function insertMessage(
  tx: Queryable,
  message: { tipId: string; authorUserId: string | null; bodySealed: string; now: Date },
): Promise<void> {
  await tx.query(
    `insert into tip_message (tip_id, from_tipper, author_user_id, body_sealed, created_at) values ($1, $2, $3, $4, $5)`,
    [
      message.tipId,
      message.authorUserId === null,
      message.authorUserId,
      message.bodySealed,
      message.now,
    ],
  );
  await tx.query('update tip set awaiting_reply = $2, updated_at = $3 where id = $1', [
    message.tipId,
    message.authorUserId === null,
    message.now,
  ]);
}

export function listMessages(db: Queryable, tipId: string): Promise<TipMessageRow[]> {
  return db.query<TipMessageRow>(
    'select id, from_tipper, body_sealed, created_at from tip_message where tip_id = $1 order by created_at, id',
    [tipId],
  );
}

export function listAttachments(db: Queryable, tipId: string): Promise<TipAttachmentRow[]> {
  return db.query<TipAttachmentRow>(
    'select * from tip_attachment where tip_id = $1 order by created_at, id',
    [tipId],
  );
}

/**
 * Applies a change only when the stored version is the one the handler saw (optimistic locking);
 * false when someone else changed the tip first.
 */
export function updateVersioned(
  tx: Queryable,
  id: string,
  version: number,
  set: Record<string, unknown>,
  now: Date,
): Promise<boolean> {
  return updateVersionedRow(tx, 'tip', id, version, set, now);
}

/** How long a conversion claim holds: far longer than filing a case with its files takes. */
const conversionClaimMs = 5 * 60 * 1000;

/**
 * Claims a tip for conversion into a case, without changing its version or status. Refused as
 * 'stale' when the tip no longer has `version` or already has a case, as 'claimed' while someone
 * else holds a live claim.
 */
export async function claimConversion(
  db: Queryable,
  id: string,
  version: number,
  claim: string,
  now: Date,
): Promise<'claimed-now' | 'stale' | 'claimed'> {
  const expired = new Date(now.getTime() - conversionClaimMs);
  const rows = await db.query<{ id: string }>(
    `update tip set conversion_claim = $3, conversion_claimed_at = $4
      where id = $1 and version = $2 and report_id is null
        and (conversion_claim is null or conversion_claimed_at < $5)
      returning id`,
    [id, version, claim, now, expired],
  );
  if (rows.length === 1) return 'claimed-now';
  const [row] = await db.query<{ current: boolean }>(
    `select version = $2 and report_id is null as current from tip where id = $1`,
    [id, version],
  );
  return row?.current ? 'claimed' : 'stale';
}

/** Gives up a conversion claim (the conversion failed); the tip is as it was before. */
export async function releaseConversion(db: Queryable, id: string, claim: string): Promise<void> {
  await db.query(
    `update tip set conversion_claim = null, conversion_claimed_at = null
      where id = $1 and conversion_claim = $2`,
    [id, claim],
  );
}

/**
 * Sets the tip's case where `condition` holds (and it has none yet), moves a new tip to in
 * progress and clears any conversion claim. Parameters: $1 id, $2 case, $3 now, then `extra`.
 */
async function setReport(
  tx: Queryable,
  condition: string,
  [id, reportId, now]: [string, string, Date],
  extra: unknown[],
): Promise<boolean> {
  const rows = await tx.query<{ id: string }>(
    `update tip set report_id = $2,
            status = case when status = 'new' then 'in_progress' else status end,
            conversion_claim = null, conversion_claimed_at = null,
            version = version + 1, updated_at = $3
      where id = $1 and report_id is null and ${condition}
      returning id`,
    [id, reportId, now, ...extra],
  );
  return rows.length === 1;
}

/**
 * Links an existing case to a tip that still has `version` and is not being converted, and
 * moves a new tip to in progress.
 */
export function linkReport(
  tx: Queryable,
  id: string,
  version: number,
  reportId: string,
  now: Date,
): Promise<boolean> {
  const expired = new Date(now.getTime() - conversionClaimMs);
  return setReport(
    tx,
    'version = $4 and (conversion_claim is null or conversion_claimed_at < $5)',
    [id, reportId, now],
    [version, expired],
  );
}

/**
 * Links the case filed under `claim` to the tip and moves a new tip to in progress. Holds as long
 * as the claim is ours, even when someone changed the tip's status meanwhile.
 */
export function completeConversion(
  tx: Queryable,
  id: string,
  claim: string,
  reportId: string,
  now: Date,
): Promise<boolean> {
  return setReport(tx, 'conversion_claim = $4', [id, reportId, now], [claim]);
}
