// SPDX-License-Identifier: EUPL-1.2
import { addMonths, addWorkingDays } from './calendar';
import { integrityCategories, type ReportCategory } from './taxonomy';
import {
  workflowTemplates,
  type RecordKind,
  type ReportStatus,
  type WorkflowId,
  type WorkflowStep,
  type WorkflowTemplate,
} from './template';

/** The workflow a category follows: the Wbk timeline for integrity, the stappenplan otherwise. */
export function workflowFor(category: ReportCategory): WorkflowId {
  return integrityCategories.includes(category) ? 'integriteit' : 'stappenplan';
}

export function templateOf(id: WorkflowId): WorkflowTemplate {
  return workflowTemplates[id];
}

export function stepOf(template: WorkflowTemplate, status: ReportStatus): WorkflowStep | null {
  return template.steps.find((s) => s.status === status) ?? null;
}

/** The statuses a report may move to from `status`; empty when the status is not in the template. */
export function allowedTransitions(
  template: WorkflowTemplate,
  status: ReportStatus,
): ReportStatus[] {
  return stepOf(template, status)?.next ?? [];
}

export type TransitionCheck =
  | { ok: true }
  | { ok: false; reason: 'not-allowed'; allowed: ReportStatus[] }
  | { ok: false; reason: 'missing-records'; missing: RecordKind[] };

/**
 * Whether `from → to` is allowed and the records the current step requires are present.
 * Reopening (leaving `closed`) and the draft submission need no records.
 */
export function checkTransition(
  template: WorkflowTemplate,
  from: ReportStatus,
  to: ReportStatus,
  presentRecords: readonly RecordKind[],
): TransitionCheck {
  const allowed = allowedTransitions(template, from);
  if (!allowed.includes(to)) return { ok: false, reason: 'not-allowed', allowed };
  const required = stepOf(template, from)?.requiredRecords ?? [];
  const missing = required.filter((kind) => !presentRecords.includes(kind));
  return missing.length > 0 ? { ok: false, reason: 'missing-records', missing } : { ok: true };
}

export interface CaseMoments {
  enteredAt: Date;
  registeredAt: Date | null;
  acknowledgedAt: Date | null;
}

/**
 * When the step `status` is due, counted from entering it, or from registration or
 * acknowledgement where the step says so (Wbk terms). Null for steps without a deadline.
 */
export function dueAt(
  template: WorkflowTemplate,
  status: ReportStatus,
  moments: CaseMoments,
): Date | null {
  const step = stepOf(template, status);
  if (!step?.deadline) return null;
  const start =
    (step.from === 'registration' ? moments.registeredAt : null) ??
    (step.from === 'acknowledgement' ? moments.acknowledgedAt : null) ??
    moments.enteredAt;
  const { unit, amount } = step.deadline;
  switch (unit) {
    case 'hours':
      return new Date(start.getTime() + amount * 3_600_000);
    case 'calendarDays':
      return new Date(start.getTime() + amount * 86_400_000);
    case 'workingDays':
      return addWorkingDays(start, amount);
    case 'months':
      return addMonths(start, amount);
  }
}

/** True when the step has a deadline that lies before `now`. */
export function isOverdue(due: Date | null, now: Date): boolean {
  return due !== null && due.getTime() < now.getTime();
}

/** The ordered steps a reporter sees as progress (draft left out). */
export function progressSteps(template: WorkflowTemplate): ReportStatus[] {
  return template.steps.map((s) => s.status).filter((s) => s !== 'draft');
}
