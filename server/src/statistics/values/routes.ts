// SPDX-License-Identifier: EUPL-1.2
import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';

import { regionCodeParams } from '../../../../common/contracts/regions';
import { indicatorIdParams } from '../../../../common/contracts/statistics';
import {
  indicatorValuesQuerySchema,
  indicatorValuesSchema,
  profileQuerySchema,
  regionProfileSchema,
  seriesQuerySchema,
  seriesSchema,
} from '../../../../common/contracts/statistics-values';
import type { App, AppEnv } from '../../platform/http/env';
import { jsonResponse, problems, sessionSecurity } from '../../platform/http/openapi';
import { requireStatisticsReader } from '../../platform/http/statistics-access';
import { xlsxContentType } from '../../platform/xlsx-write';

import { profileCsv, valuesCsv } from './csv';
import { cachedStatistics } from './response-cache';
import { gemeenteSeries } from './series';
import { indicatorValues, knownIndicator, regionProfile } from './service';
import { profileXlsx, valuesXlsx } from './xlsx';

const notModified = { 304: { description: 'Niet gewijzigd (ETag)' } };
const csvResponse = {
  'text/csv': {
    schema: { type: 'string' as const, description: 'CSV met metadatakop (#-regels)' },
  },
  [xlsxContentType]: {
    schema: {
      type: 'string' as const,
      format: 'binary',
      description:
        'XLSX (format=xlsx): blad Gegevens en blad Toelichting; bij een regioprofiel met pakketcijfers ook het blad Analyses of Synthetische demonstratiedata',
    },
  },
};

const valuesRoute = createRoute({
  method: 'get',
  path: '/api/v1/indicators/{id}/values',
  tags: ['indicatoren'],
  security: sessionSecurity,
  summary:
    'One indicator for every region of a level and period: value, status, national value, index, percentile, z-score, change, funnel limits, peer-group value (JSON, CSV with Accept: text/csv or format=csv, XLSX with format=xlsx)',
  request: { params: indicatorIdParams, query: indicatorValuesQuerySchema },
  responses: {
    200: {
      ...jsonResponse('Waarden', indicatorValuesSchema),
      content: { ...jsonResponse('', indicatorValuesSchema).content, ...csvResponse },
    },
    ...notModified,
    ...problems(400, 401, 404),
  },
});

const profileRoute = createRoute({
  method: 'get',
  path: '/api/v1/regions/{code}/profile',
  tags: ["regio's"],
  security: sessionSecurity,
  summary:
    'Every indicator of one gemeente, wijk or buurt with its comparisons, series and peer group, and apart from them the figures of imported statistics packages (JSON, CSV with Accept: text/csv or format=csv, XLSX with format=xlsx)',
  description:
    'CSV and XLSX carry the package figures as their own table (CSV: after an empty line, with its own #-lines; XLSX: sheet Analyses, or Synthetische demonstratiedata for synthetic packages) with provenance (package, period, disclosure rules), status exact/rounded/suppressed with reason and carrying region; a suppressed value has no number. In JSON each package indicator also carries its definition from the package manifest (measures, numerator, denominator, methodology, caveats, notProof). Without packages the export is unchanged.',
  request: { params: regionCodeParams, query: profileQuerySchema },
  responses: {
    200: {
      ...jsonResponse('Regioprofiel', regionProfileSchema),
      content: { ...jsonResponse('', regionProfileSchema).content, ...csvResponse },
    },
    ...notModified,
    ...problems(400, 401, 404),
  },
});

const seriesRoute = createRoute({
  method: 'get',
  path: '/api/v1/indicators/{id}/series',
  tags: ['indicatoren'],
  security: sessionSecurity,
  summary:
    "A gemeente's series of one indicator over every period, harmonised to the newest division (merged gemeenten summed) unless harmonise=false",
  request: { params: indicatorIdParams, query: seriesQuerySchema },
  responses: {
    200: jsonResponse('Reeks', seriesSchema),
    ...notModified,
    ...problems(400, 401, 404),
  },
});

/** CSV when asked for by parameter or by an Accept header that prefers it. */
function wantsCsv(c: Context<AppEnv>, format: 'json' | 'csv' | 'xlsx' | undefined): boolean {
  if (format) return format === 'csv';
  const accept = c.req.header('accept') ?? '';
  return accept.includes('text/csv') && !accept.startsWith('application/json');
}

const csvType = 'text/csv; charset=utf-8; header=present';
const jsonType = 'application/json; charset=utf-8';

/** GET /api/v1/indicators/{id}/values, …/series and /api/v1/regions/{code}/profile. */
export function statisticsValuesRoutes(app: App): void {
  app.openapi(valuesRoute, async (c) => {
    requireStatisticsReader(c);
    const { id } = c.req.valid('param');
    const { level, year, parent, format } = c.req.valid('query');
    const indicator = knownIndicator(id);
    const csv = wantsCsv(c, format);
    const kind = format === 'xlsx' ? 'xlsx' : csv ? 'csv' : 'json';
    const key = `values|${indicator.id}|${level}|${year ?? ''}|${parent ?? ''}|${kind}`;
    return cachedStatistics(c, key, async () => {
      const data = await indicatorValues(c.var.deps.db, indicator, { level, year, parent });
      if (kind === 'xlsx')
        return {
          body: valuesXlsx(data),
          contentType: xlsxContentType,
          filename: `${indicator.id}-${data.level}-${data.period}.xlsx`,
        };
      return csv
        ? { body: valuesCsv(data), contentType: csvType }
        : { body: JSON.stringify(data), contentType: jsonType };
    });
  });

  app.openapi(profileRoute, async (c) => {
    requireStatisticsReader(c);
    const { code } = c.req.valid('param');
    const { year, format } = c.req.valid('query');
    const csv = wantsCsv(c, format);
    const kind = format === 'xlsx' ? 'xlsx' : csv ? 'csv' : 'json';
    const key = `profile|${code}|${year ?? ''}|${kind}`;
    return cachedStatistics(c, key, async () => {
      const data = await regionProfile(c.var.deps.db, code, year);
      if (kind === 'xlsx')
        return {
          body: profileXlsx(data),
          contentType: xlsxContentType,
          filename: `profiel-${data.region.code}.xlsx`,
        };
      return csv
        ? { body: profileCsv(data), contentType: csvType }
        : { body: JSON.stringify(data), contentType: jsonType };
    });
  });

  app.openapi(seriesRoute, async (c) => {
    requireStatisticsReader(c);
    const { id } = c.req.valid('param');
    const { region, harmonise } = c.req.valid('query');
    const indicator = knownIndicator(id);
    return cachedStatistics(c, `series|${indicator.id}|${region}|${harmonise}`, async () => ({
      body: JSON.stringify(await gemeenteSeries(c.var.deps.db, indicator, region, harmonise)),
      contentType: jsonType,
    }));
  });
}
