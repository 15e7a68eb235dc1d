// SPDX-License-Identifier: EUPL-1.2
/**
 * Statistics benchmark (part of `npm run bench`). For PGlite and PostgreSQL: times the full import
 * of the open data folder (first time and again), then boots the real app in a child process and
 * loads GET /api/v1/indicators/inwoners/values?level=wijk and GET /api/v1/regions/GM0363/profile
 * with autocannon (50 connections), each beside the same response bytes served as a static file
 * by the same server. Prints the figures with the targets (import ≤ 15 s; API ≥ 0.7 × the static
 * file's throughput and p99 ≤ 20 ms) and writes bench/results/statistics-<timestamp>.json.
 *
 * Settings (environment): BENCH_DATA_DIR (../shared/data), BENCH_SECONDS (10),
 * BENCH_WARMUP_SECONDS (2), BENCH_CONNECTIONS (50), BENCH_DATABASES (pglite,postgresql),
 * BENCH_DATABASE_URL (postgres://127.0.0.1:5432/test).
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import autocannon from 'autocannon';

import { openDatabase, type Database } from '../server/src/platform/db';
import { migrate } from '../server/src/platform/migrations';
import { silentProgress } from '../server/src/statistics/import/progress';
import { importStatistics } from '../server/src/statistics/import/run-import';

import {
  newBenchAccount,
  repoRoot,
  postgresUnreachable,
  preparePglite,
  preparePostgres,
  signIn,
  startServerChild,
  withDefaultUser,
  type PreparedDatabase,
} from './harness';

const settings = {
  dataDir: resolve(process.env.BENCH_DATA_DIR || join(repoRoot, '../shared/data')),
  seconds: Number(process.env.BENCH_SECONDS || 10),
  warmupSeconds: Number(process.env.BENCH_WARMUP_SECONDS || 2),
  connections: Number(process.env.BENCH_CONNECTIONS || 50),
  databases: (process.env.BENCH_DATABASES || 'pglite,postgresql').split(',').map((s) => s.trim()),
  databaseUrl: withDefaultUser(process.env.BENCH_DATABASE_URL || 'postgres://127.0.0.1:5432/test'),
};

const targets = { importSeconds: 15, ratioToStatic: 0.7, p99Ms: 20 };

const endpoints = [
  {
    name: 'values wijk',
    path: '/api/v1/indicators/inwoners/values?level=wijk',
    file: 'values.json',
  },
  { name: 'profile GM0363', path: '/api/v1/regions/GM0363/profile', file: 'profile.json' },
] as const;

interface Load {
  requestsPerSecond: number;
  p99Ms: number;
  p50Ms: number;
  non2xx: number;
  errors: number;
}

async function load(url: string, headers: Record<string, string> = {}): Promise<Load> {
  if (new URL(url).hostname !== '127.0.0.1') throw new Error(`weigering: ${url} is niet 127.0.0.1`);
  const options = { url, connections: settings.connections, headers };
  if (settings.warmupSeconds > 0)
    await autocannon({ ...options, duration: settings.warmupSeconds });
  const r = await autocannon({ ...options, duration: settings.seconds });
  return {
    requestsPerSecond: Math.round(r.requests.average),
    p99Ms: r.latency.p99,
    p50Ms: r.latency.p50,
    non2xx: r.non2xx,
    errors: r.errors,
  };
}

async function openPrepared(database: PreparedDatabase): Promise<Database> {
  const env = database.env;
  return env.BENCH_DB_KIND === 'pglite'
    ? openDatabase({ dataDir: env.BENCH_DB_DIR! })
    : openDatabase({ url: env.BENCH_DB_URL!, schema: env.BENCH_DB_SCHEMA! });
}

/** Imports the data folder twice (the second changes nothing) and returns both times in seconds. */
async function timeImport(database: PreparedDatabase) {
  const db = await openPrepared(database);
  try {
    await migrate(db);
    const options = { origin: 'cli' as const, clock: () => new Date(), progress: silentProgress };
    const first = await importStatistics(db, settings.dataDir, options);
    const again = await importStatistics(db, settings.dataDir, options);
    return {
      firstSeconds: first.milliseconds / 1000,
      derivationSeconds: first.derived.milliseconds / 1000,
      againSeconds: again.milliseconds / 1000,
      observations: first.observations.created,
      indicatorValues: first.derived.indicatorValues,
    };
  } finally {
    await db.close();
  }
}

async function benchDatabase(database: PreparedDatabase) {
  const imported = await timeImport(database);
  console.log(
    `${database.label}: import ${imported.firstSeconds.toFixed(1)} s (waarvan vergelijkingen ${imported.derivationSeconds.toFixed(1)} s), opnieuw ${imported.againSeconds.toFixed(1)} s — doel ≤ ${targets.importSeconds} s: ${imported.firstSeconds <= targets.importSeconds ? 'PASS' : 'MISS'}`,
  );
  const staticDir = await mkdtemp(join(tmpdir(), 'weerbaar-bench-static-'));
  const account = newBenchAccount();
  const server = await startServerChild({
    database,
    account,
    extraEnv: { BENCH_PUBLIC_STATISTICS: 'true', BENCH_STATIC_DIR: staticDir },
  });
  const rows = [];
  try {
    const cookie = await signIn(server, account);
    for (const endpoint of endpoints) {
      const response = await fetch(`${server.baseUrl}${endpoint.path}`);
      const bytes = new Uint8Array(await response.arrayBuffer());
      if (response.status !== 200) throw new Error(`${endpoint.path}: HTTP ${response.status}`);
      await writeFile(join(staticDir, endpoint.file), bytes);
      const gzip = await fetch(`${server.baseUrl}${endpoint.path}`, {
        headers: { 'Accept-Encoding': 'gzip' },
      });
      // fetch decodes the body; the header tells the bytes that crossed the wire.
      const gzipBytes = Number(gzip.headers.get('content-length'));
      await gzip.arrayBuffer();
      const api = await load(`${server.baseUrl}${endpoint.path}`);
      const file = await load(`${server.baseUrl}/bench-static/${endpoint.file}`);
      const signedIn = await load(`${server.baseUrl}${endpoint.path}`, { cookie });
      const ratio = api.requestsPerSecond / file.requestsPerSecond;
      const verdict =
        ratio >= targets.ratioToStatic && api.p99Ms <= targets.p99Ms ? 'PASS' : 'MISS';
      rows.push({
        endpoint: endpoint.name,
        bytes: bytes.byteLength,
        gzipBytes,
        api,
        staticFile: file,
        signedIn,
        ratio,
        verdict,
      });
      console.log(
        `  ${endpoint.name.padEnd(15)} ${String(bytes.byteLength).padStart(8)} B (gzip ${gzipBytes} B) | API ${api.requestsPerSecond} req/s p99 ${api.p99Ms} ms | statisch bestand ${file.requestsPerSecond} req/s p99 ${file.p99Ms} ms | verhouding ${ratio.toFixed(2)} | ingelogd ${signedIn.requestsPerSecond} req/s p99 ${signedIn.p99Ms} ms | ${verdict}`,
      );
    }
  } finally {
    await server.stop();
    await rm(staticDir, { recursive: true, force: true });
  }
  return { database: database.kind, import: imported, endpoints: rows };
}

async function main(): Promise<void> {
  if (!existsSync(join(settings.dataDir, 'README.md'))) {
    console.log(
      `Statistiekbenchmark overgeslagen: geen datamap in ${settings.dataDir} (BENCH_DATA_DIR).`,
    );
    return;
  }
  console.log(
    `Statistiekbenchmark: ${settings.connections} verbindingen, ${settings.seconds} s per meting; data uit ${settings.dataDir}`,
  );
  const results = [];
  for (const name of settings.databases) {
    if (name === 'postgresql') {
      const why = await postgresUnreachable(settings.databaseUrl);
      if (why) {
        console.log(`PostgreSQL overgeslagen: ${why}`);
        continue;
      }
    }
    const database =
      name === 'pglite' ? await preparePglite() : await preparePostgres(settings.databaseUrl);
    try {
      results.push(await benchDatabase(database));
    } finally {
      await database.dispose();
    }
  }
  const dir = join(repoRoot, 'bench/results');
  await mkdir(dir, { recursive: true });
  const file = join(dir, `statistics-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  await writeFile(file, JSON.stringify({ settings, targets, results }, null, 2));
  console.log(`Resultaten: ${file}`);
}

await main();
