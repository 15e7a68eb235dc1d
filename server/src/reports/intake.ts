// SPDX-License-Identifier: EUPL-1.2
import type { z } from 'zod';

import type {
  createReportRequestSchema,
  updateDraftRequestSchema,
} from '../../../common/contracts/reports';
import { dueAt, workflowFor } from '../../../common/workflow/state-machine';
import { lineByTargetRole } from '../../../common/workflow/taxonomy';
import { recordEvent } from '../audit/service';
import type { Deps } from '../platform/deps';
import { badRequest, conflict } from '../platform/http/problem';
import type { Actor } from '../platform/sessions';

import { newCaseKey, reportActorOf, seal, type CaseKey } from './case-keys';
import { mailUpdate } from './notify';
import { canReportIn } from './policy';
import { sealReporter } from './reporter';
import { auditObjectOf, loadAuthorized } from './service';
import * as store from './store';
import { templateFor } from './workflows';

type CreateInput = z.output<typeof createReportRequestSchema>;
type DraftInput = z.output<typeof updateDraftRequestSchema>;
type Fields = Omit<CreateInput, 'submit' | 'organisationCode'>;

/** The organisation to report to: the one named, or the reporter's only reporting organisation. */
async function chooseOrganisation(deps: Deps, signedIn: Actor, code: string | undefined) {
  const actor = await reportActorOf(deps.db, signedIn);
  const options = signedIn.memberships
    .filter((m) => canReportIn(actor, { id: m.organisationId, type: m.organisationType }))
    .filter((m, i, all) => all.findIndex((o) => o.organisationId === m.organisationId) === i);
  const chosen = code ? options.find((m) => m.organisationCode === code) : options[0];
  if (!chosen)
    throw badRequest(
      code
        ? 'U kunt alleen een melding doen bij een organisatie waar u melder, behandelaar, vertrouwenspersoon of bestuurder bent.'
        : 'U heeft geen rol waarmee u een melding kunt doen.',
      'geen-meldrol',
      [{ field: 'organisationCode', message: 'Kies een organisatie waar u een melding mag doen.' }],
    );
  if (!code && options.length > 1)
    throw badRequest(
      'U hoort bij meer organisaties. Kies bij welke u de melding doet.',
      'kies-organisatie',
      [{ field: 'organisationCode', message: 'Kies de organisatie.' }],
    );
  return chosen;
}

/** Checks that only apply when the report is submitted, and the time of the incident. */
function assertComplete(fields: Fields, submit: boolean, now: Date): void {
  if (submit && fields.content.description.length === 0)
    throw badRequest(
      'Beschrijf kort wat er is gebeurd voordat u de melding verstuurt.',
      'validatie',
      [{ field: 'content.description', message: 'Beschrijf kort wat er is gebeurd.' }],
    );
  if (fields.occurredAt && new Date(fields.occurredAt).getTime() > now.getTime() + 5 * 60_000)
    throw badRequest('Het tijdstip van het voorval ligt in de toekomst.', 'validatie', [
      { field: 'occurredAt', message: 'Kies een tijdstip dat al geweest is.' },
    ]);
}

function sealedFields(caseKey: CaseKey, fields: Fields) {
  const perpetrator =
    fields.perpetrator && Object.values(fields.perpetrator).some((v) => v !== undefined && v !== '')
      ? fields.perpetrator
      : null;
  return {
    contentSealed: seal(caseKey, { content: fields.content, onBehalfOf: fields.onBehalfOf }),
    // Perpetrator data is sealed apart so it can be erased on its own, shorter, term.
    perpetratorSealed: perpetrator ? seal(caseKey, perpetrator) : null,
  };
}

function plainFields(fields: Fields) {
  const workflow = workflowFor(fields.category);
  return {
    category: fields.category,
    channel: fields.channel,
    targetRole: fields.targetRole,
    line: lineByTargetRole[fields.targetRole],
    confidentiality: fields.confidentiality,
    workflow,
    onBehalf: fields.onBehalfOf !== null,
    occurredAt: fields.occurredAt,
  };
}

/** Files a report (or saves a draft) with its own data key; audited in the same transaction. */
export async function createReport(
  deps: Deps,
  signedIn: Actor,
  input: CreateInput,
): Promise<string> {
  const now = deps.clock();
  const { submit, organisationCode, ...fields } = input;
  assertComplete(fields, submit, now);
  const organisation = await chooseOrganisation(deps, signedIn, organisationCode);
  const plain = plainFields(fields);
  const status = submit ? 'registered' : 'draft';
  const { caseKey, wrapped } = newCaseKey(deps.keys);
  const sealedReporter = sealReporter(deps.keys, caseKey, signedIn.userId);
  const moments = { enteredAt: now, registeredAt: submit ? now : null, acknowledgedAt: null };
  const template = await templateFor(deps.db, organisation.organisationId, plain.workflow);
  // One statement, so one transaction: see store.fileReport for why it is not several.
  const { id, reference } = await store.fileReport(
    deps.db,
    {
      ...plain,
      ...sealedFields(caseKey, fields),
      organisationId: organisation.organisationId,
      reporterSealed: sealedReporter.reporterSealed,
      reporterIndex: sealedReporter.reporterIndex,
      status,
      dueAt: dueAt(template, status, moments),
      registeredAt: moments.registeredAt,
      keyWrapped: wrapped,
      firstEventKind: submit ? 'submitted' : 'draft',
      now,
    },
    {
      actorUserId: signedIn.userId,
      organisationId: organisation.organisationId,
      action: submit ? 'report.create' : 'report.draft',
      objectType: 'report-alias',
      objectId: sealedReporter.reporter.auditAlias,
      origin: 'http',
      occurredAt: now,
    },
  );
  if (submit)
    await notifyLine(deps, {
      organisation_id: organisation.organisationId,
      line: plain.line,
      confidentiality: plain.confidentiality,
      reference,
    });
  return id;
}

/** Changes a draft, and submits it when asked; only the reporter can, and only while it is a draft. */
export async function updateDraft(
  deps: Deps,
  signedIn: Actor,
  id: string,
  input: DraftInput,
): Promise<void> {
  const loaded = await loadAuthorized(deps, signedIn, id, 'report.editDraft');
  const { row } = loaded;
  const now = deps.clock();
  const { submit, version, ...fields } = input;
  assertComplete(fields, submit, now);
  const plain = plainFields(fields);
  const status = submit ? 'registered' : 'draft';
  const sealed = sealedFields(loaded.caseKey, fields);
  const moments = { enteredAt: now, registeredAt: submit ? now : null, acknowledgedAt: null };
  await deps.db.transaction(async (tx) => {
    const updated = await store.updateVersioned(
      tx,
      id,
      version,
      {
        category: plain.category,
        channel: plain.channel,
        target_role: plain.targetRole,
        line: plain.line,
        confidentiality: plain.confidentiality,
        workflow: plain.workflow,
        on_behalf: plain.onBehalf,
        occurred_at: plain.occurredAt,
        content_sealed: sealed.contentSealed,
        perpetrator_sealed: sealed.perpetratorSealed,
        status,
        step_entered_at: now,
        registered_at: moments.registeredAt,
        due_at: dueAt(await templateFor(tx, row.organisation_id, plain.workflow), status, moments),
      },
      now,
    );
    if (!updated) throw staleVersion();
    await store.insertEvent(tx, {
      reportId: id,
      actorUserId: null,
      byReporter: true,
      kind: submit ? 'submitted' : 'draft.update',
      from: 'draft',
      to: status,
      visibleToReporter: true,
      now,
    });
    await recordEvent(tx, {
      actorUserId: signedIn.userId,
      organisationId: row.organisation_id,
      action: submit ? 'report.submit' : 'report.draft.update',
      ...auditObjectOf(loaded),
      origin: 'http',
      occurredAt: now,
    });
  });
  if (submit)
    await notifyLine(deps, {
      organisation_id: row.organisation_id,
      line: plain.line,
      confidentiality: plain.confidentiality,
      reference: row.reference,
    });
}

/** The 409 for a version the client saw that is no longer current. */
export function staleVersion() {
  return conflict(
    'Iemand anders heeft deze melding net gewijzigd. Vernieuw de pagina en probeer het opnieuw.',
    'verouderde-versie',
  );
}

/** New reports go to the line's handlers (or the vertrouwenspersonen) by e-mail, without content. */
async function notifyLine(
  deps: Deps,
  filed: Pick<store.ReportRow, 'organisation_id' | 'line' | 'confidentiality' | 'reference'>,
): Promise<void> {
  await mailUpdate(
    deps,
    await store.lineRecipientEmails(
      deps.db,
      filed.organisation_id,
      filed.line,
      filed.confidentiality,
    ),
    filed.reference,
  );
}
