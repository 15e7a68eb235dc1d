// SPDX-License-Identifier: EUPL-1.2
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

import type { Context } from 'hono';

import type { RegionLevel } from '../../../common/statistics/levels';
import { chooseEncoding } from '../platform/http/encoding';
import type { AppEnv } from '../platform/http/env';
import { notFound } from '../platform/http/problem';
import { etagMatches, statisticsCacheControl } from '../platform/http/statistics-access';

import { subsetTopology } from './geo-subset';
import { geometryEtag, listGeometries, loadGeometry } from './store';

/** A geometry's three stored representations, kept in memory per process after first use. */
interface Cached {
  etag: string;
  identity: Uint8Array<ArrayBuffer>;
  gzip: Uint8Array<ArrayBuffer>;
  brotli: Uint8Array<ArrayBuffer>;
}

const cache = new Map<string, Cached>();

/** One day: boundaries change once a year, and a re-import changes the ETag. */
const maxAgeSeconds = 86_400;

const copy = (buffer: Buffer): Uint8Array<ArrayBuffer> => new Uint8Array(buffer);

/** The geometries within a gemeente or provincie, compressed once per process and ETag. */
function subsetOf(whole: Cached, code: string): Cached | null {
  const text = subsetTopology(new TextDecoder().decode(whole.identity), code);
  if (text === null) return null;
  const identity = new TextEncoder().encode(text);
  return {
    etag: whole.etag.replace(/"$/, `-${code}"`),
    identity,
    gzip: copy(gzipSync(identity, { level: 9 })),
    brotli: copy(brotliCompressSync(identity, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } })),
  };
}

/** Loads (or reuses) the stored bytes; only the small ETag is read from the database per request. */
async function representations(
  c: Context<AppEnv>,
  level: RegionLevel,
  year: number,
  within?: string,
): Promise<Cached | null | 'outside'> {
  const db = c.var.deps.db;
  const key = `${db.kind}|${level}|${year}`;
  const etag = await geometryEtag(db, level, year);
  if (!etag) return null;
  const whole = await wholeGeometry(c, key, level, year, etag);
  if (!whole || !within) return whole;
  const subKey = `${key}|${within}`;
  const hit = cache.get(subKey);
  if (hit?.etag.startsWith(whole.etag.slice(0, -1))) return hit;
  const part = subsetOf(whole, within);
  if (!part) return 'outside';
  cache.set(subKey, part);
  return part;
}

async function wholeGeometry(
  c: Context<AppEnv>,
  key: string,
  level: RegionLevel,
  year: number,
  etag: string,
): Promise<Cached | null> {
  const db = c.var.deps.db;
  const hit = cache.get(key);
  if (hit?.etag === etag) return hit;
  const row = await loadGeometry(db, level, year);
  if (!row) return null;
  const fresh: Cached = {
    etag: row.etag,
    identity: new TextEncoder().encode(row.topojson),
    // Copies into plain ArrayBuffers, once per process and ETag (drivers return pooled buffers).
    gzip: new Uint8Array(row.gzip),
    brotli: new Uint8Array(row.brotli),
  };
  cache.set(key, fresh);
  return fresh;
}

/**
 * Serves the stored simplified TopoJSON as is: weak ETag (the bytes differ per encoding, the
 * content does not), 304 on If-None-Match, brotli or gzip precompressed at import.
 */
export async function serveGeometry(
  c: Context<AppEnv>,
  level: RegionLevel,
  year: number,
  within?: string,
  maxAge = maxAgeSeconds,
) {
  const stored = await representations(c, level, year, within);
  if (stored === 'outside')
    throw notFound(
      `Geen ${level}grenzen binnen ${within} in ${year}. Kies een gemeentecode (GM…) of provinciecode (PV…).`,
    );
  if (!stored) {
    const available = (await listGeometries(c.var.deps.db)).map((g) => `${g.level} ${g.year}`);
    throw notFound(
      available.length > 0
        ? `Geen grenzen voor ${level} ${year}. Beschikbaar: ${available.join(', ')}.`
        : 'Er zijn nog geen grenzen geladen (npx weerbaar data import --from <map>).',
    );
  }
  const headers: Record<string, string> = {
    ETag: `W/${stored.etag}`,
    'Cache-Control': statisticsCacheControl(c, maxAge),
    Vary: 'Accept-Encoding',
  };
  if (etagMatches(c, headers.ETag!)) return new Response(null, { status: 304, headers });
  const encoding = chooseEncoding(c.req.header('accept-encoding'));
  const body =
    encoding === 'br' ? stored.brotli : encoding === 'gzip' ? stored.gzip : stored.identity;
  if (encoding !== 'identity') headers['Content-Encoding'] = encoding;
  headers['Content-Type'] = 'application/json; charset=utf-8';
  headers['Content-Length'] = String(body.byteLength);
  return new Response(body, { status: 200, headers });
}

/** The newest year with boundaries of a level, or a 404 naming what there is. */
export async function newestGeometryYear(c: Context<AppEnv>, level: RegionLevel): Promise<number> {
  const all = await listGeometries(c.var.deps.db);
  const years = all.filter((g) => g.level === level).map((g) => Number(g.year));
  if (years.length === 0)
    throw notFound(
      all.length > 0
        ? `Geen grenzen voor ${level}. Beschikbaar: ${all.map((g) => `${g.level} ${g.year}`).join(', ')}.`
        : 'Er zijn nog geen grenzen geladen (npx weerbaar data import --from <map>).',
    );
  return Math.max(...years);
}
