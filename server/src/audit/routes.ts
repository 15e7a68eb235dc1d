// SPDX-License-Identifier: EUPL-1.2
import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';

import { auditPageSchema, auditQuerySchema } from '../../../common/contracts/accounts';
import { loadAuthorized } from '../organisations/service';
import { requireActor } from '../platform/http/authenticate';
import type { App } from '../platform/http/env';
import { jsonResponse, orgCodeParams, problems, sessionSecurity } from '../platform/http/openapi';

import { auditCsv, presentAuditEvent } from './present';
import { recordEvent } from './service';
import { listOrganisationEvents } from './store';

const tags = ['audit'];
const exportLimit = 100_000;

const listAudit = createRoute({
  method: 'get',
  path: '/api/v1/orgs/{code}/audit',
  tags,
  security: sessionSecurity,
  summary: "The organisation's audit log, newest first (beheerder)",
  request: { params: orgCodeParams, query: auditQuerySchema },
  responses: { 200: jsonResponse('Gebeurtenissen', auditPageSchema), ...problems(400, 401, 404) },
});
const exportAudit = createRoute({
  method: 'get',
  path: '/api/v1/orgs/{code}/audit.csv',
  tags,
  security: sessionSecurity,
  summary: 'The filtered audit log as CSV',
  request: { params: orgCodeParams, query: auditQuerySchema.omit({ before: true, limit: true }) },
  responses: {
    200: { description: 'CSV', content: { 'text/csv': { schema: z.string() } } },
    ...problems(400, 401, 404),
  },
});

export function auditRoutes(app: App): void {
  app.openapi(listAudit, async (c) => {
    const actor = requireActor(c);
    const { code } = c.req.valid('param');
    const query = c.req.valid('query');
    const { deps } = c.var;
    const org = await loadAuthorized(deps, actor, code, 'audit.view');
    const rows = await listOrganisationEvents(deps.db, {
      organisationId: org.id,
      ...query,
      limit: query.limit + 1,
    });
    // Reading the audit log is itself a read of confidential records.
    await deps.db.transaction((tx) =>
      recordEvent(tx, {
        actorUserId: actor.userId,
        organisationId: org.id,
        action: 'audit.view',
        objectType: 'organisation',
        objectId: org.code,
        origin: 'http',
        occurredAt: deps.clock(),
      }),
    );
    const page = rows.slice(0, query.limit).map(presentAuditEvent);
    const nextBefore = rows.length > query.limit ? (page.at(-1)?.seq ?? null) : null;
    return c.json({ events: page, nextBefore }, 200);
  });

  app.openapi(exportAudit, async (c) => {
    const actor = requireActor(c);
    const { code } = c.req.valid('param');
    const query = c.req.valid('query');
    const { deps } = c.var;
    const org = await loadAuthorized(deps, actor, code, 'audit.export');
    const rows = await listOrganisationEvents(deps.db, {
      organisationId: org.id,
      ...query,
      limit: exportLimit,
    });
    await deps.db.transaction((tx) =>
      recordEvent(tx, {
        actorUserId: actor.userId,
        organisationId: org.id,
        action: 'audit.export',
        objectType: 'organisation',
        objectId: org.code,
        origin: 'http',
        occurredAt: deps.clock(),
      }),
    );
    const date = deps.clock().toISOString().slice(0, 10);
    return c.body(auditCsv(rows.map(presentAuditEvent)), 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="audit-${org.code}-${date}.csv"`,
    });
  });
}
