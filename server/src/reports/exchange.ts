// SPDX-License-Identifier: EUPL-1.2
import type { ReportMessage } from '../../../common/contracts/reports';
import { recordEvent } from '../audit/service';
import type { Deps } from '../platform/deps';
import { ProblemError, notFound } from '../platform/http/problem';
import type { Actor } from '../platform/sessions';

import { caseKeyOf, reportActorOf, seal, subjectOf } from './case-keys';
import * as messages from './message-store';
import { notifyUpdate } from './notify';
import { accessOf, can, seesIdentity } from './policy';
import { presentMessage } from './present';
import { reporterOf } from './reporter';
import { auditObjectOf, loadAuthorized } from './service';
import * as store from './store';

/** Messages between reporter and handlers; reading them is audited like reading the case. */
export async function listMessages(
  deps: Deps,
  signedIn: Actor,
  id: string,
): Promise<ReportMessage[]> {
  const loaded = await loadAuthorized(deps, signedIn, id, 'report.view');
  return deps.db.transaction(async (tx) => {
    const rows = await messages.listMessages(tx, id);
    const name = seesIdentity(loaded.access, loaded.subject)
      ? await store.userName(tx, loaded.reporter.userId)
      : null;
    await recordEvent(tx, {
      actorUserId: signedIn.userId,
      organisationId: loaded.row.organisation_id,
      action: 'report.messages.view',
      ...auditObjectOf(loaded),
      origin: 'http',
      occurredAt: deps.clock(),
    });
    return rows.map((r) => presentMessage(r, loaded.caseKey, name ?? 'Melder'));
  });
}

/** Sends a message; the other side is told by e-mail that there is news, not what it is. */
export async function postMessage(
  deps: Deps,
  signedIn: Actor,
  id: string,
  body: string,
): Promise<void> {
  const loaded = await loadAuthorized(deps, signedIn, id, 'report.message');
  const { row } = loaded;
  const fromReporter = loaded.access === 'reporter';
  const now = deps.clock();
  await deps.db.transaction(async (tx) => {
    await messages.insertMessage(
      tx,
      id,
      fromReporter ? null : signedIn.userId,
      fromReporter,
      seal(loaded.caseKey, body),
      now,
    );
    if (!fromReporter && !row.first_contact_at)
      await tx.query('update report set first_contact_at = $2 where id = $1', [id, now]);
    await recordEvent(tx, {
      actorUserId: signedIn.userId,
      organisationId: row.organisation_id,
      action: 'report.message',
      ...auditObjectOf(loaded),
      origin: 'http',
      occurredAt: now,
    });
  });
  await notifyUpdate(
    deps,
    fromReporter ? [row.assignee_user_id] : [loaded.reporter.userId],
    row.reference,
  );
}

/** Hours a break-glass grant lasts. */
export const breakGlassHours = 8;

/**
 * Emergency access for a behandelaar or bestuurder of the organisation who is not on the case,
 * with a mandatory reason. It is audited, written in the case history and the case owner is told.
 */
export async function breakGlass(
  deps: Deps,
  signedIn: Actor,
  id: string,
  reason: string,
): Promise<void> {
  const actor = await reportActorOf(deps.db, signedIn);
  const row = await store.findReport(deps.db, id);
  const now = deps.clock();
  const subject = row ? subjectOf(row, reporterOf(caseKeyOf(deps.keys, row), row).userId) : null;
  if (!row || !subject || !can(actor, 'report.breakGlass', subject, now)) {
    const access = row && subject ? accessOf(actor, subject, now) : null;
    await deps.db.transaction((tx) =>
      recordEvent(tx, {
        actorUserId: signedIn.userId,
        organisationId: row?.organisation_id ?? null,
        action: 'report.breakGlass',
        objectType: 'report',
        objectId: id,
        result: 'denied',
        origin: 'http',
        occurredAt: now,
      }),
    );
    if (access && access !== 'summary')
      throw new ProblemError(409, 'U heeft al toegang tot deze melding.', 'al-toegang');
    throw notFound('Deze melding bestaat niet of u kunt er geen noodtoegang toe krijgen.');
  }
  const caseKey = caseKeyOf(deps.keys, row);
  await deps.db.transaction(async (tx) => {
    await store.upsertGrant(tx, {
      reportId: id,
      userId: signedIn.userId,
      breakGlass: true,
      reasonSealed: seal(caseKey, reason),
      grantedBy: signedIn.userId,
      now,
      expiresAt: new Date(now.getTime() + breakGlassHours * 3_600_000),
    });
    await store.insertEvent(tx, {
      reportId: id,
      actorUserId: signedIn.userId,
      kind: 'break_glass',
      detailSealed: seal(caseKey, reason),
      visibleToReporter: false,
      now,
    });
    await recordEvent(tx, {
      actorUserId: signedIn.userId,
      organisationId: row.organisation_id,
      action: 'report.breakGlass',
      objectType: 'report',
      objectId: id,
      origin: 'http',
      occurredAt: now,
    });
  });
  const owners = row.assignee_user_id
    ? [row.assignee_user_id]
    : (await store.handlersOf(deps.db, row.organisation_id))
        .filter((h) => h.role === 'behandelaar')
        .map((h) => h.id);
  await notifyUpdate(
    deps,
    owners.filter((o) => o !== signedIn.userId),
    row.reference,
  );
}
