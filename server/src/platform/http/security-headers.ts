// SPDX-License-Identifier: EUPL-1.2
import type { MiddlewareHandler } from 'hono';

import type { AppEnv } from './env';

/** Strict CSP and the usual hardening headers on every response. */
export function securityHeaders(options: { production: boolean }): MiddlewareHandler<AppEnv> {
  return async function securityHeadersMiddleware(c, next) {
    await next();
    // The API viewer sets inline styles; everything else gets the strict policy.
    const styleSrc = c.req.path.startsWith('/api/docs') ? "'self' 'unsafe-inline'" : "'self'";
    c.header(
      'Content-Security-Policy',
      `default-src 'self'; img-src 'self' data:; style-src ${styleSrc}; script-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'; object-src 'none'`,
    );
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('X-Frame-Options', 'DENY');
    c.header('Cross-Origin-Opener-Policy', 'same-origin');
    c.header('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
    if (options.production)
      c.header('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
  };
}
