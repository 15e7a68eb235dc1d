// SPDX-License-Identifier: EUPL-1.2
import { statusLabels } from '../../../common/messages/reports-nl';
import { templateOf } from '../../../common/workflow/state-machine';
import {
  workflowTemplateSchema,
  type WorkflowId,
  type WorkflowTemplate,
} from '../../../common/workflow/template';
import { recordEvent } from '../audit/service';
import type { Queryable } from '../platform/db';
import type { Deps } from '../platform/deps';
import { ProblemError, badRequest } from '../platform/http/problem';

/** The template an organisation uses for a workflow: its own configuration, or the default. */
export async function templateFor(
  db: Queryable,
  organisationId: string,
  workflow: WorkflowId,
): Promise<WorkflowTemplate> {
  const [row] = await db.query<{ definition: unknown }>(
    'select definition from report_workflow where organisation_id = $1 and workflow = $2',
    [organisationId, workflow],
  );
  if (!row) return templateOf(workflow);
  const definition =
    typeof row.definition === 'string' ? (JSON.parse(row.definition) as unknown) : row.definition;
  return workflowTemplateSchema.parse(definition);
}

/**
 * Stores an organisation's own template. Refused when it is not a valid template, has another
 * id, or drops a step that open cases are in (they would be stuck).
 */
export async function saveTemplate(
  deps: Deps,
  organisationId: string,
  workflow: WorkflowId,
  template: WorkflowTemplate,
  actorUserId: string,
): Promise<void> {
  if (template.id !== workflow)
    throw badRequest(
      `Het stappenplan heet "${template.id}", maar hoort bij "${workflow}".`,
      'validatie',
      [{ field: 'id', message: `Gebruik id "${workflow}".` }],
    );
  const statuses = new Set(template.steps.map((s) => s.status));
  await deps.db.transaction(async (tx) => {
    const open = await tx.query<{ status: keyof typeof statusLabels; n: number }>(
      `select status, count(*)::int as n from report where organisation_id = $1 and workflow = $2 group by status`,
      [organisationId, workflow],
    );
    const stranded = open.filter((o) => !statuses.has(o.status));
    if (stranded.length > 0)
      throw new ProblemError(
        409,
        `Er staan nog meldingen in stappen die dit stappenplan weglaat: ${stranded.map((o) => `${statusLabels[o.status]} (${o.n})`).join(', ')}.`,
        'stap-in-gebruik',
      );
    await tx.query(
      `insert into report_workflow (organisation_id, workflow, definition, updated_by, updated_at) values ($1, $2, $3, $4, $5)
       on conflict (organisation_id, workflow) do update set definition = excluded.definition,
         updated_by = excluded.updated_by, updated_at = excluded.updated_at`,
      [organisationId, workflow, JSON.stringify(template), actorUserId, deps.clock()],
    );
    await recordEvent(tx, {
      actorUserId,
      organisationId,
      action: 'report.workflow.update',
      objectType: 'workflow',
      objectId: workflow,
      origin: 'http',
      occurredAt: deps.clock(),
    });
  });
}
