// SPDX-License-Identifier: EUPL-1.2

/**
 * Fixed-window counter per key (for example the client address on sign-in). In memory: one
 * process per pilot; behind a load balancer each instance limits on its own, and the
 * per-account lockout in the database is the shared guard.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Counts one hit; returns the seconds to wait when the limit is exceeded, else 0. */
  hit(key: string, nowMs: number): number {
    const current = this.windows.get(key);
    if (!current || nowMs - current.start >= this.windowMs) {
      if (this.windows.size > 10_000) this.sweep(nowMs);
      this.windows.set(key, { start: nowMs, count: 1 });
      return 0;
    }
    current.count += 1;
    return current.count > this.limit
      ? Math.ceil((current.start + this.windowMs - nowMs) / 1000)
      : 0;
  }

  private sweep(nowMs: number): void {
    for (const [key, window] of this.windows)
      if (nowMs - window.start >= this.windowMs) this.windows.delete(key);
  }
}
