// SPDX-License-Identifier: EUPL-1.2
import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';

import {
  grantRequestSchema,
  lineMemberListSchema,
  reportGrantListSchema,
  setLinesRequestSchema,
} from '../../../common/contracts/report-access';
import { requireActor } from '../platform/http/authenticate';
import type { App } from '../platform/http/env';
import {
  jsonBody,
  jsonResponse,
  orgCodeParams,
  problems,
  sessionSecurity,
} from '../platform/http/openapi';

import { grantAccess, listGrants, revokeGrant } from './grants';
import { listLineMembers, setLines } from './lines';
import { reportIdParams } from './params';
import { organisationFor } from './workflow-routes';

const tags = ['meldpunt'];
const grants = { 200: jsonResponse('Toegang', reportGrantListSchema) };
const lines = { 200: jsonResponse('Lijnen', lineMemberListSchema) };

const listGrantsRoute = createRoute({
  method: 'get',
  path: '/api/v1/reports/{id}/grants',
  tags,
  security: sessionSecurity,
  summary: 'Who was let into the case and why, and who it could still be shared with (audited)',
  request: { params: reportIdParams },
  responses: { ...grants, ...problems(400, 401, 403, 404) },
});
const grantRoute = createRoute({
  method: 'post',
  path: '/api/v1/reports/{id}/grants',
  tags,
  security: sessionSecurity,
  summary:
    "Let a named person of the organisation into the case (the case's handlers; only the vertrouwenspersoon for cases only they hold), with a reason and optional last day; the person gets an e-mail without content",
  request: { params: reportIdParams, body: jsonBody(grantRequestSchema) },
  responses: {
    201: jsonResponse('Toegang', reportGrantListSchema),
    ...problems(400, 401, 403, 404, 409),
  },
});
const revokeRoute = createRoute({
  method: 'delete',
  path: '/api/v1/reports/{id}/grants/{userId}',
  tags,
  security: sessionSecurity,
  summary: "End a person's access (explicit or break-glass); audited and written in the history",
  request: { params: reportIdParams.extend({ userId: z.uuid() }) },
  responses: { ...grants, ...problems(400, 401, 403, 404) },
});
const listLinesRoute = createRoute({
  method: 'get',
  path: '/api/v1/orgs/{code}/report-lines',
  tags,
  security: sessionSecurity,
  summary:
    'Which behandelaar works in the raad line (griffie) and which in the college line (beheerder)',
  request: { params: orgCodeParams },
  responses: { ...lines, ...problems(400, 401, 404) },
});
const setLinesRoute = createRoute({
  method: 'put',
  path: '/api/v1/orgs/{code}/report-lines/{userId}',
  tags,
  security: sessionSecurity,
  summary: 'Set the lines one behandelaar works in (beheerder); audited',
  request: {
    params: orgCodeParams.extend({ userId: z.uuid() }),
    body: jsonBody(setLinesRequestSchema),
  },
  responses: { ...lines, ...problems(400, 401, 404) },
});

export function accessRoutes(app: App): void {
  app.openapi(listGrantsRoute, async (c) => {
    const actor = requireActor(c);
    return c.json(await listGrants(c.var.deps, actor, c.req.valid('param').id), 200);
  });

  app.openapi(grantRoute, async (c) => {
    const actor = requireActor(c);
    const { id } = c.req.valid('param');
    return c.json(await grantAccess(c.var.deps, actor, id, c.req.valid('json')), 201);
  });

  app.openapi(revokeRoute, async (c) => {
    const actor = requireActor(c);
    const { id, userId } = c.req.valid('param');
    return c.json(await revokeGrant(c.var.deps, actor, id, userId), 200);
  });

  app.openapi(listLinesRoute, async (c) => {
    const actor = requireActor(c);
    const { code } = c.req.valid('param');
    const org = await organisationFor(c, actor, code, ['beheerder'], 'report.lines.view', 'lines');
    return c.json(await listLineMembers(c.var.deps, org), 200);
  });

  app.openapi(setLinesRoute, async (c) => {
    const actor = requireActor(c);
    const { code, userId } = c.req.valid('param');
    const org = await organisationFor(
      c,
      actor,
      code,
      ['beheerder'],
      'report.lines.update',
      'lines',
    );
    const body = c.req.valid('json');
    return c.json(await setLines(c.var.deps, org, userId, body.lines, actor.userId), 200);
  });
}
