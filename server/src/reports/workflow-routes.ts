// SPDX-License-Identifier: EUPL-1.2
import { createRoute } from '@hono/zod-openapi';

import type { Role } from '../../../common/accounts/roles';
import { workflowIdSchema, workflowTemplateSchema } from '../../../common/workflow/template';
import { recordEvent } from '../audit/service';
import { findOrganisationByCode } from '../organisations/store';
import type { Deps } from '../platform/deps';
import { requireActor } from '../platform/http/authenticate';
import type { App } from '../platform/http/env';
import {
  jsonBody,
  jsonResponse,
  orgCodeParams,
  problems,
  sessionSecurity,
} from '../platform/http/openapi';
import { notFound } from '../platform/http/problem';
import type { Actor } from '../platform/sessions';

import { saveTemplate, templateFor } from './workflows';

const tags = ['meldpunt'];
const params = orgCodeParams.extend({ workflow: workflowIdSchema });

const getRoute = createRoute({
  method: 'get',
  path: '/api/v1/orgs/{code}/report-workflows/{workflow}',
  tags,
  security: sessionSecurity,
  summary: "The organisation's stappenplan (its own configuration or the default)",
  request: { params },
  responses: {
    200: jsonResponse('Stappenplan', workflowTemplateSchema),
    ...problems(400, 401, 404),
  },
});
const putRoute = createRoute({
  method: 'put',
  path: '/api/v1/orgs/{code}/report-workflows/{workflow}',
  tags,
  security: sessionSecurity,
  summary:
    "Replace the organisation's stappenplan (beheerder); 409 when open cases are in a dropped step",
  request: { params, body: jsonBody(workflowTemplateSchema) },
  responses: {
    200: jsonResponse('Stappenplan', workflowTemplateSchema),
    ...problems(400, 401, 404, 409),
  },
});

const readers: readonly Role[] = ['beheerder', 'behandelaar', 'vertrouwenspersoon', 'bestuurder'];

/** The organisation, when the actor holds one of `roles` in it; otherwise an audited 404. */
export async function organisationFor(
  c: { var: { deps: Deps } },
  actor: Actor,
  code: string,
  roles: readonly Role[],
  action: string,
  objectType = 'workflow',
) {
  const { deps } = c.var;
  const org = await findOrganisationByCode(deps.db, code);
  if (org && actor.memberships.some((m) => m.organisationId === org.id && roles.includes(m.role)))
    return org;
  await deps.db.transaction((tx) =>
    recordEvent(tx, {
      actorUserId: actor.userId,
      organisationId: org?.id ?? null,
      action,
      objectType,
      objectId: code,
      result: 'denied',
      origin: 'http',
      occurredAt: deps.clock(),
    }),
  );
  throw notFound();
}

export function workflowRoutes(app: App): void {
  app.openapi(getRoute, async (c) => {
    const actor = requireActor(c);
    const { code, workflow } = c.req.valid('param');
    const org = await organisationFor(c, actor, code, readers, 'report.workflow.view');
    return c.json(await templateFor(c.var.deps.db, org.id, workflow), 200);
  });

  app.openapi(putRoute, async (c) => {
    const actor = requireActor(c);
    const { code, workflow } = c.req.valid('param');
    const org = await organisationFor(c, actor, code, ['beheerder'], 'report.workflow.update');
    await saveTemplate(c.var.deps, org.id, workflow, c.req.valid('json'), actor.userId);
    return c.json(await templateFor(c.var.deps.db, org.id, workflow), 200);
  });
}
