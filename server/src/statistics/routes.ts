// SPDX-License-Identifier: EUPL-1.2
import { createRoute } from '@hono/zod-openapi';

import {
  indicatorCardSchema,
  indicatorIdParams,
  indicatorListSchema,
} from '../../../common/contracts/statistics';
import { indicators, indicatorThemes, themeLabels } from '../../../common/statistics/indicators';
import type { App } from '../platform/http/env';
import { jsonResponse, problems, sessionSecurity } from '../platform/http/openapi';
import { cachedJson, requireStatisticsReader } from '../platform/http/statistics-access';

import { presentIndicatorCard, presentIndicatorSummary } from './present';
import { knownIndicator } from './values/service';

const tags = ['indicatoren'];
const notModified = { 304: { description: 'Niet gewijzigd (ETag)' } };
// The catalogue changes only with a new release; browsers revalidate with the ETag after an hour.
const catalogueMaxAge = 3600;

const listRoute = createRoute({
  method: 'get',
  path: '/api/v1/indicators',
  tags,
  security: sessionSecurity,
  summary: 'The indicator catalogue: themes, units, kinds, directions, levels and periods',
  responses: {
    200: jsonResponse('Indicatoren', indicatorListSchema),
    ...notModified,
    ...problems(401),
  },
});
const cardRoute = createRoute({
  method: 'get',
  path: '/api/v1/indicators/{id}',
  tags,
  security: sessionSecurity,
  summary: 'Methodology card of one indicator: computation, variables, sources and caveats',
  request: { params: indicatorIdParams },
  responses: {
    200: jsonResponse('Methodekaart', indicatorCardSchema),
    ...notModified,
    ...problems(400, 401, 404),
  },
});

/** The catalogue is static: it is presented once, not per request. */
const catalogue = {
  themes: indicatorThemes.map((id) => ({ id, label: themeLabels[id] })),
  indicators: indicators.map(presentIndicatorSummary),
};

/** GET /api/v1/indicators and /api/v1/indicators/{id}. */
export function statisticsRoutes(app: App): void {
  app.openapi(listRoute, (c) => {
    requireStatisticsReader(c);
    return cachedJson(c, catalogue, catalogueMaxAge);
  });

  app.openapi(cardRoute, (c) => {
    requireStatisticsReader(c);
    const { id } = c.req.valid('param');
    const indicator = knownIndicator(id);
    return cachedJson(c, presentIndicatorCard(indicator), catalogueMaxAge);
  });
}
