// SPDX-License-Identifier: EUPL-1.2

/** Query parameter that carries the page to return to after signing in. */
export const returnParam = 'terug';

/**
 * The page to go to after signing in. Only paths inside this app are accepted, so a crafted
 * link cannot send someone to another site (open redirect).
 */
export function safeReturnPath(value: string | null): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.includes('\\')) {
    return '/';
  }
  return value;
}

/** A path on the sign-in flow that keeps the return path, e.g. `/inloggen?terug=%2Faccount`. */
export function withReturn(path: string, returnTo: string): string {
  return returnTo === '/' ? path : `${path}?${returnParam}=${encodeURIComponent(returnTo)}`;
}
