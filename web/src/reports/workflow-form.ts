// SPDX-License-Identifier: EUPL-1.2
import { statusLabels } from '../../../common/messages/reports-nl';
import type {
  ReportStatus,
  WorkflowStep,
  WorkflowTemplate,
} from '../../../common/workflow/template';

/** Steps every stappenplan keeps: where a report starts and ends. */
export const fixedSteps: readonly ReportStatus[] = ['draft', 'registered', 'closed'];

/** A step as the form edits it: the deadline amount is the text typed in. */
export interface StepDraft extends Omit<WorkflowStep, 'deadline'> {
  unit: NonNullable<WorkflowStep['deadline']>['unit'] | 'none';
  amount: string;
}

export function toDrafts(template: WorkflowTemplate): StepDraft[] {
  return template.steps.map(({ deadline, ...step }) => ({
    ...step,
    unit: deadline?.unit ?? 'none',
    amount: deadline ? String(deadline.amount) : '',
  }));
}

export function toTemplate(id: string, drafts: readonly StepDraft[]): WorkflowTemplate {
  return {
    id,
    steps: drafts.map(({ unit, amount, ...step }) => ({
      ...step,
      deadline: unit === 'none' ? null : { unit, amount: Number(amount) },
    })),
  };
}

/** The id of a step's control, e.g. stap-care-amount. */
export const controlId = (status: ReportStatus, part: string) => `stap-${status}-${part}`;

/**
 * Checks the form before it is sent, with messages that name the step: a whole number for each
 * deadline, a next step for each step but the last, and no step that nothing leads to.
 * Keys are the server's field names (steps.2.deadline.amount), so both errors land alike.
 */
export function checkSteps(drafts: readonly StepDraft[]): Record<string, string> {
  const errors: Record<string, string> = {};
  const reached = new Set(drafts.flatMap((d) => d.next));
  drafts.forEach((d, i) => {
    const name = `"${statusLabels[d.status]}"`;
    if (d.unit !== 'none' && !/^[1-9]\d{0,3}$/.test(d.amount.trim()))
      errors[`steps.${i}.deadline.amount`] =
        `Stap ${name}: vul bij de termijn een heel getal in van 1 tot en met 9999.`;
    if (d.status !== 'closed' && d.next.length === 0)
      errors[`steps.${i}.next`] = `Stap ${name}: kies ten minste één volgende stap.`;
    if (d.status !== 'draft' && !reached.has(d.status))
      errors[`steps.${i}.status`] =
        `Stap ${name}: geen enkele stap gaat hierheen. Kies haar bij een andere stap als volgende stap, of laat haar weg.`;
  });
  return errors;
}

/** Maps a server or browser field name to the control that should get focus. */
export function idForField(drafts: readonly StepDraft[]) {
  return (field: string): string => {
    const match = /^steps\.(\d+)\.([a-zA-Z]+)/.exec(field);
    const step = match ? drafts[Number(match[1])] : undefined;
    if (!match || !step) return 'stap-toevoegen';
    const part = match[2] === 'deadline' ? (field.endsWith('unit') ? 'unit' : 'amount') : match[2];
    return controlId(step.status, part === 'status' ? 'owner' : (part ?? 'owner'));
  };
}
