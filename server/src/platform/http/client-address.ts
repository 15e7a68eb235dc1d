// SPDX-License-Identifier: EUPL-1.2
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

/**
 * The client's address for rate limiting only (never stored or logged). X-Forwarded-For is
 * honoured only with TRUST_PROXY, since clients can set it freely.
 */
export function clientAddress(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? 'onbekend';
  } catch {
    // In-process requests (tests) have no socket.
    return 'in-process';
  }
}
