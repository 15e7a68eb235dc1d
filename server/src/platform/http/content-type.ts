// SPDX-License-Identifier: EUPL-1.2
import type { MiddlewareHandler } from 'hono';

import type { AppEnv } from './env';
import { ProblemError } from './problem';

/** The detail of every 415 answer, whichever layer refuses the body. */
export const jsonOnlyDetail = 'Stuur de gegevens als JSON (Content-Type: application/json).';

/** API requests with a body must be JSON; anything else gets 415 before any handler runs. */
export function requireJsonBody(): MiddlewareHandler<AppEnv> {
  return async function jsonBodyMiddleware(c, next) {
    const hasBody =
      (c.req.header('content-length') ?? '0') !== '0' ||
      c.req.header('transfer-encoding') !== undefined;
    if (hasBody && !['GET', 'HEAD'].includes(c.req.method)) {
      const type = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
      if (type !== 'application/json') {
        throw new ProblemError(415, jsonOnlyDetail, 'inhoudstype');
      }
    }
    await next();
  };
}
