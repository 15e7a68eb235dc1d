// SPDX-License-Identifier: EUPL-1.2
import type { z } from 'zod';

import { recordSchemas } from '../../../common/contracts/report-records';
import type {
  assignRequestSchema,
  transitionRequestSchema,
} from '../../../common/contracts/reports';
import { recordLabels, statusLabels } from '../../../common/messages/reports-nl';
import { checkTransition, dueAt } from '../../../common/workflow/state-machine';
import type { RecordKind } from '../../../common/workflow/template';
import { recordEvent } from '../audit/service';
import type { Queryable } from '../platform/db';
import type { Deps } from '../platform/deps';
import { ProblemError, badRequest } from '../platform/http/problem';
import { validationProblem } from '../platform/http/validation';
import type { Actor } from '../platform/sessions';

import { caseKeyOf, seal } from './case-keys';
import { staleVersion } from './intake';
import { notifyUpdate } from './notify';
import { auditObjectOf, loadAuthorized, type LoadedCase } from './service';
import * as store from './store';
import { templateFor } from './workflows';

type TransitionInput = z.output<typeof transitionRequestSchema>;
type AssignInput = z.output<typeof assignRequestSchema>;

function assertVersion(loaded: LoadedCase, version: number): void {
  if (loaded.row.version !== version) throw staleVersion();
}

async function audit(tx: Queryable, deps: Deps, loaded: LoadedCase, action: string): Promise<void> {
  await recordEvent(tx, {
    actorUserId: loaded.actor.userId,
    organisationId: loaded.row.organisation_id,
    action,
    ...auditObjectOf(loaded),
    origin: 'http',
    occurredAt: deps.clock(),
  });
}

/** Moves the case to the next step when the workflow allows it and the step's records exist. */
export async function transition(
  deps: Deps,
  signedIn: Actor,
  id: string,
  input: TransitionInput,
): Promise<void> {
  const loaded = await loadAuthorized(deps, signedIn, id, 'report.transition');
  assertVersion(loaded, input.version);
  const { row } = loaded;
  const template = await templateFor(deps.db, row.organisation_id, row.workflow);
  const present = (await store.listRecords(deps.db, id)).map((r) => r.kind);
  const check = checkTransition(template, row.status, input.to, present);
  if (!check.ok && check.reason === 'not-allowed')
    throw new ProblemError(
      409,
      `Van "${statusLabels[row.status]}" kan de melding niet naar "${statusLabels[input.to]}". Toegestaan: ${check.allowed.map((s) => `"${statusLabels[s]}" (${s})`).join(', ') || 'geen'}.`,
      'overgang-niet-toegestaan',
    );
  if (!check.ok)
    throw new ProblemError(
      409,
      `Vul eerst in: ${check.missing.map((k: RecordKind) => recordLabels[k]).join(', ')}.`,
      'gegevens-ontbreken',
    );
  const now = deps.clock();
  const acknowledgedAt = input.to === 'acknowledged' ? now : row.acknowledged_at;
  const moments = { enteredAt: now, registeredAt: row.registered_at, acknowledgedAt };
  await deps.db.transaction(async (tx) => {
    const ok = await store.updateVersioned(
      tx,
      id,
      input.version,
      {
        status: input.to,
        step_entered_at: now,
        due_at: dueAt(template, input.to, moments),
        acknowledged_at: acknowledgedAt,
        closed_at: input.to === 'closed' ? now : null,
        first_contact_at: row.first_contact_at ?? now,
      },
      now,
    );
    if (!ok) throw staleVersion();
    await store.insertEvent(tx, {
      reportId: id,
      actorUserId: signedIn.userId,
      kind: 'transition',
      from: row.status,
      to: input.to,
      detailSealed: input.note ? seal(caseKeyOf(deps.keys, row), input.note) : null,
      visibleToReporter: true,
      now,
    });
    await audit(tx, deps, loaded, `report.transition.${input.to}`);
  });
  await notifyUpdate(
    deps,
    [loaded.reporter.userId, row.assignee_user_id].filter((u) => u !== signedIn.userId),
    row.reference,
  );
}

/** Assigns, reassigns or escalates the case to a handler of the organisation, with a reason. */
export async function assign(
  deps: Deps,
  signedIn: Actor,
  id: string,
  input: AssignInput,
): Promise<void> {
  const loaded = await loadAuthorized(deps, signedIn, id, 'report.assign');
  assertVersion(loaded, input.version);
  const { row } = loaded;
  const handlers = await store.handlersOf(deps.db, row.organisation_id);
  if (!handlers.some((h) => h.id === input.assigneeUserId))
    throw badRequest(
      'Deze persoon is geen behandelaar of vertrouwenspersoon van deze organisatie.',
      'validatie',
      [{ field: 'assigneeUserId', message: 'Kies een behandelaar van deze organisatie.' }],
    );
  const now = deps.clock();
  const kind = input.escalation ? 'escalation' : 'assignment';
  await deps.db.transaction(async (tx) => {
    const ok = await store.updateVersioned(
      tx,
      id,
      input.version,
      { assignee_user_id: input.assigneeUserId },
      now,
    );
    if (!ok) throw staleVersion();
    await store.insertEvent(tx, {
      reportId: id,
      actorUserId: signedIn.userId,
      kind,
      detailSealed: seal(caseKeyOf(deps.keys, row), input.reason),
      visibleToReporter: false,
      now,
    });
    await audit(tx, deps, loaded, input.escalation ? 'report.escalate' : 'report.assign');
  });
  await notifyUpdate(deps, [input.assigneeUserId], row.reference);
}

/** Stores one record of a step (triage, nazorg, aangifte, …); triage also sets the case's flags. */
export async function setRecord(
  deps: Deps,
  signedIn: Actor,
  id: string,
  kind: RecordKind,
  input: { version: number; data: unknown },
): Promise<void> {
  const loaded = await loadAuthorized(deps, signedIn, id, 'report.record');
  assertVersion(loaded, input.version);
  const parsed = recordSchemas[kind].safeParse(input.data);
  if (!parsed.success) throw validationProblem(parsed.error.issues, 'data');
  const { row } = loaded;
  if (row.status === 'closed')
    throw new ProblemError(409, 'Deze melding is afgesloten. Heropen haar eerst.', 'afgesloten');
  const now = deps.clock();
  const flags = parsed.data;
  const set: Record<string, unknown> =
    kind === 'triage' && 'severity' in flags
      ? {
          severity: flags.severity,
          same_day_aftercare: flags.sameDayAftercare,
          police_now: flags.policeNow,
          threat_assessment: flags.threatAssessment,
        }
      : kind === 'aangifte' && 'filedBy' in flags
        ? {
            aangifte_filed: flags.kind === 'aangifte' && flags.filedOn !== null,
            // Legal hold while prosecution may run: nothing of the case is erased meanwhile.
            legal_hold:
              flags.kind === 'aangifte' &&
              flags.filedOn !== null &&
              (flags.omDecision === 'onbekend' || flags.omDecision === 'vervolging'),
          }
        : {};
  await deps.db.transaction(async (tx) => {
    const ok = await store.updateVersioned(tx, id, input.version, set, now);
    if (!ok) throw staleVersion();
    await store.upsertRecord(
      tx,
      id,
      kind,
      seal(caseKeyOf(deps.keys, row), parsed.data),
      signedIn.userId,
      now,
    );
    await store.insertEvent(tx, {
      reportId: id,
      actorUserId: signedIn.userId,
      kind: `record.${kind}`,
      visibleToReporter: kind === 'outcome',
      now,
    });
    await audit(tx, deps, loaded, `report.record.${kind}`);
  });
}
