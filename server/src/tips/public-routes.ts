// SPDX-License-Identifier: EUPL-1.2
import { createRoute } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';

import { maxAttachmentBytes } from '../../../common/contracts/reports';
import {
  maxTipAttachments,
  submitTipRequestSchema,
  tipBoxSchema,
  tipCredentialsSchema,
  tipMailboxSchema,
  tipperMessageRequestSchema,
  tipReceiptSchema,
} from '../../../common/contracts/tips';
import type { App } from '../platform/http/env';
import { jsonBody, jsonResponse, orgCodeParams, problems } from '../platform/http/openapi';
import { ProblemError } from '../platform/http/problem';

import { loadTipBox, readMailbox, submitTip, tipperMessage } from './public-service';
import { TipThrottle, type TipLimits } from './throttle';

const tags = ['tips (anoniem)'];

/**
 * Paths of the anonymous channel: no session is read or touched and no cookie is set there,
 * so a tip cannot be tied to an account, even when the sender happens to be signed in.
 */
export const anonymousPath = /^\/api\/v1\/(tip-box\/|tip-mailbox)/;
/** The submit path takes files (base64 in JSON) and sets its own body limit. */
export const tipUploadPath = /^\/api\/v1\/tip-box\/[^/]+\/tips$/;

const boxRoute = createRoute({
  method: 'get',
  path: '/api/v1/tip-box/{code}',
  tags,
  summary: 'The public tip page of a gemeente or provincie: name, categories, file limits',
  request: { params: orgCodeParams },
  responses: { 200: jsonResponse('Tipformulier', tipBoxSchema), ...problems(400, 404) },
});
const submitRoute = createRoute({
  method: 'post',
  path: '/api/v1/tip-box/{code}/tips',
  tags,
  summary:
    'Leave an anonymous tip (no account; no address, device or cookie kept). Answers the receipt code and secret, once',
  request: { params: orgCodeParams, body: jsonBody(submitTipRequestSchema) },
  responses: {
    201: jsonResponse('Meldcode en geheime code', tipReceiptSchema),
    ...problems(400, 404, 413, 415, 429),
  },
});
const mailboxRoute = createRoute({
  method: 'post',
  path: '/api/v1/tip-mailbox',
  tags,
  // A POST so the receipt and secret never appear in a URL, a log line or the browser history.
  summary: 'Open the anonymous mailbox with receipt code and secret: status and replies',
  request: { body: jsonBody(tipCredentialsSchema) },
  responses: { 200: jsonResponse('Postvak', tipMailboxSchema), ...problems(400, 404, 429) },
});
const tipperMessageRoute = createRoute({
  method: 'post',
  path: '/api/v1/tip-mailbox/messages',
  tags,
  summary: 'Answer the handler (or add something) with receipt code and secret',
  request: { body: jsonBody(tipperMessageRequestSchema) },
  responses: { 200: jsonResponse('Postvak', tipMailboxSchema), ...problems(400, 404, 409, 429) },
});

/** The anonymous tip channel; `limits` are per process, in memory only. */
export function tipBoxRoutes(app: App, limits?: TipLimits): void {
  const throttle = new TipThrottle(limits);
  app.use(
    '/api/v1/tip-box/:code/tips',
    bodyLimit({
      maxSize: maxTipAttachments * (Math.ceil(maxAttachmentBytes / 3) * 4) + 64 * 1024,
      onError: () => {
        throw new ProblemError(413, 'Een tip met bijlagen is te groot.', 'te-groot');
      },
    }),
  );
  app.use('/api/v1/tip-box/:code/tips', throttle.perClient('submit'));
  app.use('/api/v1/tip-mailbox', throttle.perClient('open'));
  app.use('/api/v1/tip-mailbox/messages', throttle.perClient('open'));

  app.openapi(boxRoute, async (c) => {
    const { id: _id, ...box } = await loadTipBox(c.var.deps, c.req.valid('param').code);
    return c.json(box, 200);
  });

  app.openapi(submitRoute, async (c) => {
    const receipt = await submitTip(c.var.deps, c.req.valid('param').code, c.req.valid('json'));
    return c.json(receipt, 201);
  });

  app.openapi(mailboxRoute, async (c) =>
    c.json(await readMailbox(c.var.deps, throttle, c.req.valid('json')), 200),
  );

  app.openapi(tipperMessageRoute, async (c) =>
    c.json(await tipperMessage(c.var.deps, throttle, c.req.valid('json')), 200),
  );
}
