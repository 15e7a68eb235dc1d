// SPDX-License-Identifier: EUPL-1.2
import type { z } from 'zod';

import type { TipDetail, TipSummary, tipStatusRequestSchema } from '../../../common/contracts/tips';
import { recordEvent } from '../audit/service';
import type { Queryable } from '../platform/db';
import type { Deps } from '../platform/deps';
import { badRequest, conflict, notFound } from '../platform/http/problem';
import type { Actor } from '../platform/sessions';
import { caseKeyOf, reportActorOf, seal, type CaseKey } from '../reports/case-keys';
import type { ReportActor } from '../reports/policy';

import { readFileBytes } from './files';
import { can, handlesTips, type TipAction } from './policy';
import { presentDetail, presentSummary } from './present';
import * as store from './store';
import type { TipRow } from './store';

export interface LoadedTip {
  row: TipRow;
  actor: ReportActor;
  key: CaseKey;
}

const subjectOf = (row: TipRow) => ({
  organisationId: row.organisation_id,
  status: row.status,
  linkedReport: row.report_id !== null,
});

export function audit(
  tx: Queryable,
  deps: Deps,
  actorUserId: string,
  row: Pick<TipRow, 'id' | 'organisation_id'> | null,
  action: string,
  result: 'success' | 'denied' = 'success',
  objectId?: string,
) {
  return recordEvent(tx, {
    actorUserId,
    organisationId: row?.organisation_id ?? null,
    action,
    objectType: 'tip',
    objectId: row?.id ?? objectId ?? null,
    result,
    origin: 'http',
    occurredAt: deps.clock(),
  });
}

/**
 * Loads a tip and authorizes the action. A tip of another organisation answers 404 exactly like
 * a missing one, and the attempt is audited; a visible tip with a forbidden action answers 409.
 */
export async function loadAuthorized(
  deps: Deps,
  signedIn: Actor,
  id: string,
  action: TipAction,
): Promise<LoadedTip> {
  const actor = await reportActorOf(deps.db, signedIn);
  const row = await store.findTip(deps.db, id);
  if (row && can(actor, action, subjectOf(row)))
    return { row, actor, key: caseKeyOf(deps.keys, row) };
  await deps.db.transaction((tx) => audit(tx, deps, actor.userId, row, action, 'denied', id));
  if (row && can(actor, 'tip.view', subjectOf(row)))
    throw conflict(
      row.status === 'closed'
        ? 'Deze tip is afgesloten. Zet hem eerst terug op "in behandeling".'
        : 'Deze tip is al omgezet in of gekoppeld aan een melding.',
      'tip-status',
    );
  throw notFound('Deze tip bestaat niet of u heeft er geen toegang toe.');
}

/** The tips of every organisation where the viewer handles tips (summaries only; audited). */
export async function listTips(deps: Deps, signedIn: Actor): Promise<TipSummary[]> {
  const actor = await reportActorOf(deps.db, signedIn);
  const ids = [...new Set(actor.memberships.map((m) => m.organisationId))].filter((id) =>
    handlesTips(actor, id),
  );
  const rows = await store.listTips(deps.db, ids);
  await deps.db.transaction((tx) => audit(tx, deps, actor.userId, null, 'tip.list'));
  return rows.map(presentSummary);
}

/** One tip with its text, conversation and files; `audit: false` after the viewer's own change. */
export async function viewTip(
  deps: Deps,
  signedIn: Actor,
  id: string,
  options: { audit?: boolean } = {},
): Promise<TipDetail> {
  const { row, actor, key } = await loadAuthorized(deps, signedIn, id, 'tip.view');
  return deps.db.transaction(async (tx) => {
    const messages = await store.listMessages(tx, id);
    const attachments = await store.listAttachments(tx, id);
    if (options.audit !== false) await audit(tx, deps, actor.userId, row, 'tip.view');
    const subject = subjectOf(row);
    return presentDetail(row, key, messages, attachments, {
      reply: can(actor, 'tip.reply', subject),
      setStatus: can(actor, 'tip.setStatus', subject),
      convert: can(actor, 'tip.convert', subject),
    });
  });
}

/** A handler's answer or question to the anonymous sender. */
export async function replyToTip(deps: Deps, signedIn: Actor, id: string, body: string) {
  const { row, key } = await loadAuthorized(deps, signedIn, id, 'tip.reply');
  const now = deps.clock();
  await deps.db.transaction(async (tx) => {
    await store.insertMessage(tx, {
      tipId: id,
      authorUserId: signedIn.userId,
      bodySealed: seal(key, body),
      now,
    });
    await audit(tx, deps, signedIn.userId, row, 'tip.message.handler');
  });
}

type StatusInput = z.output<typeof tipStatusRequestSchema>;

/** The columns a status change sets; refuses a change that lacks its reason or target. */
function statusColumns(input: StatusInput, key: CaseKey, now: Date) {
  if (input.to === 'forwarded' && !input.forwardedTo)
    throw badRequest('Kies aan wie de tip is doorgezet.', 'validatie', [
      { field: 'forwardedTo', message: 'Kies RIEC, politie, Meld Misdaad Anoniem of anders.' },
    ]);
  if (input.to === 'closed' && !input.closeReason)
    throw badRequest('Kies waarom de tip wordt afgesloten.', 'validatie', [
      { field: 'closeReason', message: 'Kies een reden om af te sluiten.' },
    ]);
  return {
    status: input.to,
    forwarded_to: input.to === 'forwarded' ? input.forwardedTo : null,
    close_reason: input.to === 'closed' ? input.closeReason : null,
    closed_at: input.to === 'closed' ? now : null,
    status_note_sealed: input.note ? seal(key, input.note) : null,
  };
}

/** Sets the status (nieuw, in behandeling, doorgezet, afgesloten with reason); audited. */
export async function setTipStatus(deps: Deps, signedIn: Actor, id: string, input: StatusInput) {
  const { row, key } = await loadAuthorized(deps, signedIn, id, 'tip.setStatus');
  const now = deps.clock();
  const set = statusColumns(input, key, now);
  await deps.db.transaction(async (tx) => {
    if (!(await store.updateVersioned(tx, id, input.version, set, now)))
      throw conflict('Iemand anders heeft deze tip intussen gewijzigd. Vernieuw de pagina.');
    await audit(tx, deps, signedIn.userId, row, `tip.status.${input.to}`);
  });
}

/** One file of a tip, decrypted for its handler; the download is audited. */
export async function readTipAttachment(
  deps: Deps,
  signedIn: Actor,
  id: string,
  attachmentId: string,
) {
  const { row, key } = await loadAuthorized(deps, signedIn, id, 'tip.view');
  const file = (await store.listAttachments(deps.db, id)).find((a) => a.id === attachmentId);
  if (!file) throw notFound('Deze bijlage bestaat niet.');
  const bytes = await readFileBytes(deps, key, file);
  await deps.db.transaction((tx) =>
    audit(tx, deps, signedIn.userId, row, 'tip.attachment.download'),
  );
  return { bytes, mediaType: file.media_type };
}
