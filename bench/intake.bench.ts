// SPDX-License-Identifier: EUPL-1.2
/**
 * Meldpunt intake benchmark (`npm run bench`, after the HTTP benchmark): POST /api/v1/reports
 * with BENCH_CONNECTIONS (50) concurrent clients against the real app in a child process, on
 * PGlite and PostgreSQL. Each request validates, encrypts with a fresh case key, inserts the
 * case, its history and the audit event in one transaction. On PostgreSQL it also measures a
 * bare insert of the same row (same sealed sizes, no HTTP, no audit) for the ratio.
 * Target: ≥ 300 intakes/s on PostgreSQL. Writes bench/results/intake-<timestamp>.json.
 * BENCH_CPU_PROF_DIR writes a V8 CPU profile of the server per database.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus } from 'node:os';
import { join, resolve } from 'node:path';

import autocannon from 'autocannon';
import pg from 'pg';

import {
  newBenchAccount,
  postgresUnreachable,
  preparePglite,
  preparePostgres,
  signIn,
  startServerChild,
  withDefaultUser,
  type PreparedDatabase,
} from './harness';

const seconds = Number(process.env.BENCH_SECONDS ?? '10');
const connections = Number(process.env.BENCH_CONNECTIONS ?? '50');
const databaseUrl = withDefaultUser(
  process.env.BENCH_DATABASE_URL || 'postgres://127.0.0.1:5432/test',
);
const databases = (process.env.BENCH_DATABASES || 'pglite,postgresql')
  .split(',')
  .map((d) => d.trim());
const targetPerSecond = 300;
const cpuProfileDir = process.env.BENCH_CPU_PROF_DIR
  ? resolve(process.env.BENCH_CPU_PROF_DIR)
  : null;

const body = JSON.stringify({
  submit: true,
  category: 'threat',
  channel: 'social_media',
  targetRole: 'raadslid',
  content: {
    description: 'Benchmark: bedreigend bericht via sociale media na de raadsvergadering.',
    familyInvolved: false,
  },
});

interface IntakeResult {
  database: string;
  requestsPerSecond: number;
  latencyP99Ms: number;
  non2xx: number;
  errors: number;
  bareInsertsPerSecond: number | null;
  target: 'PASS' | 'MISS' | null;
}

/** Inserts copies of the last filed row with `connections` concurrent clients for `seconds`. */
async function bareInserts(database: PreparedDatabase): Promise<number> {
  const pool = new pg.Pool({ connectionString: database.env.BENCH_DB_URL, max: connections });
  pool.on(
    'connect',
    (client) =>
      void client.query(`set search_path to "${database.env.BENCH_DB_SCHEMA ?? 'public'}"`),
  );
  try {
    const [template] = (await pool.query('select * from report order by created_at desc limit 1'))
      .rows as Record<string, unknown>[];
    if (!template) return 0;
    const columns = [
      'organisation_id',
      'reporter_sealed',
      'reporter_index',
      'on_behalf',
      'category',
      'channel',
      'target_role',
      'line',
      'confidentiality',
      'workflow',
      'status',
      'step_entered_at',
      'key_wrapped',
      'content_sealed',
      'created_at',
      'updated_at',
    ];
    let n = 0;
    const until = Date.now() + seconds * 1000;
    const worker = async () => {
      while (Date.now() < until) {
        n += 1;
        await pool.query(
          `insert into report (reference, ${columns.join(', ')}) values ($1, ${columns.map((_, i) => `$${i + 2}`).join(', ')})`,
          [
            `M-1999-${String(n).padStart(6, '0')}${Math.random().toString().slice(2, 6)}`,
            ...columns.map((c) => template[c]),
          ],
        );
      }
    };
    await Promise.all(Array.from({ length: connections }, worker));
    return n / seconds;
  } finally {
    await pool.end();
  }
}

async function run(database: PreparedDatabase): Promise<IntakeResult> {
  const account = newBenchAccount();
  const server = await startServerChild({
    database,
    account,
    // BENCH_CPU_PROF_DIR: a V8 CPU profile of the server (summarise with bench/profile-summary.ts).
    nodeFlags: cpuProfileDir
      ? ['--cpu-prof', `--cpu-prof-dir=${join(cpuProfileDir, database.kind)}`]
      : [],
  });
  try {
    const cookie = await signIn(server, account);
    const session = (await (
      await fetch(`${server.baseUrl}/api/v1/session`, { headers: { cookie } })
    ).json()) as { csrfToken: string };
    const headers = {
      cookie,
      'x-csrf-token': session.csrfToken,
      'content-type': 'application/json',
    };
    const url = `${server.baseUrl}/api/v1/reports`;
    console.log(`${database.label}: ${seconds} s intake met ${connections} verbindingen…`);
    await autocannon({ url, method: 'POST', body, headers, connections, duration: 2 });
    const result = await autocannon({
      url,
      method: 'POST',
      body,
      headers,
      connections,
      duration: seconds,
    });
    const bare = database.kind === 'postgresql' ? await bareInserts(database) : null;
    return {
      database: database.kind,
      requestsPerSecond: Math.round(result.requests.average),
      latencyP99Ms: result.latency.p99,
      non2xx: result.non2xx,
      errors: result.errors,
      bareInsertsPerSecond: bare === null ? null : Math.round(bare),
      target:
        database.kind === 'postgresql'
          ? result.requests.average >= targetPerSecond
            ? 'PASS'
            : 'MISS'
          : null,
    };
  } finally {
    await server.stop();
    await database.dispose();
  }
}

async function main(): Promise<number> {
  const results: IntakeResult[] = [];
  console.log(
    `Weerbaar intake-benchmark: ${availableParallelism()} cores (${cpus()[0]?.model ?? 'onbekend'})`,
  );
  for (const name of databases) {
    if (name === 'postgresql') {
      const unreachable = await postgresUnreachable(databaseUrl);
      if (unreachable) {
        console.log(`PostgreSQL overgeslagen: ${unreachable}`);
        continue;
      }
      results.push(await run(await preparePostgres(databaseUrl)));
    } else results.push(await run(await preparePglite()));
  }
  console.table(
    results.map((r) => ({
      database: r.database,
      'intakes/s': r.requestsPerSecond,
      'p99 ms': r.latencyP99Ms,
      'niet-2xx': r.non2xx,
      'kale inserts/s': r.bareInsertsPerSecond ?? '—',
      verhouding: r.bareInsertsPerSecond
        ? (r.requestsPerSecond / r.bareInsertsPerSecond).toFixed(2)
        : '—',
      [`doel ≥ ${targetPerSecond}/s`]: r.target ?? '—',
    })),
  );
  const dir = resolve(import.meta.dirname, 'results');
  await mkdir(dir, { recursive: true });
  const file = join(dir, `intake-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  await writeFile(
    file,
    `${JSON.stringify({ benchmark: 'intake', seconds, connections, results }, null, 2)}\n`,
  );
  console.log(`resultaten: ${file}`);
  return results.some((r) => r.errors > 0 || r.non2xx > 0) ? 1 : 0;
}

process.exitCode = await main();
setTimeout(() => process.exit(), 5_000).unref();
