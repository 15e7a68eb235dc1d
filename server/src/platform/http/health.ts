// SPDX-License-Identifier: EUPL-1.2
import { createRoute, z } from '@hono/zod-openapi';

import type { App } from './env';

const healthSchema = z.object({
  status: z.literal('ok'),
  database: z.enum(['pglite', 'postgresql']),
  version: z.string(),
});

const healthRoute = createRoute({
  method: 'get',
  path: '/api/health',
  tags: ['platform'],
  summary: 'Is the platform up, and on which database',
  responses: {
    200: {
      description: 'Het platform draait',
      content: { 'application/json': { schema: healthSchema } },
    },
  },
});

export function healthRoutes(app: App): void {
  app.openapi(healthRoute, (c) =>
    c.json(
      { status: 'ok' as const, database: c.var.deps.db.kind, version: c.var.deps.version },
      200,
    ),
  );
}
