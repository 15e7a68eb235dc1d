// SPDX-License-Identifier: EUPL-1.2
import { createRoute } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';

import {
  attachmentListSchema,
  attachmentSchema,
  attachmentUploadSchema,
  maxAttachmentBytes,
} from '../../../common/contracts/reports';
import { requireActor } from '../platform/http/authenticate';
import type { App } from '../platform/http/env';
import { jsonBody, jsonResponse, problems, sessionSecurity } from '../platform/http/openapi';
import { ProblemError } from '../platform/http/problem';

import { addAttachment, listAttachments, readAttachment } from './attachments';
import { reportIdParams } from './params';

const tags = ['meldpunt'];

const uploadRoute = createRoute({
  method: 'post',
  path: '/api/v1/reports/{id}/attachments',
  tags,
  security: sessionSecurity,
  summary:
    'Add evidence (PNG, JPEG or PDF, at most 5 MB, base64 in JSON); type sniffed, SHA-256 recorded, encrypted at rest',
  request: { params: reportIdParams, body: jsonBody(attachmentUploadSchema) },
  responses: {
    201: jsonResponse('Bijlage', attachmentSchema),
    ...problems(400, 401, 403, 404, 413, 415),
  },
});
const listRoute = createRoute({
  method: 'get',
  path: '/api/v1/reports/{id}/attachments',
  tags,
  security: sessionSecurity,
  summary: 'The evidence of a case (audited)',
  request: { params: reportIdParams },
  responses: { 200: jsonResponse('Bijlagen', attachmentListSchema), ...problems(400, 401, 404) },
});
const downloadRoute = createRoute({
  method: 'get',
  path: '/api/v1/reports/{id}/attachments/{attachmentId}',
  tags,
  security: sessionSecurity,
  summary: 'Download one evidence file, decrypted (audited)',
  request: { params: reportIdParams.extend({ attachmentId: z.uuid() }) },
  responses: {
    200: {
      description: 'Het bestand',
      content: {
        'application/octet-stream': { schema: z.string().meta({ format: 'binary' }) },
      },
    },
    ...problems(400, 401, 404),
  },
});

export function attachmentRoutes(app: App): void {
  // Uploads are larger than the 64 kB of other API bodies: base64 of 5 MB plus the JSON around it.
  app.use(
    '/api/v1/reports/:id/attachments',
    bodyLimit({
      maxSize: Math.ceil(maxAttachmentBytes / 3) * 4 + 4096,
      onError: () => {
        throw new ProblemError(413, 'Een bijlage is hoogstens 5 MB.', 'te-groot');
      },
    }),
  );

  app.openapi(uploadRoute, async (c) => {
    const actor = requireActor(c);
    return c.json(
      await addAttachment(c.var.deps, actor, c.req.valid('param').id, c.req.valid('json')),
      201,
    );
  });

  app.openapi(listRoute, async (c) => {
    const actor = requireActor(c);
    return c.json(
      { attachments: await listAttachments(c.var.deps, actor, c.req.valid('param').id) },
      200,
    );
  });

  app.openapi(downloadRoute, async (c) => {
    const actor = requireActor(c);
    const { id, attachmentId } = c.req.valid('param');
    const file = await readAttachment(c.var.deps, actor, id, attachmentId);
    return new Response(new Uint8Array(file.bytes), {
      status: 200,
      headers: {
        'Content-Type': file.mediaType,
        // Always a download, never rendered inline; the name is encoded so it cannot break the header.
        'Content-Disposition': `attachment; filename="bijlage.${file.mediaType === 'application/pdf' ? 'pdf' : file.mediaType === 'image/png' ? 'png' : 'jpg'}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-store',
      },
    });
  });
}
