// SPDX-License-Identifier: EUPL-1.2
import { z } from 'zod';

/** Every status a report can have; `draft` is before intake, `closed` is the end. */
export const reportStatuses = [
  'draft',
  'registered',
  'care',
  'assessment',
  'police_report',
  'perpetrator_response',
  'threat_assessment',
  'acknowledged',
  'investigation',
  'feedback',
  'closed',
] as const;
export const reportStatusSchema = z.enum(reportStatuses);
export type ReportStatus = z.infer<typeof reportStatusSchema>;

/** Who is responsible for a step (a role in the local protocol). */
export const stepOwners = ['melder', 'behandelaar', 'bestuurder', 'vertrouwenspersoon'] as const;

/** Records a step asks for before it may be left. */
export const recordKinds = [
  'triage',
  'aftercare',
  'assessment',
  'aangifte',
  'measures',
  'outcome',
] as const;
export const recordKindSchema = z.enum(recordKinds);
export type RecordKind = z.infer<typeof recordKindSchema>;

/** A deadline: an amount of hours, working days, calendar days or months. */
export const deadlineSchema = z.discriminatedUnion('unit', [
  z.strictObject({ unit: z.literal('hours'), amount: z.number().int().positive() }),
  z.strictObject({ unit: z.literal('workingDays'), amount: z.number().int().positive() }),
  z.strictObject({ unit: z.literal('calendarDays'), amount: z.number().int().positive() }),
  z.strictObject({ unit: z.literal('months'), amount: z.number().int().positive() }),
]);
export type Deadline = z.infer<typeof deadlineSchema>;

export const workflowStepSchema = z.strictObject({
  status: reportStatusSchema,
  owner: z.enum(stepOwners),
  deadline: deadlineSchema.nullable(),
  /** What the deadline counts from: entering the step, registration, or acknowledgement (Wbk terms). */
  from: z.enum(['step', 'registration', 'acknowledgement']).default('step'),
  requiredRecords: z.array(recordKindSchema),
  next: z.array(reportStatusSchema),
});
export type WorkflowStep = z.infer<typeof workflowStepSchema>;

export const workflowTemplateSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z][a-z0-9-]{1,40}$/),
    steps: z.array(workflowStepSchema).min(2),
  })
  .superRefine((template, ctx) => {
    // Messages complete a sentence that starts with the field's Dutch name ("Stappen …").
    const known = new Set(template.steps.map((step) => step.status));
    if (known.size !== template.steps.length)
      ctx.addIssue({
        code: 'custom',
        path: ['steps'],
        message: 'bevatten een stap twee keer',
      });
    template.steps.forEach((step, index) => {
      const unknown = step.next.filter((next) => !known.has(next));
      if (unknown.length > 0)
        ctx.addIssue({
          code: 'custom',
          path: ['steps', index, 'next'],
          message: `noemen een stap die niet in het stappenplan staat (${unknown.join(', ')})`,
        });
    });
    if (!known.has('draft') || !known.has('registered') || !known.has('closed'))
      ctx.addIssue({
        code: 'custom',
        path: ['steps'],
        message:
          'moeten in elk geval concept (draft), geregistreerd (registered) en afgesloten (closed) bevatten',
      });
  });
export type WorkflowTemplate = z.infer<typeof workflowTemplateSchema>;

const step = (
  status: ReportStatus,
  owner: WorkflowStep['owner'],
  deadline: Deadline | null,
  requiredRecords: RecordKind[],
  next: ReportStatus[],
  from: WorkflowStep['from'] = 'step',
): WorkflowStep => ({ status, owner, deadline, from, requiredRecords, next });

/**
 * The stappenplan melding en aangifte (derived process model in the domain notes):
 * register → care the same day → assess → melding/aangifte within two working days →
 * response to the perpetrator → threat assessment when needed → feedback, close, evaluate.
 */
export const stappenplanTemplate: WorkflowTemplate = workflowTemplateSchema.parse({
  id: 'stappenplan',
  steps: [
    step('draft', 'melder', null, [], ['registered']),
    step('registered', 'behandelaar', { unit: 'hours', amount: 4 }, ['triage'], ['care']),
    step('care', 'behandelaar', { unit: 'hours', amount: 24 }, ['aftercare'], ['assessment']),
    step(
      'assessment',
      'behandelaar',
      { unit: 'workingDays', amount: 2 },
      ['assessment'],
      ['police_report', 'perpetrator_response', 'feedback'],
    ),
    step(
      'police_report',
      'behandelaar',
      { unit: 'workingDays', amount: 2 },
      ['aangifte'],
      ['perpetrator_response', 'threat_assessment', 'feedback'],
    ),
    step(
      'perpetrator_response',
      'bestuurder',
      { unit: 'workingDays', amount: 10 },
      ['measures'],
      ['threat_assessment', 'feedback'],
    ),
    step('threat_assessment', 'bestuurder', { unit: 'workingDays', amount: 1 }, [], ['feedback']),
    step(
      'feedback',
      'behandelaar',
      { unit: 'workingDays', amount: 10 },
      ['outcome'],
      ['closed', 'assessment'],
    ),
    step('closed', 'behandelaar', null, [], ['assessment']),
  ],
});

/**
 * Integrity and undue-influence reports follow the Wet bescherming klokkenluiders:
 * acknowledgement within 7 days of the report, feedback within 3 months of the acknowledgement.
 */
export const integrityTemplate: WorkflowTemplate = workflowTemplateSchema.parse({
  id: 'integriteit',
  steps: [
    step('draft', 'melder', null, [], ['registered']),
    step(
      'registered',
      'behandelaar',
      { unit: 'calendarDays', amount: 7 },
      ['triage'],
      ['acknowledged'],
      'registration',
    ),
    step(
      'acknowledged',
      'behandelaar',
      { unit: 'months', amount: 3 },
      [],
      ['investigation', 'feedback'],
    ),
    step(
      'investigation',
      'behandelaar',
      { unit: 'months', amount: 3 },
      ['assessment'],
      ['feedback'],
      'acknowledgement',
    ),
    step('feedback', 'behandelaar', { unit: 'workingDays', amount: 10 }, ['outcome'], ['closed']),
    step('closed', 'behandelaar', null, [], ['investigation']),
  ],
});

export const workflowTemplates = {
  stappenplan: stappenplanTemplate,
  integriteit: integrityTemplate,
} as const;
export type WorkflowId = keyof typeof workflowTemplates;
export const workflowIdSchema = z.enum(['stappenplan', 'integriteit']);
