// SPDX-License-Identifier: EUPL-1.2
import { randomUUID } from 'node:crypto';

import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';

import { oidcRoutes } from '../../server/src/accounts/oidc-routes';
import { accountsRoutes } from '../../server/src/accounts/routes';
import { auditRoutes } from '../../server/src/audit/routes';
import { demoRoutes } from '../../server/src/demo/routes';
import { organisationsRoutes } from '../../server/src/organisations/routes';
import type { Deps } from '../../server/src/platform/deps';

import { authenticate } from '../../server/src/platform/http/authenticate';
import { jsonOnlyDetail, requireJsonBody } from '../../server/src/platform/http/content-type';
import { csrfProtection } from '../../server/src/platform/http/csrf';
import { docsRoutes } from '../../server/src/platform/http/docs';
import type { App, AppEnv } from '../../server/src/platform/http/env';
import { healthRoutes } from '../../server/src/platform/http/health';
import { ProblemError } from '../../server/src/platform/http/problem';
import { securityHeaders as originalSecurityHeaders } from '../../server/src/platform/http/security-headers';
import { fastSecurityHeaders } from './fast-headers';
import { staticWeb } from '../../server/src/platform/http/static-web';
import { validationProblem } from '../../server/src/platform/http/validation';

/** Largest JSON body the API accepts; uploads get their own routes with their own limits. */
export const maxBodyBytes = 64 * 1024;

/** Builds the whole HTTP application around the given effects; no network needed (tests call app.request). */
export function createApp(deps: Deps, options: { serveWeb?: boolean } = {}): App {
  const app: App = new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) throw validationProblem(result.error.issues, result.target);
    },
  });

  app.use('*', async function requestContext(c, next) {
    c.set('deps', deps);
    c.set('requestId', c.req.header('x-request-id')?.slice(0, 64) ?? randomUUID());
    const started = performance.now();
    await next();
    // Route pattern, not the concrete path: no ids or codes of people end up in the logs.
    deps.logger.debug({
      event: 'http',
      method: c.req.method,
      route: c.req.routePath,
      status: c.res.status,
      ms: Math.round(performance.now() - started),
    });
  });
  app.use('*', (process.env.V_HEADERS ? fastSecurityHeaders : originalSecurityHeaders)({ production: deps.config.NODE_ENV === 'production' }));
  app.use('/api/*', async function noStore(c, next) {
    await next();
    if (!c.res.headers.has('Cache-Control')) {
      if (process.env.V_HEADERS) c.res.headers.set('Cache-Control', 'no-store');
      else c.header('Cache-Control', 'no-store');
    }
  });
  const limit = bodyLimit({
    maxSize: maxBodyBytes,
    onError: () => {
      throw new ProblemError(413, `Het verzoek is groter dan ${maxBodyBytes / 1024} kB.`, 'te-groot');
    },
  });
  app.use('/api/*', (c, next) => {
    if (process.env.V_BODY && c.req.header('content-length') === undefined && c.req.header('transfer-encoding') === undefined) return next();
    return limit(c, next);
  });
  app.use('/api/*', requireJsonBody());
  app.use(
    '/api/*',
    authenticate({
      idleMinutes: deps.config.SESSION_IDLE_MINUTES,
      absoluteHours: deps.config.SESSION_ABSOLUTE_HOURS,
    }),
  );
  app.use('/api/*', csrfProtection());

  healthRoutes(app);
  accountsRoutes(app, deps.config.SIGN_IN_RATE_LIMIT);
  oidcRoutes(app);
  organisationsRoutes(app);
  auditRoutes(app);
  demoRoutes(app, deps.config);
  docsRoutes(app, deps.version);

  app.notFound((c) => {
    if (c.req.path.startsWith('/api/')) {
      return problemResponse(
        new ProblemError(404, 'Dit adres bestaat niet in de API.', 'niet-gevonden'),
        c.req.path,
      );
    }
    return c.text('Niet gevonden', 404);
  });
  app.onError((error, c) => {
    if (error instanceof ProblemError) return problemResponse(error, c.req.path);
    if (error instanceof HTTPException) {
      // Hono's validator refuses a non-JSON body that requireJsonBody did not see (no Content-Length header).
      if (error.status === 415)
        return problemResponse(new ProblemError(415, jsonOnlyDetail, 'inhoudstype'), c.req.path);
      // Hono raises these for unreadable bodies, e.g. malformed JSON.
      const detail =
        error.status === 400
          ? 'De JSON in het verzoek is ongeldig en kan niet worden gelezen.'
          : error.message;
      return problemResponse(
        new ProblemError(error.status, detail, 'ongeldig-verzoek'),
        c.req.path,
      );
    }
    if ((error as { code?: unknown }).code === '23505') {
      // A unique constraint lost a race that the handler's own check could not see.
      return problemResponse(
        new ProblemError(
          409,
          'Dit bestaat al. Vernieuw de pagina en probeer het opnieuw.',
          'bestaat-al',
        ),
        c.req.path,
      );
    }
    deps.logger.error({
      event: 'http.error',
      route: c.req.routePath,
      requestId: c.get('requestId'),
      err: describeError(error),
    });
    return problemResponse(
      new ProblemError(
        500,
        'Er ging iets mis aan onze kant. Probeer het later opnieuw.',
        'interne-fout',
      ),
      c.req.path,
    );
  });

  if (options.serveWeb) staticWeb(app);
  return app;
}

function problemResponse(error: ProblemError, instance: string): Response {
  const headers: Record<string, string> = {
    'Content-Type': 'application/problem+json',
    'Cache-Control': 'no-store',
  };
  if (error.extra.retryAfterSeconds) headers['Retry-After'] = String(error.extra.retryAfterSeconds);
  return new Response(JSON.stringify(error.toProblem(instance)), { status: error.status, headers });
}

/**
 * What an unexpected error may put in the log: its kind, SQLSTATE and code location. The message
 * is left out because database errors quote values ("Key (email)=(…) already exists").
 */
export function describeError(error: Error): { type: string; code?: string; at?: string } {
  const code = (error as { code?: unknown }).code;
  const at = error.stack
    ?.split('\n')
    .slice(1, 6)
    .map((line) => line.trim())
    .join(' | ');
  return { type: error.name, ...(typeof code === 'string' ? { code } : {}), ...(at ? { at } : {}) };
}
