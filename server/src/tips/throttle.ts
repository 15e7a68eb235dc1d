// SPDX-License-Identifier: EUPL-1.2
import { createHash, randomBytes } from 'node:crypto';

import type { MiddlewareHandler } from 'hono';

import { clientAddress } from '../platform/http/client-address';
import type { AppEnv } from '../platform/http/env';
import { ProblemError } from '../platform/http/problem';
import { RateLimiter } from '../platform/rate-limit';

/** Limits of the public tip routes: per window, per (hashed) client address or receipt. */
export interface TipLimits {
  submitsPerHour: number;
  opensPerQuarter: number;
  attemptsPerReceiptPerQuarter: number;
}

export const defaultTipLimits: TipLimits = {
  submitsPerHour: 10,
  opensPerQuarter: 30,
  attemptsPerReceiptPerQuarter: 10,
};

const tooMany = (wait: number) =>
  new ProblemError(
    429,
    `Te veel pogingen. Probeer het over ${Math.ceil(wait / 60)} minuten opnieuw.`,
    'te-veel-pogingen',
    { retryAfterSeconds: wait },
  );

/**
 * In-memory throttling for the anonymous routes. The client address is only ever held as a
 * salted hash in this process's memory (the salt is new at every start): it is never stored,
 * logged or sent anywhere, and a memory dump does not give the address back without the salt.
 */
export class TipThrottle {
  private readonly salt = randomBytes(16);
  private readonly submits: RateLimiter;
  private readonly opens: RateLimiter;
  private readonly receipts: RateLimiter;

  constructor(limits: TipLimits = defaultTipLimits) {
    this.submits = new RateLimiter(limits.submitsPerHour, 3_600_000);
    this.opens = new RateLimiter(limits.opensPerQuarter, 900_000);
    this.receipts = new RateLimiter(limits.attemptsPerReceiptPerQuarter, 900_000);
  }

  private key(value: string): string {
    return createHash('sha256').update(this.salt).update(value).digest('base64url');
  }

  /** Middleware: one hit per POST from this client, on the submit or the mailbox counter. */
  perClient(kind: 'submit' | 'open'): MiddlewareHandler<AppEnv> {
    const limiter = kind === 'submit' ? this.submits : this.opens;
    return async (c, next) => {
      if (c.req.method !== 'POST') return next();
      const { deps } = c.var;
      const address = clientAddress(c, deps.config.TRUST_PROXY);
      const wait = limiter.hit(this.key(address), deps.clock().getTime());
      if (wait > 0) throw tooMany(wait);
      return next();
    };
  }

  /** Counts an attempt on a receipt (known or not, so the answer reveals nothing). */
  receiptAttempt(receipt: string, nowMs: number): void {
    const wait = this.receipts.hit(this.key(`receipt:${receipt}`), nowMs);
    if (wait > 0) throw tooMany(wait);
  }
}
