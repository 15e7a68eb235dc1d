// SPDX-License-Identifier: EUPL-1.2
import { createRoute } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';

import {
  authConfigSchema,
  invitationAcceptSchema,
  mfaRequestSchema,
  passwordResetConfirmSchema,
  passwordResetRequestSchema,
  sessionSchema,
  signInRequestSchema,
  signInResponseSchema,
} from '../../../common/contracts/accounts';
import { requireSession } from '../platform/http/authenticate';
import { clientAddress } from '../platform/http/client-address';
import type { App, AppEnv } from '../platform/http/env';
import {
  jsonBody,
  jsonResponse,
  noContent,
  problems,
  publicBaseUrl,
  sessionSecurity,
} from '../platform/http/openapi';
import { ProblemError } from '../platform/http/problem';
import { clearSessionCookie, setSessionCookie } from '../platform/http/session-cookie';
import { RateLimiter } from '../platform/rate-limit';
import { describeDevice } from '../platform/sessions';

import { meRoutes } from './me-routes';
import { signOut } from './own-sessions';
import { redeemToken, requestPasswordReset } from './passwords-service';
import { presentSession } from './present';
import { completeSecondFactor, signInWithPassword } from './sign-in';

const tags = ['inloggen'];

const startSession = createRoute({
  method: 'post',
  path: '/api/v1/session',
  tags,
  summary: 'Sign in with e-mail and password; sets the session cookie',
  request: { body: jsonBody(signInRequestSchema) },
  responses: {
    200: jsonResponse('Eerste stap gelukt', signInResponseSchema),
    ...problems(400, 401, 413, 415, 423, 429),
  },
});
const mfaStep = createRoute({
  method: 'post',
  path: '/api/v1/session/mfa',
  tags,
  security: sessionSecurity,
  summary: 'Complete sign-in with a TOTP or recovery code',
  request: { body: jsonBody(mfaRequestSchema) },
  responses: { 204: noContent, ...problems(400, 401, 403, 409, 423, 429) },
});
const getSession = createRoute({
  method: 'get',
  path: '/api/v1/session',
  tags,
  security: sessionSecurity,
  summary: 'The current session with its CSRF token (send it as X-CSRF-Token)',
  responses: { 200: jsonResponse('Sessie', sessionSchema), ...problems(401) },
});
const endSession = createRoute({
  method: 'delete',
  path: '/api/v1/session',
  tags,
  security: sessionSecurity,
  summary: 'Sign out',
  responses: { 204: noContent, ...problems(401, 403) },
});
const resetRequest = createRoute({
  method: 'post',
  path: '/api/v1/password-reset',
  tags,
  summary: 'E-mail a one-time reset link (same answer whether or not the address exists)',
  request: { body: jsonBody(passwordResetRequestSchema) },
  responses: { 202: { description: 'Verzoek ontvangen' }, ...problems(400, 429) },
});
const resetConfirm = createRoute({
  method: 'post',
  path: '/api/v1/password-reset/confirm',
  tags,
  summary: 'Set a new password with a reset token',
  request: { body: jsonBody(passwordResetConfirmSchema) },
  responses: { 204: noContent, ...problems(400, 410, 429) },
});
const acceptInvitation = createRoute({
  method: 'post',
  path: '/api/v1/invitations/accept',
  tags,
  summary: 'Accept an invitation by choosing a password',
  request: { body: jsonBody(invitationAcceptSchema) },
  responses: { 204: noContent, ...problems(400, 410, 429) },
});
const authConfig = createRoute({
  method: 'get',
  path: '/api/v1/auth-config',
  tags,
  summary: 'Which sign-in options the page should offer',
  responses: { 200: jsonResponse('Opties', authConfigSchema) },
});

export function accountsRoutes(app: App, signInLimit: number): void {
  const rateLimitSignIn = rateLimitSignInMiddleware(new RateLimiter(signInLimit, 5 * 60_000));
  for (const path of [
    '/api/v1/session',
    '/api/v1/session/mfa',
    '/api/v1/password-reset',
    '/api/v1/password-reset/confirm',
    '/api/v1/invitations/accept',
  ]) {
    app.use(path, rateLimitSignIn);
  }

  app.openapi(startSession, async (c) => {
    const { email, password } = c.req.valid('json');
    const { deps } = c.var;
    const result = await signInWithPassword(
      deps,
      email,
      password,
      describeDevice(c.req.header('user-agent')),
    );
    setSessionCookie(c, deps.config, result.token, result.maxAgeSeconds);
    return c.json(
      { mfaRequired: result.mfaRequired, enrolmentRequired: result.enrolmentRequired },
      200,
    );
  });

  app.openapi(mfaStep, async (c) => {
    const current = requireSession(c);
    const { code } = c.req.valid('json');
    const { deps } = c.var;
    if (current.session.mfaAt)
      throw new ProblemError(409, 'U bent al volledig ingelogd.', 'al-ingelogd');
    const result = await completeSecondFactor(deps, current.session.id, current.actor.userId, code);
    setSessionCookie(c, deps.config, result.token, result.maxAgeSeconds);
    return c.body(null, 204);
  });

  app.openapi(getSession, (c) => {
    const current = requireSession(c);
    const { config } = c.var.deps;
    return c.json(
      presentSession(current, config.SESSION_IDLE_MINUTES, config.SESSION_ABSOLUTE_HOURS),
      200,
    );
  });

  app.openapi(endSession, async (c) => {
    const current = requireSession(c);
    await signOut(c.var.deps, current.actor.userId, current.session.id);
    clearSessionCookie(c, c.var.deps.config);
    return c.body(null, 204);
  });

  app.openapi(resetRequest, async (c) => {
    const { email } = c.req.valid('json');
    await requestPasswordReset(c.var.deps, email, publicBaseUrl(c));
    return c.body(null, 202);
  });

  app.openapi(resetConfirm, async (c) => {
    const { token, password } = c.req.valid('json');
    await redeemToken(c.var.deps, 'password-reset', token, password);
    return c.body(null, 204);
  });

  app.openapi(acceptInvitation, async (c) => {
    const { token, password } = c.req.valid('json');
    await redeemToken(c.var.deps, 'invitation', token, password);
    return c.body(null, 204);
  });

  app.openapi(authConfig, (c) => {
    const { config } = c.var.deps;
    const demo = config.NODE_ENV !== 'production' && config.WEERBAAR_DEMO;
    return c.json(
      { oidc: { enabled: Boolean(config.OIDC_ISSUER), label: config.OIDC_LABEL }, demo },
      200,
    );
  });

  meRoutes(app);
}

/** Limits sign-in-like POSTs per client address and path, on top of the per-account lockout. */
function rateLimitSignInMiddleware(limiter: RateLimiter): MiddlewareHandler<AppEnv> {
  return async function rateLimitSignIn(c, next) {
    if (c.req.method !== 'POST') return next();
    const { deps } = c.var;
    const wait = limiter.hit(
      `${clientAddress(c, deps.config.TRUST_PROXY)}:${c.req.path}`,
      deps.clock().getTime(),
    );
    if (wait > 0) {
      throw new ProblemError(
        429,
        `Te veel pogingen vanaf dit adres. Probeer het over ${Math.ceil(wait / 60)} minuut opnieuw.`,
        'te-veel-pogingen',
        { retryAfterSeconds: wait },
      );
    }
    return next();
  };
}
