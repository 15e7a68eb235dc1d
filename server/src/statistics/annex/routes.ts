// SPDX-License-Identifier: EUPL-1.2
import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';

import { regionCodeParams } from '../../../../common/contracts/regions';
import type { Queryable } from '../../platform/db';
import type { App } from '../../platform/http/env';
import { problems, sessionSecurity } from '../../platform/http/openapi';
import { requireStatisticsReader } from '../../platform/http/statistics-access';
import { cachedStatistics } from '../values/response-cache';
import { regionProfile } from '../values/service';

import { annexPdf } from './pdf';

const annexQuerySchema = z.strictObject({
  /** Only this period; default: each indicator's newest period with a value for the region. */
  year: z.coerce.number().int().min(1900).max(2200).optional(),
});

const annexRoute = createRoute({
  method: 'get',
  path: '/api/v1/regions/{code}/annex.pdf',
  tags: ["regio's"],
  security: sessionSecurity,
  summary:
    'The printable data annex of a region as PDF: indicators by theme with comparisons, the figures of imported statistics packages (with provenance, disclosure rules, status, and the marker Synthetische demonstratiedata for synthetic ones), peers and reasons, methods (of the package indicators too: definition, caveats, provenance, marked when synthetic), sources, caveat and data date',
  request: { params: regionCodeParams, query: annexQuerySchema },
  responses: {
    200: {
      description: 'PDF',
      content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
    },
    304: { description: 'Niet gewijzigd (ETag)' },
    ...problems(400, 401, 404),
  },
});

/** When the current figures were derived (the annex's data date); null before any import. */
async function derivedAt(db: Queryable): Promise<Date | null> {
  const [row] = await db.query<{ derived_at: Date | string }>(
    'select derived_at from statistics_derivation',
  );
  return row ? new Date(row.derived_at) : null;
}

/** GET /api/v1/regions/{code}/annex.pdf: open statistics only, so readable like the profile. */
export function statisticsAnnexRoutes(app: App): void {
  app.openapi(annexRoute, async (c) => {
    requireStatisticsReader(c);
    const { code } = c.req.valid('param');
    const { year } = c.req.valid('query');
    return cachedStatistics(c, `annex|${code}|${year ?? ''}`, async () => {
      const { db } = c.var.deps;
      const profile = await regionProfile(db, code, year);
      return {
        body: await annexPdf(profile, { derivedAt: await derivedAt(db) }),
        contentType: 'application/pdf',
        filename: `databijlage-${profile.region.code}.pdf`,
      };
    });
  });
}
