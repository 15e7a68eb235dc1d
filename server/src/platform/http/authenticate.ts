// SPDX-License-Identifier: EUPL-1.2
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';

import { requiresMfa } from '../../../../common/accounts/roles';
import {
  findSession,
  revokeSession,
  touchSession,
  type Actor,
  type LoadedSession,
} from '../sessions';

import type { AppEnv } from './env';
import { forbidden, unauthorized } from './problem';
import { clearSessionCookie, cookieName } from './session-cookie';

const touchIntervalMs = 60_000;

export interface AuthenticateOptions {
  idleMinutes: number;
  absoluteHours: number;
}

/**
 * Loads the session named by the cookie into `current`. An expired session (idle or absolute)
 * is revoked and treated as absent. It never rejects: routes decide with requireActor().
 */
export function authenticate(options: AuthenticateOptions): MiddlewareHandler<AppEnv> {
  return async function authenticateMiddleware(c, next) {
    const { db, clock, config } = c.var.deps;
    const token = getCookie(c, cookieName(config));
    let current: LoadedSession | null = null;
    if (token) {
      const found = await findSession(db, token);
      const now = clock();
      if (found && isAlive(found, now, options)) {
        current = found;
        if (now.getTime() - found.session.lastSeenAt.getTime() > touchIntervalMs)
          await touchSession(db, found.session.id, now);
      } else {
        if (found) await revokeSession(db, found.session.id, now);
        clearSessionCookie(c, config);
      }
    }
    c.set('current', current);
    await next();
  };
}

function isAlive({ session }: LoadedSession, now: Date, options: AuthenticateOptions): boolean {
  const idleLimit = session.lastSeenAt.getTime() + options.idleMinutes * 60_000;
  const absoluteLimit = session.createdAt.getTime() + options.absoluteHours * 3_600_000;
  return now < session.expiresAt && now.getTime() <= idleLimit && now.getTime() <= absoluteLimit;
}

/** True when this session may act: the second factor is done, or none is needed for the user's roles. */
export function isFullySignedIn(current: LoadedSession): boolean {
  if (current.session.mfaAt) return true;
  const needsMfa =
    current.actor.totpEnabled || requiresMfa(current.actor.memberships.map((m) => m.role));
  return !needsMfa;
}

/** The signed-in actor, or a 401 problem. Sessions still waiting for their second factor do not count. */
export function requireActor(c: Context<AppEnv>): Actor & { sessionId: string } {
  const current = c.var.current;
  if (!current) throw unauthorized();
  if (!isFullySignedIn(current)) throw unauthorized('Rond eerst de tweede inlogstap af.');
  return { ...current.actor, sessionId: current.session.id };
}

/** A session that passed the password step (for the second-factor and enrolment routes). */
export function requireSession(c: Context<AppEnv>): LoadedSession {
  const current = c.var.current;
  if (!current) throw unauthorized();
  return current;
}

export { forbidden };
