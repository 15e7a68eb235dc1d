// SPDX-License-Identifier: EUPL-1.2
import type { Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';

import type { Config } from '../config';

/** In production the __Host- prefix pins the cookie to this host, path / and HTTPS. */
export function cookieName(config: Config): string {
  return config.NODE_ENV === 'production' ? '__Host-weerbaar_sessie' : 'weerbaar_sessie';
}

/** HttpOnly, SameSite=Lax (so the OIDC redirect back still carries it), Secure in production. */
export function setSessionCookie(
  c: Context,
  config: Config,
  token: string,
  maxAgeSeconds: number,
): void {
  setCookie(c, cookieName(config), token, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: config.NODE_ENV === 'production',
    path: '/',
    maxAge: maxAgeSeconds,
  });
}

/** Removes the session cookie with the same attributes it was set with (__Host- needs Secure). */
export function clearSessionCookie(c: Context, config: Config): void {
  deleteCookie(c, cookieName(config), { path: '/', secure: config.NODE_ENV === 'production' });
}
