// SPDX-License-Identifier: EUPL-1.2
import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';

import {
  tipConversionRequestSchema,
  tipDetailSchema,
  tipListSchema,
  tipReplyRequestSchema,
  tipStatusRequestSchema,
} from '../../../common/contracts/tips';
import { requireActor } from '../platform/http/authenticate';
import type { App } from '../platform/http/env';
import { jsonBody, jsonResponse, problems, sessionSecurity } from '../platform/http/openapi';

import { convertOrLinkTip } from './conversion';
import { tipBoxRoutes } from './public-routes';
import { listTips, readTipAttachment, replyToTip, setTipStatus, viewTip } from './service';
import type { TipLimits } from './throttle';

const tags = ['tips (behandeling)'];
const tipIdParams = z.object({
  id: z.uuid().meta({ example: '6f1c2a9e-0d4b-4c1e-9a57-2b8e3f4d5a60' }),
});
const detail = jsonResponse('Tip', tipDetailSchema);

const listRoute = createRoute({
  method: 'get',
  path: '/api/v1/tips',
  tags,
  security: sessionSecurity,
  summary: 'Tips of the organisations where the viewer handles tips (no content; audited)',
  responses: { 200: jsonResponse('Tips', tipListSchema), ...problems(401) },
});
const getRoute = createRoute({
  method: 'get',
  path: '/api/v1/tips/{id}',
  tags,
  security: sessionSecurity,
  summary: 'One tip with text, conversation and files; 404 for other organisations (audited)',
  request: { params: tipIdParams },
  responses: { 200: detail, ...problems(400, 401, 404) },
});
const replyRoute = createRoute({
  method: 'post',
  path: '/api/v1/tips/{id}/messages',
  tags,
  security: sessionSecurity,
  summary: 'Reply to or ask the anonymous sender something; they read it with their receipt code',
  request: { params: tipIdParams, body: jsonBody(tipReplyRequestSchema) },
  responses: { 200: detail, ...problems(400, 401, 403, 404, 409) },
});
const statusRoute = createRoute({
  method: 'post',
  path: '/api/v1/tips/{id}/status',
  tags,
  security: sessionSecurity,
  summary: 'Set the status: new, in_progress, forwarded (to whom) or closed (with a reason)',
  request: { params: tipIdParams, body: jsonBody(tipStatusRequestSchema) },
  responses: { 200: detail, ...problems(400, 401, 403, 404, 409) },
});
const conversionRoute = createRoute({
  method: 'post',
  path: '/api/v1/tips/{id}/conversion',
  tags,
  security: sessionSecurity,
  summary:
    'Make a meldpunt case of a tip about aggression against an office-holder, or link it to an existing case',
  request: { params: tipIdParams, body: jsonBody(tipConversionRequestSchema) },
  responses: { 200: detail, ...problems(400, 401, 403, 404, 409) },
});
const downloadRoute = createRoute({
  method: 'get',
  path: '/api/v1/tips/{id}/attachments/{attachmentId}',
  tags,
  security: sessionSecurity,
  summary: 'Download one file of a tip, decrypted (audited)',
  request: { params: tipIdParams.extend({ attachmentId: z.uuid() }) },
  responses: {
    200: {
      description: 'Het bestand',
      content: { 'application/octet-stream': { schema: z.string().meta({ format: 'binary' }) } },
    },
    ...problems(400, 401, 404),
  },
});

const extensions = { 'application/pdf': 'pdf', 'image/png': 'png', 'image/jpeg': 'jpg' } as const;

/** The tip channel: the anonymous routes and the handlers' routes. */
export function tipsRoutes(app: App, limits?: TipLimits): void {
  tipBoxRoutes(app, limits);

  app.openapi(listRoute, async (c) => {
    const actor = requireActor(c);
    return c.json({ tips: await listTips(c.var.deps, actor) }, 200);
  });

  app.openapi(getRoute, async (c) => {
    const actor = requireActor(c);
    return c.json(await viewTip(c.var.deps, actor, c.req.valid('param').id), 200);
  });

  app.openapi(replyRoute, async (c) => {
    const actor = requireActor(c);
    const { id } = c.req.valid('param');
    await replyToTip(c.var.deps, actor, id, c.req.valid('json').body);
    return c.json(await viewTip(c.var.deps, actor, id, { audit: false }), 200);
  });

  app.openapi(statusRoute, async (c) => {
    const actor = requireActor(c);
    const { id } = c.req.valid('param');
    await setTipStatus(c.var.deps, actor, id, c.req.valid('json'));
    return c.json(await viewTip(c.var.deps, actor, id, { audit: false }), 200);
  });

  app.openapi(conversionRoute, async (c) => {
    const actor = requireActor(c);
    const { id } = c.req.valid('param');
    await convertOrLinkTip(c.var.deps, actor, id, c.req.valid('json'));
    return c.json(await viewTip(c.var.deps, actor, id, { audit: false }), 200);
  });

  app.openapi(downloadRoute, async (c) => {
    const actor = requireActor(c);
    const { id, attachmentId } = c.req.valid('param');
    const file = await readTipAttachment(c.var.deps, actor, id, attachmentId);
    return new Response(new Uint8Array(file.bytes), {
      status: 200,
      headers: {
        'Content-Type': file.mediaType,
        // Always a download, never rendered inline; the original name stays sealed.
        'Content-Disposition': `attachment; filename="tipbijlage.${extensions[file.mediaType]}"`,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-store',
      },
    });
  });
}
