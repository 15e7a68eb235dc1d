// SPDX-License-Identifier: EUPL-1.2
import type { ReportAccess, ReportDetail, ReportSummary } from '../../../common/contracts/reports';
import { allowedTransitions, progressSteps, stepOf } from '../../../common/workflow/state-machine';
import { recordEvent } from '../audit/service';
import type { Deps } from '../platform/deps';
import { forbidden, notFound } from '../platform/http/problem';
import type { Actor } from '../platform/sessions';

import { caseKeyOf, reportActorOf, subjectOf, type CaseKey } from './case-keys';
import { unseal } from './case-keys';
import {
  can,
  accessOf,
  seesIdentity,
  type ReportAction,
  type ReportActor,
  type ReportSubject,
} from './policy';
import { presentDetail, presentSummary, sealedContentSchema, openRecords } from './present';
import { reporterIndexesOf, reporterOf, type SealedReporter } from './reporter';
import * as store from './store';
import type { ReportRow } from './store';
import { templateFor } from './workflows';

export interface LoadedCase {
  row: ReportRow;
  subject: ReportSubject;
  actor: ReportActor;
  access: ReportAccess;
  caseKey: CaseKey;
  reporter: SealedReporter;
}

/**
 * How the audit trail names a case: by id, except for the reporter's own actions, which name the
 * case's sealed alias, so the trail does not join a reporter to their case in a database copy.
 */
export function auditObjectOf(loaded: Pick<LoadedCase, 'access' | 'reporter' | 'row'>): {
  objectType: string;
  objectId: string;
} {
  return loaded.access === 'reporter'
    ? { objectType: 'report-alias', objectId: loaded.reporter.auditAlias }
    : { objectType: 'report', objectId: loaded.row.id };
}

/**
 * Loads a case and authorizes the action. A case the actor may not see answers 404 exactly like
 * a missing one, and the attempt is audited; a visible case with a forbidden action answers 403.
 */
export async function loadAuthorized(
  deps: Deps,
  signedIn: Actor,
  id: string,
  action: ReportAction,
): Promise<LoadedCase> {
  const actor = await reportActorOf(deps.db, signedIn);
  const row = await store.findReport(deps.db, id);
  const now = deps.clock();
  const caseKey = row ? caseKeyOf(deps.keys, row) : null;
  const reporter = row && caseKey ? reporterOf(caseKey, row) : null;
  const subject = row && reporter ? subjectOf(row, reporter.userId) : null;
  const access = row && subject ? accessOf(actor, subject, now) : null;
  if (row && subject && access && caseKey && reporter && can(actor, action, subject, now))
    return { row, subject, actor, access, caseKey, reporter };
  await deps.db.transaction((tx) =>
    recordEvent(tx, {
      actorUserId: actor.userId,
      organisationId: row?.organisation_id ?? null,
      action,
      objectType: 'report',
      objectId: id,
      result: 'denied',
      origin: 'http',
      occurredAt: now,
    }),
  );
  if (row && subject && access && can(actor, 'report.view', subject, now))
    throw forbidden('U mag deze actie bij deze melding niet uitvoeren.');
  throw notFound('Deze melding bestaat niet of u heeft er geen toegang toe.');
}

/**
 * The case as this viewer may see it. `audit: false` is for the answer to a change the viewer
 * just made, which is audited as that change; every other read is audited in the same transaction.
 */
export async function viewReport(
  deps: Deps,
  signedIn: Actor,
  id: string,
  options: { audit?: boolean } = {},
): Promise<ReportDetail> {
  const warnings: string[] = [];
  const loaded = await loadAuthorized(deps, signedIn, id, 'report.view');
  const { row, subject, actor, access, caseKey } = loaded;
  const now = deps.clock();
  // Independent reads, side by side; the audit event comes last, as one statement (it locks
  // the audit head until commit), and the case is only returned once it is recorded.
  const [records, events, handlers, reporterName, template] = await Promise.all([
    store.listRecords(deps.db, id),
    store.listEvents(deps.db, id),
    store.handlersOf(deps.db, row.organisation_id),
    !seesIdentity(access, subject)
      ? null
      : loaded.reporter.userId === signedIn.userId
        ? signedIn.name
        : store.userName(deps.db, loaded.reporter.userId),
    templateFor(deps.db, row.organisation_id, row.workflow),
  ]);
  if (options.audit !== false)
    await recordEvent(deps.db, {
      actorUserId: actor.userId,
      organisationId: row.organisation_id,
      action: access === 'break-glass' ? 'report.view.breakGlass' : 'report.view',
      ...auditObjectOf(loaded),
      origin: 'http',
      occurredAt: now,
    });
  const present = records.map((r) => r.kind);
  const required = stepOf(template, row.status)?.requiredRecords ?? [];
  const mayTransition = can(actor, 'report.transition', subject, now);
  return presentDetail({
    row,
    subject,
    reporter: reporterName ? { id: loaded.reporter.userId, name: reporterName } : null,
    access,
    caseKey,
    records,
    events,
    handlers: handlers.map((h) => ({ id: h.id, name: h.name })),
    now,
    extras: {
      abilities: {
        edit: can(actor, 'report.editDraft', subject, now),
        transition: mayTransition,
        assign: can(actor, 'report.assign', subject, now),
        triage: mayTransition && row.status === 'registered',
        records: can(actor, 'report.record', subject, now),
        message: can(actor, 'report.message', subject, now),
        breakGlass: false,
        grant: can(actor, 'report.grant', subject, now),
      },
      allowedTransitions: mayTransition ? allowedTransitions(template, row.status) : [],
      progress: progressSteps(template),
      stepRecords: mayTransition ? required : [],
      missingRecords: mayTransition ? required.filter((k) => !present.includes(k)) : [],
      warnings: mayTransition
        ? [...warnings, ...homeAddressWarnings(row, caseKey, records)]
        : warnings,
    },
  });
}

/**
 * Warns when the reporter's home address appears in the aangifte dossier, an outbound
 * document: the organisation's address belongs there as domicile.
 */
export function homeAddressWarnings(
  row: ReportRow,
  caseKey: CaseKey,
  records: { kind: string; data_sealed: string }[],
): string[] {
  const home = sealedContentSchema.parse(unseal(caseKey, row.content_sealed)).content.homeAddress;
  const aangifte = openRecords(records, caseKey).aangifte;
  if (!home || !aangifte) return [];
  const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
  const needle = norm(home);
  if (needle.length < 6 || !norm(JSON.stringify(aangifte)).includes(needle)) return [];
  return [
    'Het woonadres van de melder staat in het aangiftedossier. Gebruik het adres van de organisatie als woonplaats (domicilie).',
  ];
}

/** Every case this viewer may see, as summaries; the listing is audited. */
export async function listReports(
  deps: Deps,
  signedIn: Actor,
  filter: { overdue?: boolean; organisation?: string | undefined },
): Promise<ReportSummary[]> {
  const actor = await reportActorOf(deps.db, signedIn);
  const now = deps.clock();
  const organisationIds = [...new Set(actor.memberships.map((m) => m.organisationId))];
  const own = reporterIndexesOf(deps.keys, actor.userId);
  const rows = await store.listCandidates(deps.db, own, organisationIds);
  const inOrganisation = filter.organisation
    ? rows.filter((row) => row.organisation_code === filter.organisation)
    : rows;
  const visible = inOrganisation.flatMap((row) => {
    const reporterUserId = own.includes(row.reporter_index) ? actor.userId : null;
    const access = accessOf(actor, subjectOf(row, reporterUserId), now);
    return access ? [presentSummary(row, access, now)] : [];
  });
  const result = filter.overdue
    ? visible.filter((r) => r.overdue && r.access !== 'reporter')
    : visible;
  await deps.db.transaction((tx) =>
    recordEvent(tx, {
      actorUserId: actor.userId,
      organisationId: null,
      action: filter.overdue ? 'report.list.overdue' : 'report.list',
      objectType: 'report',
      objectId: null,
      origin: 'http',
      occurredAt: now,
    }),
  );
  return result;
}
