// SPDX-License-Identifier: EUPL-1.2
import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

import type { Context } from 'hono';

import type { Database } from '../../platform/db';
import { chooseEncoding } from '../../platform/http/encoding';
import type { AppEnv } from '../../platform/http/env';
import { etagMatches, statisticsCacheControl } from '../../platform/http/statistics-access';

import { derivationVersion } from './store';

/**
 * Statistics responses change only when an import derives new figures, so each process keeps the
 * finished bytes (plain, gzip, brotli) per derivation version and request, and answers repeats
 * from memory. The version itself is read at most once a second per database: an import in
 * another process is visible within a second; an import in this process clears the memo at once.
 */
const versionTtlMs = 1000;
const maxCachedBytes = 64 * 1024 * 1024;
/** Lists change only with an import; browsers revalidate with the ETag after five minutes. */
export const statisticsMaxAge = 300;

interface Entry {
  etag: string;
  contentType: string;
  identity: Uint8Array<ArrayBuffer>;
  binary: boolean;
  filename?: string | undefined;
  gzip?: Uint8Array<ArrayBuffer>;
  brotli?: Uint8Array<ArrayBuffer>;
  bytes: number;
}

const versions = new WeakMap<Database, { version: string | null; checkedAt: number }>();
const entries = new Map<string, Entry>();
let cachedBytes = 0;

/** Forgets the memoised version (after an import in this process). */
export function invalidateStatisticsCache(db: Database): void {
  versions.delete(db);
}

async function currentVersion(db: Database): Promise<string | null> {
  const memo = versions.get(db);
  const now = Date.now();
  if (memo && now - memo.checkedAt < versionTtlMs) return memo.version;
  const version = await derivationVersion(db);
  versions.set(db, { version, checkedAt: now });
  return version;
}

function remember(key: string, entry: Entry): void {
  entries.set(key, entry);
  cachedBytes += entry.bytes;
  // Map iteration is insertion order; a hit re-inserts its entry, so the first is least recent.
  for (const [oldest, old] of entries) {
    if (cachedBytes <= maxCachedBytes) break;
    entries.delete(oldest);
    cachedBytes -= old.bytes;
  }
}

const copy = (buffer: Buffer): Uint8Array<ArrayBuffer> => new Uint8Array(buffer);

/** The body in the encoding the client accepts; compressed variants are made once per entry. */
function encoded(entry: Entry, encoding: 'br' | 'gzip' | 'identity') {
  // Small bodies are not worth compressing (and a compressed one could be larger).
  if (encoding === 'identity' || entry.binary || entry.identity.byteLength < 1024) return null;
  if (encoding === 'gzip') return (entry.gzip ??= copy(gzipSync(entry.identity, { level: 6 })));
  return (entry.brotli ??= copy(
    brotliCompressSync(entry.identity, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 5 },
    }),
  ));
}

export interface Rendered {
  /** Text, or bytes for binary downloads (XLSX), which are already compressed. */
  body: string | Uint8Array<ArrayBuffer>;
  contentType: string;
  /** Offered as a download under this file name (Content-Disposition: attachment). */
  filename?: string;
}

/**
 * Answers a statistics read from the per-version cache, or renders it once with `render` and
 * keeps the bytes. Weak ETag (the bytes differ per encoding, the content does not), 304 on
 * If-None-Match, Vary: Accept-Encoding. Without derived statistics `render` runs uncached.
 */
export async function cachedStatistics(
  c: Context<AppEnv>,
  key: string,
  render: () => Promise<Rendered>,
): Promise<Response> {
  const db = c.var.deps.db;
  const version = await currentVersion(db);
  const fullKey = `${db.kind}|${version}|${key}`;
  let entry = version === null ? undefined : entries.get(fullKey);
  if (entry) {
    entries.delete(fullKey);
    entries.set(fullKey, entry);
  } else {
    const rendered = await render();
    const binary = typeof rendered.body !== 'string';
    const identity =
      typeof rendered.body === 'string' ? new TextEncoder().encode(rendered.body) : rendered.body;
    const hash = createHash('sha256').update(identity).digest('base64url').slice(0, 27);
    entry = {
      etag: `W/"${hash}"`,
      contentType: rendered.contentType,
      identity,
      binary,
      filename: rendered.filename,
      bytes: identity.byteLength,
    };
    if (version !== null) remember(fullKey, entry);
  }
  const headers: Record<string, string> = {
    ETag: entry.etag,
    'Cache-Control': statisticsCacheControl(c, statisticsMaxAge),
    Vary: 'Accept-Encoding',
  };
  if (etagMatches(c, entry.etag)) return new Response(null, { status: 304, headers });
  const encoding = chooseEncoding(c.req.header('accept-encoding'));
  const compressed = encoded(entry, encoding);
  if (compressed) headers['Content-Encoding'] = encoding;
  const body = compressed ?? entry.identity;
  headers['Content-Type'] = entry.contentType;
  if (entry.filename) headers['Content-Disposition'] = `attachment; filename="${entry.filename}"`;
  headers['Content-Length'] = String(body.byteLength);
  return new Response(body, { status: 200, headers });
}
