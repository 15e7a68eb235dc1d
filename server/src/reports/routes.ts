// SPDX-License-Identifier: EUPL-1.2
import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';

import {
  createReportRequestSchema,
  reportDetailSchema,
  reportListSchema,
  updateDraftRequestSchema,
} from '../../../common/contracts/reports';
import { requireActor } from '../platform/http/authenticate';
import type { App } from '../platform/http/env';
import { jsonBody, jsonResponse, problems, sessionSecurity } from '../platform/http/openapi';

import { accessRoutes } from './access-routes';
import { attachmentRoutes } from './attachment-routes';
import { figuresRoutes } from './figures-routes';
import { handlingRoutes } from './handling-routes';
import { createReport, updateDraft } from './intake';
import { reportIdParams } from './params';
import { listReports, viewReport } from './service';
import { workflowRoutes } from './workflow-routes';

const tags = ['meldpunt'];

const createRoute_ = createRoute({
  method: 'post',
  path: '/api/v1/reports',
  tags,
  security: sessionSecurity,
  summary: 'File a report (or save a draft) as the signed-in melder, or on behalf of someone',
  request: { body: jsonBody(createReportRequestSchema) },
  responses: { 201: jsonResponse('Melding', reportDetailSchema), ...problems(400, 401, 413, 415) },
});
const listRoute = createRoute({
  method: 'get',
  path: '/api/v1/reports',
  tags,
  security: sessionSecurity,
  summary:
    'The cases the viewer may see (summaries only); `overdue=true` lists overdue cases, `organisation=CODE` those of one organisation',
  request: {
    query: z.object({
      overdue: z.enum(['true', 'false']).optional(),
      organisation: z
        .string()
        .regex(/^[A-Z0-9][A-Z0-9-]{1,63}$/)
        .optional()
        .meta({ example: 'GM0358' }),
    }),
  },
  responses: { 200: jsonResponse('Meldingen', reportListSchema), ...problems(400, 401) },
});
const getRoute = createRoute({
  method: 'get',
  path: '/api/v1/reports/{id}',
  tags,
  security: sessionSecurity,
  summary: 'One case as the viewer may see it; 404 when they may not (audited)',
  request: { params: reportIdParams },
  responses: { 200: jsonResponse('Melding', reportDetailSchema), ...problems(400, 401, 404) },
});
const updateDraftRoute = createRoute({
  method: 'put',
  path: '/api/v1/reports/{id}',
  tags,
  security: sessionSecurity,
  summary: 'Change a draft (reporter only), optionally submitting it',
  request: { params: reportIdParams, body: jsonBody(updateDraftRequestSchema) },
  responses: {
    200: jsonResponse('Melding', reportDetailSchema),
    ...problems(400, 401, 403, 404, 409),
  },
});

export function reportsRoutes(app: App): void {
  app.openapi(createRoute_, async (c) => {
    const actor = requireActor(c);
    const id = await createReport(c.var.deps, actor, c.req.valid('json'));
    return c.json(await viewReport(c.var.deps, actor, id, { audit: false }), 201);
  });

  app.openapi(listRoute, async (c) => {
    const actor = requireActor(c);
    const { overdue, organisation } = c.req.valid('query');
    const filter = { overdue: overdue === 'true', organisation };
    return c.json({ reports: await listReports(c.var.deps, actor, filter) }, 200);
  });

  figuresRoutes(app);

  app.openapi(getRoute, async (c) => {
    const actor = requireActor(c);
    return c.json(await viewReport(c.var.deps, actor, c.req.valid('param').id), 200);
  });

  app.openapi(updateDraftRoute, async (c) => {
    const actor = requireActor(c);
    const { id } = c.req.valid('param');
    await updateDraft(c.var.deps, actor, id, c.req.valid('json'));
    return c.json(await viewReport(c.var.deps, actor, id, { audit: false }), 200);
  });

  handlingRoutes(app);
  attachmentRoutes(app);
  workflowRoutes(app);
  accessRoutes(app);
}
