// SPDX-License-Identifier: EUPL-1.2
import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';

import {
  mivExportSchema,
  reportFiguresSchema,
  reportSettingsSchema,
  reportSettingsUpdateSchema,
} from '../../../common/contracts/reports';
import { recordEvent } from '../audit/service';
import { findOrganisationByCode } from '../organisations/store';
import { requireActor } from '../platform/http/authenticate';
import type { App } from '../platform/http/env';
import {
  jsonBody,
  jsonResponse,
  orgCodeParams,
  problems,
  sessionSecurity,
} from '../platform/http/openapi';
import { badRequest, notFound } from '../platform/http/problem';

import { reportFigures } from './figures';
import { mivExport, mivExportCsv, reportSettingsOf, saveReportSettings } from './miv-export';

const tags = ['meldpunt'];
const scopeQuery = z.object({
  organisation: z
    .string()
    .regex(/^[A-Z0-9][A-Z0-9-]{1,63}$/)
    .meta({ example: 'GM0358' }),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
});

const figuresRoute = createRoute({
  method: 'get',
  path: '/api/v1/reports/figures',
  tags,
  security: sessionSecurity,
  summary:
    'Aggregate figures of an organisation, province or the country, with the trend per category; counts under 5 shown as "<5", secondary suppression as "x"',
  request: {
    query: scopeQuery.extend({ granularity: z.enum(['month', 'quarter']).optional() }),
  },
  responses: { 200: jsonResponse('Cijfers', reportFiguresSchema), ...problems(400, 401, 404) },
});
const exportRoute = createRoute({
  method: 'get',
  path: '/api/v1/reports/miv-export',
  tags,
  security: sessionSecurity,
  summary:
    'Anonymised export in Monitor Integriteit & Veiligheid categories (JSON or CSV): the own organisation, the province for its municipalities, others only when they opted in',
  request: { query: scopeQuery.extend({ format: z.enum(['json', 'csv']).optional() }) },
  responses: {
    200: {
      description: 'Export',
      content: {
        'application/json': { schema: mivExportSchema },
        'text/csv': { schema: z.string() },
      },
    },
    ...problems(400, 401, 404),
  },
});
const getSettingsRoute = createRoute({
  method: 'get',
  path: '/api/v1/orgs/{code}/report-settings',
  tags,
  security: sessionSecurity,
  summary: 'Whether the organisation shares its figures for the Monitor Integriteit & Veiligheid',
  request: { params: orgCodeParams },
  responses: { 200: jsonResponse('Instellingen', reportSettingsSchema), ...problems(401, 404) },
});
const putSettingsRoute = createRoute({
  method: 'put',
  path: '/api/v1/orgs/{code}/report-settings',
  tags,
  security: sessionSecurity,
  summary: 'Turn the Monitor Integriteit & Veiligheid export on or off (beheerder; audited)',
  request: { params: orgCodeParams, body: jsonBody(reportSettingsUpdateSchema) },
  responses: {
    200: jsonResponse('Instellingen', reportSettingsSchema),
    ...problems(400, 401, 404),
  },
});

function periodOf(today: string, query: { from?: string; to?: string }) {
  const period = { from: query.from ?? `${today.slice(0, 4)}-01-01`, to: query.to ?? today };
  if (period.from > period.to)
    throw badRequest('De begindatum ligt na de einddatum.', 'validatie', [
      { field: 'from', message: 'Kies een begindatum vóór de einddatum.' },
    ]);
  return period;
}

/** Figures, the MIV export and its setting. */
export function figuresRoutes(app: App): void {
  app.openapi(figuresRoute, async (c) => {
    const actor = requireActor(c);
    const query = c.req.valid('query');
    const period = periodOf(c.var.deps.clock().toISOString().slice(0, 10), query);
    const figures = await reportFigures(
      c.var.deps,
      actor,
      query.organisation,
      period,
      query.granularity,
    );
    return c.json(figures, 200);
  });

  app.openapi(exportRoute, async (c) => {
    const actor = requireActor(c);
    const query = c.req.valid('query');
    const period = periodOf(c.var.deps.clock().toISOString().slice(0, 10), query);
    const data = await mivExport(c.var.deps, actor, query.organisation, period);
    if (query.format !== 'csv') return c.json(data, 200);
    return c.body(mivExportCsv(data), 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="miv-export-${query.organisation}-${period.from}-${period.to}.csv"`,
    });
  });

  app.openapi(getSettingsRoute, async (c) => {
    const actor = requireActor(c);
    const org = await findOrganisationByCode(c.var.deps.db, c.req.valid('param').code);
    if (!org || !actor.memberships.some((m) => m.organisationId === org.id)) throw notFound();
    return c.json(await reportSettingsOf(c.var.deps.db, org.id), 200);
  });

  app.openapi(putSettingsRoute, async (c) => {
    const actor = requireActor(c);
    const { deps } = c.var;
    const { code } = c.req.valid('param');
    const org = await findOrganisationByCode(deps.db, code);
    const beheerder = actor.memberships.some(
      (m) => m.organisationId === org?.id && m.role === 'beheerder',
    );
    if (!org || !beheerder) {
      await deps.db.transaction((tx) =>
        recordEvent(tx, {
          actorUserId: actor.userId,
          organisationId: org?.id ?? null,
          action: 'report.settings.update',
          objectType: 'organisation',
          objectId: code,
          result: 'denied',
          origin: 'http',
          occurredAt: deps.clock(),
        }),
      );
      throw notFound();
    }
    await saveReportSettings(deps, org.id, c.req.valid('json').mivExport, actor.userId);
    return c.json(await reportSettingsOf(deps.db, org.id), 200);
  });
}
