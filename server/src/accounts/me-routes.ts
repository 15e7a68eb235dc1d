// SPDX-License-Identifier: EUPL-1.2
import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { z } from 'zod';

import {
  changePasswordRequestSchema,
  meSchema,
  ownSessionListSchema,
  recoveryCodesSchema,
  totpConfirmRequestSchema,
  totpEnrolmentSchema,
} from '../../../common/contracts/accounts';
import { isFullySignedIn, requireActor, requireSession } from '../platform/http/authenticate';
import type { App, AppEnv } from '../platform/http/env';
import {
  jsonBody,
  jsonResponse,
  noContent,
  problems,
  sessionSecurity,
} from '../platform/http/openapi';
import { ProblemError } from '../platform/http/problem';
import { clearSessionCookie, setSessionCookie } from '../platform/http/session-cookie';
import type { LoadedSession } from '../platform/sessions';

import { listOwnSessions, revokeAllOwnSessions, revokeOwnSession } from './own-sessions';
import { changePassword } from './passwords-service';
import { presentMe, presentOwnSession } from './present';
import { confirmTotpEnrolment, regenerateRecoveryCodes, startTotpEnrolment } from './second-factor';

const tags = ['mijn account'];
const security = sessionSecurity;

const getMe = createRoute({
  method: 'get',
  path: '/api/v1/me',
  tags,
  security,
  summary: 'The signed-in user, memberships and abilities',
  responses: { 200: jsonResponse('Ik', meSchema), ...problems(401) },
});
const startTotp = createRoute({
  method: 'post',
  path: '/api/v1/me/totp',
  tags,
  security,
  summary: 'Start (re-)enrolment of a TOTP second factor; returns secret and QR code',
  responses: { 200: jsonResponse('Nieuw geheim', totpEnrolmentSchema), ...problems(401, 403) },
});
const confirmTotp = createRoute({
  method: 'post',
  path: '/api/v1/me/totp/confirm',
  tags,
  security,
  summary: 'Confirm enrolment with a code; returns one-time recovery codes',
  request: { body: jsonBody(totpConfirmRequestSchema) },
  responses: {
    200: jsonResponse('Herstelcodes', recoveryCodesSchema),
    ...problems(400, 401, 403, 409),
  },
});
const newRecovery = createRoute({
  method: 'post',
  path: '/api/v1/me/recovery-codes',
  tags,
  security,
  summary: 'Replace all recovery codes',
  responses: { 200: jsonResponse('Herstelcodes', recoveryCodesSchema), ...problems(401, 403, 409) },
});
const changePw = createRoute({
  method: 'post',
  path: '/api/v1/me/password',
  tags,
  security,
  summary: 'Change password (signs out other sessions)',
  request: { body: jsonBody(changePasswordRequestSchema) },
  responses: { 204: noContent, ...problems(400, 401, 403) },
});
const listSessions = createRoute({
  method: 'get',
  path: '/api/v1/me/sessions',
  tags,
  security,
  summary: 'My active sessions',
  responses: { 200: jsonResponse('Sessies', ownSessionListSchema), ...problems(401) },
});
const revokeSession = createRoute({
  method: 'delete',
  path: '/api/v1/me/sessions/{id}',
  tags,
  security,
  summary: 'Sign out one of my sessions',
  request: { params: z.object({ id: z.uuid() }) },
  responses: { 204: noContent, ...problems(401, 403, 404) },
});
const revokeAll = createRoute({
  method: 'delete',
  path: '/api/v1/me/sessions',
  tags,
  security,
  summary: 'Sign out everywhere, this session included',
  responses: { 204: noContent, ...problems(401, 403) },
});

/** A fully signed-in session, or a pending one of a user who has no second factor yet. */
function requireEnrolmentSession(c: Context<AppEnv>): LoadedSession {
  const current = requireSession(c);
  // Someone who knows only the password must not replace an existing second factor.
  if (!isFullySignedIn(current) && current.actor.totpEnabled) {
    throw new ProblemError(403, 'Log eerst in met uw huidige tweede factor.', 'tweede-stap-eerst');
  }
  return current;
}

export function meRoutes(app: App): void {
  app.openapi(getMe, (c) => c.json(presentMe(requireActor(c)), 200));

  // Enrolment is open to a session still waiting for its second factor: that is how a new user gets one.
  app.openapi(startTotp, async (c) => {
    const current = requireEnrolmentSession(c);
    return c.json(
      await startTotpEnrolment(c.var.deps, current.actor.userId, current.actor.email),
      200,
    );
  });

  app.openapi(confirmTotp, async (c) => {
    const current = requireEnrolmentSession(c);
    const { code } = c.req.valid('json');
    const { deps } = c.var;
    const result = await confirmTotpEnrolment(
      deps,
      current.actor.userId,
      { id: current.session.id, mfaDone: current.session.mfaAt !== null },
      code,
    );
    if (result.rotatedToken)
      setSessionCookie(
        c,
        deps.config,
        result.rotatedToken,
        deps.config.SESSION_ABSOLUTE_HOURS * 3600,
      );
    return c.json({ recoveryCodes: result.recoveryCodes }, 200);
  });

  app.openapi(newRecovery, async (c) => {
    const actor = requireActor(c);
    return c.json({ recoveryCodes: await regenerateRecoveryCodes(c.var.deps, actor.userId) }, 200);
  });

  app.openapi(changePw, async (c) => {
    const actor = requireActor(c);
    const { currentPassword, newPassword } = c.req.valid('json');
    await changePassword(c.var.deps, actor, currentPassword, newPassword);
    return c.body(null, 204);
  });

  app.openapi(listSessions, async (c) => {
    const actor = requireActor(c);
    const rows = await listOwnSessions(c.var.deps, actor.userId);
    return c.json({ sessions: rows.map((row) => presentOwnSession(row, actor.sessionId)) }, 200);
  });

  app.openapi(revokeSession, async (c) => {
    const actor = requireActor(c);
    await revokeOwnSession(c.var.deps, actor.userId, c.req.valid('param').id);
    return c.body(null, 204);
  });

  app.openapi(revokeAll, async (c) => {
    const actor = requireActor(c);
    await revokeAllOwnSessions(c.var.deps, actor.userId);
    clearSessionCookie(c, c.var.deps.config);
    return c.body(null, 204);
  });
}
