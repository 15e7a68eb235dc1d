// SPDX-License-Identifier: EUPL-1.2
import { createRoute } from '@hono/zod-openapi';

import {
  assignRequestSchema,
  breakGlassRequestSchema,
  messageRequestSchema,
  recordRequestSchema,
  reportDetailSchema,
  reportMessageListSchema,
  transitionRequestSchema,
  zgwExportSchema,
} from '../../../common/contracts/reports';
import { recordKindSchema } from '../../../common/workflow/template';
import { requireActor } from '../platform/http/authenticate';
import type { App } from '../platform/http/env';
import { jsonBody, jsonResponse, problems, sessionSecurity } from '../platform/http/openapi';

import { breakGlass, listMessages, postMessage } from './exchange';
import { assign, setRecord, transition } from './handling';
import { reportIdParams } from './params';
import { viewReport } from './service';
import { exportZgw } from './zgw-export';

const tags = ['meldpunt'];
const detail = { 200: jsonResponse('Melding', reportDetailSchema) };

const transitionRoute = createRoute({
  method: 'post',
  path: '/api/v1/reports/{id}/transitions',
  tags,
  security: sessionSecurity,
  summary: 'Move the case to a next step; 409 names the allowed steps or a stale version',
  request: { params: reportIdParams, body: jsonBody(transitionRequestSchema) },
  responses: { ...detail, ...problems(400, 401, 403, 404, 409) },
});
const assignRoute = createRoute({
  method: 'post',
  path: '/api/v1/reports/{id}/assignment',
  tags,
  security: sessionSecurity,
  summary: 'Assign, reassign or escalate the case, with a recorded reason',
  request: { params: reportIdParams, body: jsonBody(assignRequestSchema) },
  responses: { ...detail, ...problems(400, 401, 403, 404, 409) },
});
const recordRoute = createRoute({
  method: 'put',
  path: '/api/v1/reports/{id}/records/{kind}',
  tags,
  security: sessionSecurity,
  summary:
    'Store a step record: triage, aftercare (nazorg), assessment, aangifte, measures or outcome',
  request: {
    params: reportIdParams.extend({ kind: recordKindSchema }),
    body: jsonBody(recordRequestSchema),
  },
  responses: { ...detail, ...problems(400, 401, 403, 404, 409) },
});
const listMessagesRoute = createRoute({
  method: 'get',
  path: '/api/v1/reports/{id}/messages',
  tags,
  security: sessionSecurity,
  summary: 'Messages between the reporter and the handlers (audited read)',
  request: { params: reportIdParams },
  responses: {
    200: jsonResponse('Berichten', reportMessageListSchema),
    ...problems(400, 401, 404),
  },
});
const postMessageRoute = createRoute({
  method: 'post',
  path: '/api/v1/reports/{id}/messages',
  tags,
  security: sessionSecurity,
  summary: 'Send a message; the other side gets an e-mail without content',
  request: { params: reportIdParams, body: jsonBody(messageRequestSchema) },
  responses: {
    201: jsonResponse('Berichten', reportMessageListSchema),
    ...problems(400, 401, 403, 404),
  },
});
const breakGlassRoute = createRoute({
  method: 'post',
  path: '/api/v1/reports/{id}/break-glass',
  tags,
  security: sessionSecurity,
  summary: 'Emergency access (8 hours) with a mandatory reason; audited, the case owner is told',
  request: { params: reportIdParams, body: jsonBody(breakGlassRequestSchema) },
  responses: { ...detail, ...problems(400, 401, 404, 409) },
});

const zgwRoute = createRoute({
  method: 'get',
  path: '/api/v1/reports/{id}/zgw-export',
  tags,
  security: sessionSecurity,
  summary:
    'ZGW-style (Zaken API 1.5.1) archive export: metadata only, confidential content left out',
  request: { params: reportIdParams },
  responses: { 200: jsonResponse('ZGW-export', zgwExportSchema), ...problems(400, 401, 403, 404) },
});

export function handlingRoutes(app: App): void {
  app.openapi(zgwRoute, async (c) => {
    const actor = requireActor(c);
    return c.json(await exportZgw(c.var.deps, actor, c.req.valid('param').id), 200);
  });

  app.openapi(transitionRoute, async (c) => {
    const actor = requireActor(c);
    const { id } = c.req.valid('param');
    await transition(c.var.deps, actor, id, c.req.valid('json'));
    return c.json(await viewReport(c.var.deps, actor, id, { audit: false }), 200);
  });

  app.openapi(assignRoute, async (c) => {
    const actor = requireActor(c);
    const { id } = c.req.valid('param');
    await assign(c.var.deps, actor, id, c.req.valid('json'));
    return c.json(await viewReport(c.var.deps, actor, id, { audit: false }), 200);
  });

  app.openapi(recordRoute, async (c) => {
    const actor = requireActor(c);
    const { id, kind } = c.req.valid('param');
    await setRecord(c.var.deps, actor, id, kind, c.req.valid('json'));
    return c.json(await viewReport(c.var.deps, actor, id, { audit: false }), 200);
  });

  app.openapi(listMessagesRoute, async (c) => {
    const actor = requireActor(c);
    return c.json(
      { messages: await listMessages(c.var.deps, actor, c.req.valid('param').id) },
      200,
    );
  });

  app.openapi(postMessageRoute, async (c) => {
    const actor = requireActor(c);
    const { id } = c.req.valid('param');
    await postMessage(c.var.deps, actor, id, c.req.valid('json').body);
    return c.json({ messages: await listMessages(c.var.deps, actor, id) }, 201);
  });

  app.openapi(breakGlassRoute, async (c) => {
    const actor = requireActor(c);
    const { id } = c.req.valid('param');
    await breakGlass(c.var.deps, actor, id, c.req.valid('json').reason);
    return c.json(await viewReport(c.var.deps, actor, id), 200);
  });
}
