// SPDX-License-Identifier: EUPL-1.2
import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';

import type { Config } from '../platform/config';
import type { App, AppEnv } from '../platform/http/env';
import { problems, publicBaseUrl } from '../platform/http/openapi';
import { ProblemError } from '../platform/http/problem';
import { setSessionCookie } from '../platform/http/session-cookie';
import { describeDevice } from '../platform/sessions';

import { beginOidcLogin, finishOidcLogin, oidcEnabled } from './oidc';

const tags = ['inloggen'];
const redirect = (description: string) => ({
  description,
  headers: z.object({ Location: z.string() }),
});

const callbackQuery = z.object({
  code: z.string().optional(),
  state: z.string().optional(),
  iss: z.string().optional(),
  error: z.string().optional(),
  error_description: z.string().optional(),
});

const start = createRoute({
  method: 'get',
  path: '/api/v1/oidc/start',
  tags,
  summary: 'Start single sign-on: redirects to the issuer (authorization code flow with PKCE)',
  responses: { 302: redirect('Naar de inlogpagina van de organisatie'), ...problems(404) },
});
const callback = createRoute({
  method: 'get',
  path: '/api/v1/oidc/callback',
  tags,
  summary: 'Return from the issuer: signs a known user in and redirects to the web app',
  request: { query: callbackQuery },
  responses: {
    302: redirect('Naar de web-app, of terug naar /inloggen met ?fout=oidc of ?fout=oidc-onbekend'),
    ...problems(400, 404),
  },
});

const notConfigured = () =>
  new ProblemError(
    404,
    'Inloggen via uw organisatie is op dit platform niet ingesteld.',
    'niet-gevonden',
  );

/** Ties the pending login to the browser that started it, so nobody can finish it in someone else's browser (login CSRF). */
function loginCookie(config: Config) {
  const production = config.NODE_ENV === 'production';
  const name = production ? '__Host-weerbaar_oidc' : 'weerbaar_oidc';
  return {
    name,
    options: { httpOnly: true, sameSite: 'Lax', secure: production, path: '/' } as const,
  };
}

const redirectUri = (c: Context<AppEnv>) => `${publicBaseUrl(c)}/api/v1/oidc/callback`;

/** Single sign-on with the configured OpenID Connect issuer; both routes answer 404 when none is set. */
export function oidcRoutes(app: App): void {
  app.openapi(start, async (c) => {
    const { deps } = c.var;
    if (!oidcEnabled(deps.config)) throw notConfigured();
    const cookie = loginCookie(deps.config);
    try {
      const { url, state } = await beginOidcLogin(deps, redirectUri(c));
      setCookie(c, cookie.name, state, { ...cookie.options, maxAge: 10 * 60 });
      return c.redirect(url.href, 302);
    } catch (error) {
      // Usually the issuer is unreachable (discovery failed); the page explains, the log says why.
      deps.logger.error({
        event: 'oidc.start.error',
        err: { type: error instanceof Error ? error.name : 'unknown' },
      });
      return c.redirect('/inloggen?fout=oidc', 302);
    }
  });

  app.openapi(callback, async (c) => {
    const { deps } = c.var;
    if (!oidcEnabled(deps.config)) throw notConfigured();
    const cookie = loginCookie(deps.config);
    // The issuer redirected to redirectUri; rebuild it so a proxy in front does not change the URL openid-client checks.
    const callbackUrl = new URL(`${redirectUri(c)}${new URL(c.req.url).search}`);
    const outcome = await finishOidcLogin(deps, {
      callbackUrl,
      boundState: getCookie(c, cookie.name),
      device: describeDevice(c.req.header('user-agent')),
    });
    if (outcome.kind === 'signed-in')
      setSessionCookie(c, deps.config, outcome.token, outcome.maxAgeSeconds);
    deleteCookie(c, cookie.name, cookie.options);
    const target =
      outcome.kind === 'signed-in'
        ? outcome.next
        : outcome.kind === 'unknown'
          ? '/inloggen?fout=oidc-onbekend'
          : '/inloggen?fout=oidc';
    return c.redirect(target, 302);
  });
}
