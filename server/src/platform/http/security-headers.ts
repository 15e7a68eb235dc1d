// SPDX-License-Identifier: EUPL-1.2
import type { MiddlewareHandler } from 'hono';

import type { AppEnv } from './env';

/**
 * Strict CSP and the usual hardening headers on every response. They are set on the finished
 * response's headers: c.header() after next() would rebuild it and lose the fast write path.
 */
export function securityHeaders(options: { production: boolean }): MiddlewareHandler<AppEnv> {
  return async function securityHeadersMiddleware(c, next) {
    await next();
    // The API viewer sets inline styles; everything else gets the strict policy.
    const styleSrc = c.req.path.startsWith('/api/docs') ? "'self' 'unsafe-inline'" : "'self'";
    const headers = c.res.headers;
    headers.set(
      'Content-Security-Policy',
      `default-src 'self'; img-src 'self' data:; style-src ${styleSrc}; script-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'; object-src 'none'`,
    );
    headers.set('X-Content-Type-Options', 'nosniff');
    headers.set('Referrer-Policy', 'no-referrer');
    headers.set('X-Frame-Options', 'DENY');
    headers.set('Cross-Origin-Opener-Policy', 'same-origin');
    headers.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
    if (options.production)
      headers.set('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
  };
}
