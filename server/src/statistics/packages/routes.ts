// SPDX-License-Identifier: EUPL-1.2
import { createRoute, z } from '@hono/zod-openapi';

import {
  packageListSchema,
  packageValuesQuerySchema,
  packageValuesSchema,
} from '../../../../common/contracts/statistics-packages';
import type { App } from '../../platform/http/env';
import { jsonResponse, problems, sessionSecurity } from '../../platform/http/openapi';
import { ProblemError } from '../../platform/http/problem';
import { cachedJson, requireStatisticsReader } from '../../platform/http/statistics-access';

import { presentPackage, presentPackageValue } from './present';
import { listPackages, packageValues } from './read-store';

const tags = ['statistiekpakketten'];
const notModified = { 304: { description: 'Niet gewijzigd (ETag)' } };

const listRoute = createRoute({
  method: 'get',
  path: '/api/v1/packages',
  tags,
  security: sessionSecurity,
  summary:
    'Imported statistics packages from the pipeline: provenance, disclosure rules, indicators, and the synthetic marker',
  responses: {
    200: jsonResponse('Pakketten', packageListSchema),
    ...notModified,
    ...problems(401),
  },
});

const valuesRoute = createRoute({
  method: 'get',
  path: '/api/v1/packages/{id}/indicators/{indicator}/values',
  tags,
  security: sessionSecurity,
  summary:
    'The disclosure-controlled values of one package indicator at a level (suppressed values have no number, only the reason)',
  request: {
    params: z.object({
      id: z.coerce.number().int().positive(),
      indicator: z.string().max(100),
    }),
    query: packageValuesQuerySchema,
  },
  responses: {
    200: jsonResponse('Waarden', packageValuesSchema),
    ...notModified,
    ...problems(400, 401, 404),
  },
});

/** GET /api/v1/packages and …/{id}/indicators/{indicator}/values. */
export function packageRoutes(app: App): void {
  app.openapi(listRoute, async (c) => {
    requireStatisticsReader(c);
    const rows = await listPackages(c.var.deps.db);
    return cachedJson(c, { packages: rows.map(presentPackage) }, 0);
  });

  app.openapi(valuesRoute, async (c) => {
    requireStatisticsReader(c);
    const { id, indicator } = c.req.valid('param');
    const { level, parent } = c.req.valid('query');
    const db = c.var.deps.db;
    const pkg = (await listPackages(db)).find((p) => Number(p.id) === id);
    if (!pkg)
      throw new ProblemError(
        404,
        `Pakket ${id} bestaat niet; zie GET /api/v1/packages.`,
        'onbekend-pakket',
      );
    const view = presentPackage(pkg);
    const definition = view.indicators.find((i) => i.id === indicator);
    if (!definition)
      throw new ProblemError(
        404,
        `Indicator ${indicator} zit niet in pakket ${id}. Kies uit: ${view.indicators.map((i) => i.id).join(', ')}.`,
        'onbekende-indicator',
      );
    if (!definition.levels.includes(level))
      throw new ProblemError(
        400,
        `${definition.name} is er niet per ${level}. Kies een niveau uit: ${definition.levels.join(', ')}.`,
        'onbekend-niveau',
      );
    const rows = await packageValues(db, id, indicator, level, parent);
    return cachedJson(
      c,
      {
        indicator: definition,
        packageId: id,
        period: view.period,
        level,
        synthetic: view.synthetic,
        marker: view.marker,
        values: rows.map((r) => presentPackageValue(r, pkg)),
      },
      0,
    );
  });
}
