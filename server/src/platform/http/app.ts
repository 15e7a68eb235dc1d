// SPDX-License-Identifier: EUPL-1.2
import { randomUUID } from 'node:crypto';

import { OpenAPIHono } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';

import { oidcRoutes } from '../../accounts/oidc-routes';
import { accountsRoutes } from '../../accounts/routes';
import { auditRoutes } from '../../audit/routes';
import { demoRoutes } from '../../demo/routes';
import { organisationsRoutes } from '../../organisations/routes';
import { regionsRoutes } from '../../regions/routes';
import { reportsRoutes } from '../../reports/routes';
import { statisticsAnnexRoutes } from '../../statistics/annex/routes';
import { statisticsNotesRoutes } from '../../statistics/notes/routes';
import { packageRoutes } from '../../statistics/packages/routes';
import { statisticsRoutes } from '../../statistics/routes';
import { statisticsValuesRoutes } from '../../statistics/values/routes';
import { anonymousPath, tipUploadPath } from '../../tips/public-routes';
import { tipsRoutes } from '../../tips/routes';
import type { Deps } from '../deps';

import { authenticate } from './authenticate';
import { jsonOnlyDetail, requireJsonBody } from './content-type';
import { csrfProtection } from './csrf';
import { docsRoutes } from './docs';
import type { App, AppEnv } from './env';
import { healthRoutes } from './health';
import { ProblemError } from './problem';
import { securityHeaders } from './security-headers';
import { staticWeb } from './static-web';
import { validationProblem } from './validation';

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
  app.use('*', securityHeaders({ production: deps.config.NODE_ENV === 'production' }));
  app.use('/api/*', async function noStore(c, next) {
    await next();
    // Setting headers on the finished response keeps @hono/node-server's fast write path
    // (c.header() after next() rebuilds the response; measured at a third of /api/health's CPU).
    if (!c.res.headers.has('Cache-Control')) c.res.headers.set('Cache-Control', 'no-store');
  });
  app.use(
    '/api/*',
    skipForReads(
      bodyLimit({
        maxSize: maxBodyBytes,
        onError: () => {
          throw new ProblemError(
            413,
            `Het verzoek is groter dan ${maxBodyBytes / 1024} kB.`,
            'te-groot',
          );
        },
      }),
    ),
  );
  app.use('/api/*', requireJsonBody());
  app.use(
    '/api/*',
    unlessAnonymous(
      authenticate({
        idleMinutes: deps.config.SESSION_IDLE_MINUTES,
        absoluteHours: deps.config.SESSION_ABSOLUTE_HOURS,
      }),
    ),
  );
  app.use('/api/*', csrfProtection());

  healthRoutes(app);
  accountsRoutes(app, deps.config.SIGN_IN_RATE_LIMIT);
  oidcRoutes(app);
  organisationsRoutes(app);
  auditRoutes(app);
  regionsRoutes(app);
  statisticsRoutes(app);
  statisticsValuesRoutes(app);
  packageRoutes(app);
  statisticsNotesRoutes(app);
  statisticsAnnexRoutes(app);
  reportsRoutes(app);
  tipsRoutes(app);
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

/**
 * Skips the body limit for GET and HEAD (and for upload paths), whose handlers never read a body: touching the body
 * stream of every read forces a full Request object (measured at a sixth of /api/health's CPU).
 */
function skipForReads(limit: MiddlewareHandler<AppEnv>): MiddlewareHandler<AppEnv> {
  return function bodyLimitWhenBody(c, next) {
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    // Upload routes set their own, larger limit.
    return uploadPath.test(c.req.path) || tipUploadPath.test(c.req.path) ? next() : limit(c, next);
  };
}

/**
 * Skips authentication on the anonymous tip channel: no session cookie is read, touched or
 * cleared there, so nothing ties a tip to an account.
 */
function unlessAnonymous(auth: MiddlewareHandler<AppEnv>): MiddlewareHandler<AppEnv> {
  return function authenticateUnlessAnonymous(c, next) {
    if (!anonymousPath.test(c.req.path)) return auth(c, next);
    c.set('current', null);
    return next();
  };
}

/** Paths that take file uploads (base64 in JSON) and set their own body limit. */
export const uploadPath = /^\/api\/v1\/reports\/[^/]+\/attachments$/;

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
