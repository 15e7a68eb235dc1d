// SPDX-License-Identifier: EUPL-1.2
import type { MiddlewareHandler } from 'hono';

import { safeEqual } from '../crypto';

import type { AppEnv } from './env';
import { ProblemError } from './problem';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Synchronizer-token CSRF protection: a state-changing request that carries a session cookie
 * must send that session's token in X-CSRF-Token. Requests without a session (sign-in, reset)
 * are protected by requiring a JSON content type, which a cross-site form cannot send.
 */
export function csrfProtection(): MiddlewareHandler<AppEnv> {
  return async function csrfMiddleware(c, next) {
    const current = c.var.current;
    if (!safeMethods.has(c.req.method) && current) {
      const sent = c.req.header('x-csrf-token') ?? '';
      if (!safeEqual(sent, current.session.csrfToken)) {
        throw new ProblemError(
          403,
          'Het beveiligingstoken (CSRF) ontbreekt of klopt niet. Laad de pagina opnieuw.',
          'csrf',
        );
      }
    }
    await next();
  };
}
