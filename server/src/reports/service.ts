// SPDX-License-Identifier: EUPL-1.2
import type { ReportAccess, ReportDetail, ReportSummary } from '../../../common/contracts/reports';
import { allowedTransitions, progressSteps, stepOf } from '../../../common/workflow/state-machine';
import { recordEvent } from '../audit/service';
import type { Deps } from '../platform/deps';
import { forbidden, notFound } from '../platform/http/problem';
import type { Actor } from '../platform/sessions';

import { caseKeyOf, reportActorOf, subjectOf, type CaseKey } from './case-keys';
import { unseal } from './case-keys';
import { can, accessOf, type ReportAction, type ReportActor, type ReportSubject } from './policy';
import { presentDetail, presentSummary, sealedContentSchema, openRecords } from './present';
import * as store from './store';
import type { ReportRow } from './store';
import { templateFor } from './workflows';

export interface LoadedCase {
  row: ReportRow;
  subject: ReportSubject;
  actor: ReportActor;
  access: ReportAccess;
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
  const subject = row ? subjectOf(row) : null;
  const access = row && subject ? accessOf(actor, subject, now) : null;
  if (row && subject && access && can(actor, action, subject, now))
    return { row, subject, actor, access };
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
  const { row, subject, actor, access } = loaded;
  const now = deps.clock();
  return deps.db.transaction(async (tx) => {
    const records = await store.listRecords(tx, id);
    const events = await store.listEvents(tx, id);
    const handlers = await store.handlersOf(tx, row.organisation_id);
    if (options.audit !== false)
      await recordEvent(tx, {
        actorUserId: actor.userId,
        organisationId: row.organisation_id,
        action: access === 'break-glass' ? 'report.view.breakGlass' : 'report.view',
        objectType: 'report',
        objectId: id,
        origin: 'http',
        occurredAt: now,
      });
    const template = await templateFor(tx, row.organisation_id, row.workflow);
    const present = records.map((r) => r.kind);
    const required = stepOf(template, row.status)?.requiredRecords ?? [];
    const mayTransition = can(actor, 'report.transition', subject, now);
    const caseKey = caseKeyOf(deps.masterKey, row);
    return presentDetail({
      row,
      subject,
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
  const rows = await store.listCandidates(deps.db, actor.userId, organisationIds);
  const inOrganisation = filter.organisation
    ? rows.filter((row) => row.organisation_code === filter.organisation)
    : rows;
  const visible = inOrganisation.flatMap((row) => {
    const access = accessOf(actor, subjectOf(row), now);
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
