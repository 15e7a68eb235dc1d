// SPDX-License-Identifier: EUPL-1.2
import { createHash } from 'node:crypto';

import type { Context } from 'hono';

import { requireActor } from './authenticate';
import type { AppEnv } from './env';

/**
 * Statistics read endpoints serve open data: without sign-in when WEERBAAR_PUBLIC_STATISTICS is
 * true (Zicht op Ondermijning is public), otherwise to any signed-in user (401 for others).
 */
export function requireStatisticsReader(c: Context<AppEnv>): void {
  if (!c.var.deps.config.WEERBAAR_PUBLIC_STATISTICS) requireActor(c);
}

/**
 * Cache-Control for a statistics response. Shared caches may keep it only when the endpoints are
 * public; otherwise only the signed-in browser may (`private`). `maxAge` 0 means: keep, but ask
 * again every time (the ETag then makes the answer a cheap 304).
 */
export function statisticsCacheControl(c: Context<AppEnv>, maxAgeSeconds: number): string {
  const scope = c.var.deps.config.WEERBAAR_PUBLIC_STATISTICS ? 'public' : 'private';
  return maxAgeSeconds > 0 ? `${scope}, max-age=${maxAgeSeconds}` : `${scope}, no-cache`;
}

/** True when If-None-Match names `etag` or `*` (weak comparison, RFC 9110 §13.1.2). */
export function etagMatches(c: Context<AppEnv>, etag: string): boolean {
  const header = c.req.header('if-none-match');
  if (!header) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag));
}

/**
 * Answers with `data` as JSON plus a weak ETag of the bytes, or 304 when the client has them.
 * The JSON is serialised once; the hash costs less than sending a large list again.
 */
export function cachedJson(c: Context<AppEnv>, data: unknown, maxAgeSeconds: number): Response {
  const body = JSON.stringify(data);
  const etag = `W/"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  const headers = { ETag: etag, 'Cache-Control': statisticsCacheControl(c, maxAgeSeconds) };
  if (etagMatches(c, etag)) return new Response(null, { status: 304, headers });
  return new Response(body, {
    status: 200,
    headers: { ...headers, 'Content-Type': 'application/json; charset=utf-8' },
  });
}
