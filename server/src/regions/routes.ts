// SPDX-License-Identifier: EUPL-1.2
import { createRoute, z } from '@hono/zod-openapi';

import {
  geoParams,
  geoQuerySchema,
  regionCodeParams,
  regionDetailSchema,
  regionListQuerySchema,
  regionListSchema,
  regionYearQuerySchema,
} from '../../../common/contracts/regions';
import type { App } from '../platform/http/env';
import { jsonResponse, problems, sessionSecurity } from '../platform/http/openapi';
import { badRequest } from '../platform/http/problem';
import { cachedJson, requireStatisticsReader } from '../platform/http/statistics-access';

import { newestGeometryYear, serveGeometry } from './geo';
import { ancestorCodes, presentRegion, presentRegionDetail } from './present';
import { resolveDivision, unknownRegion } from './service';
import * as store from './store';

const tags = ["regio's"];
const notModified = { 304: { description: 'Niet gewijzigd (ETag)' } };
// Lists change only with an import; browsers revalidate with the ETag after five minutes.
const listMaxAge = 300;

const listRoute = createRoute({
  method: 'get',
  path: '/api/v1/regions',
  tags,
  security: sessionSecurity,
  summary: 'Regions of one level and division year, optionally below or grouped under a parent',
  request: { query: regionListQuerySchema },
  responses: {
    200: jsonResponse("Regio's", regionListSchema),
    ...notModified,
    ...problems(400, 401, 404),
  },
});
const detailRoute = createRoute({
  method: 'get',
  path: '/api/v1/regions/{code}',
  tags,
  security: sessionSecurity,
  summary: 'One region: parents, groupings, area, years, herindelingen (default: newest year)',
  request: { params: regionCodeParams, query: regionYearQuerySchema },
  responses: {
    200: jsonResponse('Regio', regionDetailSchema),
    ...notModified,
    ...problems(400, 401, 404),
  },
});
const geoRoute = createRoute({
  method: 'get',
  path: '/api/v1/geo/{level}/{year}',
  tags,
  security: sessionSecurity,
  summary:
    'Simplified TopoJSON boundaries of a level and year, optionally only within a gemeente or provincie (gzip/brotli, ETag, long cache)',
  request: { params: geoParams, query: geoQuerySchema },
  responses: {
    200: jsonResponse(
      'TopoJSON-topologie',
      z.object({ type: z.literal('Topology') }).passthrough(),
    ),
    ...notModified,
    ...problems(400, 401, 404),
  },
});

const newestGeoRoute = createRoute({
  method: 'get',
  path: '/api/v1/geo/{level}',
  tags,
  security: sessionSecurity,
  summary:
    'The newest boundaries of a level (as /api/v1/geo/{level}/{year}), so a page needs no year first',
  request: { params: geoParams.pick({ level: true }), query: geoQuerySchema },
  responses: {
    200: jsonResponse(
      'TopoJSON-topologie',
      z.object({ type: z.literal('Topology') }).passthrough(),
    ),
    ...notModified,
    ...problems(400, 401, 404),
  },
});

/** GET /api/v1/regions, /api/v1/regions/{code} and /api/v1/geo/{level}/{year}. */
export function regionsRoutes(app: App): void {
  app.openapi(listRoute, async (c) => {
    requireStatisticsReader(c);
    const { level, year, parent } = c.req.valid('query');
    const { db } = c.var.deps;
    const division = await resolveDivision(db, level, year);
    if (parent && parent !== 'NL00' && !(await store.findRegion(db, parent, division.year)))
      throw badRequest(
        `Regio ${parent} bestaat niet in ${division.year}; kies een parent uit die indeling.`,
        'onbekende-parent',
      );
    const rows = await store.listRegions(
      db,
      level,
      division.year,
      parent === 'NL00' ? undefined : parent,
    );
    return cachedJson(
      c,
      {
        level,
        year: division.year,
        parent: parent ?? null,
        complete: division.complete,
        note: division.note,
        regions: rows.map(presentRegion),
      },
      listMaxAge,
    );
  });

  app.openapi(detailRoute, async (c) => {
    requireStatisticsReader(c);
    const { code } = c.req.valid('param');
    const { year } = c.req.valid('query');
    const { db } = c.var.deps;
    const years = await store.yearsOfRegion(db, code);
    const chosen = year ?? years[0];
    const row = chosen === undefined ? null : await store.findRegion(db, code, chosen);
    if (!row) throw unknownRegion(code, year, years);
    const parents = await store.namesOf(db, ancestorCodes(row), row.year);
    const succession = await store.successionsOf(db, row.code, row.year);
    return cachedJson(c, presentRegionDetail(row, parents, years, succession), listMaxAge);
  });

  app.openapi(geoRoute, async (c) => {
    requireStatisticsReader(c);
    const { level, year } = c.req.valid('param');
    const { within } = c.req.valid('query');
    return serveGeometry(c, level, year, within);
  });

  app.openapi(newestGeoRoute, async (c) => {
    requireStatisticsReader(c);
    const { level } = c.req.valid('param');
    const { within } = c.req.valid('query');
    // "Newest" changes with an import: revalidate after five minutes rather than a day.
    return serveGeometry(c, level, await newestGeometryYear(c, level), within, listMaxAge);
  });
}
