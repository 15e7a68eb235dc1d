// SPDX-License-Identifier: EUPL-1.2
/**
 * HTTP benchmark: `npm run bench`. For PGlite (a temporary folder on disk) and PostgreSQL
 * (BENCH_DATABASE_URL, a fresh schema) it boots the real app in a child process, signs in over
 * HTTP and loads GET /api/health and the authenticated GET /api/v1/me with autocannon from this
 * process. Prints a table with the targets and writes bench/results/http-<timestamp>.json.
 * Missed targets are reported, not failed: the exit code is non-zero only when something crashed.
 *
 * Settings (environment): BENCH_SECONDS (10), BENCH_WARMUP_SECONDS (3), BENCH_CONNECTIONS (50),
 * BENCH_DATABASE_URL (postgres://127.0.0.1:5432/test), BENCH_DATABASES (pglite,postgresql),
 * BENCH_QUIET_WAIT_SECONDS (60: how long to wait for other work on the machine to finish before a
 * run), BENCH_POOL_SIZE (20), BENCH_LOG_LEVEL (silent), BENCH_CPU_PROF_DIR (write a V8 CPU profile
 * of the app server during each measured run there, <database>-<endpoint>.cpuprofile).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';

import autocannon from 'autocannon';

import {
  commandCpuSeconds,
  cpuSecondsBetween,
  machineBusyPercent,
  machineBusySeconds,
  newBenchAccount,
  postgresUnreachable,
  preparePglite,
  preparePostgres,
  processCpuSeconds,
  signIn,
  startServerChild,
  type PreparedDatabase,
  type ServerChild,
  withDefaultUser,
} from './harness';
import type { BenchDatabaseKind } from './protocol';

type Endpoint = 'health' | 'me';

interface Target {
  minRequestsPerSecond: number;
  /** The databases the target applies to. */
  databases: readonly BenchDatabaseKind[];
}

const targets: Record<Endpoint, Target> = {
  health: { minRequestsPerSecond: 5_000, databases: ['pglite', 'postgresql'] },
  me: { minRequestsPerSecond: 1_500, databases: ['postgresql'] },
};

const paths: Record<Endpoint, string> = { health: '/api/health', me: '/api/v1/me' };

/** Other work above this share of one core during a run marks the run as contended (noisy). */
const contendedShare = 0.25;

/** Above this share of all cores taken by other work, a run waits (see BENCH_QUIET_WAIT_SECONDS). */
const quietBusyPercent = 20;

/** Where the CPU went during a run, in % of one core (100 = one core fully busy); null where unknown. */
interface CpuShares {
  server: number | null;
  /** PostgreSQL backends on this machine (idle for PGlite). */
  postgres: number | null;
  /** This process: autocannon. */
  loadGenerator: number;
  /** Everything else on the machine: other work that competed with the benchmark. */
  other: number | null;
}

interface RunResult {
  database: BenchDatabaseKind;
  endpoint: Endpoint;
  path: string;
  requestsPerSecond: number;
  requestsTotal: number;
  latencyAverageMs: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  latencyMaxMs: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  statusCodes: Record<string, number>;
  /** How busy the machine was just before the run, in % of all cores. */
  machineBusyBeforePercent: number | null;
  cpu: CpuShares;
  /**
   * CPU time per request in microseconds: steadier than req/s on a shared or virtual machine,
   * and the figure to compare when judging a change.
   */
  cpuMicrosPerRequest: { server: number | null; postgres: number | null };
  durationSeconds: number;
  /** The V8 CPU profile of the server during this run (BENCH_CPU_PROF_DIR); profiling slows it down a little. */
  cpuProfile: string | null;
  /** Every response was a 200 and there were no connection errors. */
  clean: boolean;
  /** Other work took more than a quarter core during the run: the figures are too low. */
  contended: boolean;
  target: { minRequestsPerSecond: number; verdict: 'PASS' | 'MISS' } | null;
}

interface DatabaseOutcome {
  database: BenchDatabaseKind;
  status: 'measured' | 'skipped' | 'crashed';
  note?: string;
  meOverHealth?: number;
}

function numberSetting(name: string, fallback: number, min: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min)
    throw new Error(`${name}=${raw} is geen getal ≥ ${min}`);
  return value;
}

const settings = {
  seconds: numberSetting('BENCH_SECONDS', 10, 1),
  warmupSeconds: numberSetting('BENCH_WARMUP_SECONDS', 3, 0),
  connections: Math.round(numberSetting('BENCH_CONNECTIONS', 50, 1)),
  quietWaitSeconds: numberSetting('BENCH_QUIET_WAIT_SECONDS', 60, 0),
  databaseUrl: withDefaultUser(process.env.BENCH_DATABASE_URL || 'postgres://127.0.0.1:5432/test'),
  databases: (process.env.BENCH_DATABASES || 'pglite,postgresql')
    .split(',')
    .map((name) => name.trim()),
  cpuProfileDir: process.env.BENCH_CPU_PROF_DIR ? resolve(process.env.BENCH_CPU_PROF_DIR) : null,
};

for (const name of settings.databases) {
  if (name !== 'pglite' && name !== 'postgresql')
    throw new Error(`BENCH_DATABASES kent ${name} niet (pglite, postgresql)`);
}

function load(
  url: string,
  seconds: number,
  headers: Record<string, string>,
): Promise<autocannon.Result> {
  // The benchmark loads only the server it started itself.
  if (new URL(url).hostname !== '127.0.0.1') throw new Error(`weigering: ${url} is niet 127.0.0.1`);
  return autocannon({ url, connections: settings.connections, duration: seconds, headers });
}

/** Waits (up to BENCH_QUIET_WAIT_SECONDS) until other work leaves the machine; returns how busy it was. */
async function waitForQuietMachine(): Promise<number | null> {
  const deadline = Date.now() + settings.quietWaitSeconds * 1000;
  let busy = await machineBusyPercent();
  if (busy === null || busy <= quietBusyPercent) return busy;
  console.log(
    `  de machine is ${busy}% bezet door ander werk; wachten (hooguit ${settings.quietWaitSeconds} s) tot het rustig is…`,
  );
  while (busy !== null && busy > quietBusyPercent && Date.now() < deadline)
    busy = await machineBusyPercent();
  if (busy !== null && busy > quietBusyPercent)
    console.log(`  nog ${busy}% bezet; toch gemeten, de cijfers vallen lager uit`);
  return busy;
}

function microsPerRequest(seconds: number | null, requests: number): number | null {
  return seconds === null || requests === 0 ? null : Math.round((seconds / requests) * 1e6);
}

function percentOfCore(seconds: number | null, wallSeconds: number): number | null {
  return seconds === null ? null : Math.round((seconds / wallSeconds) * 100);
}

async function measure(
  server: ServerChild,
  database: BenchDatabaseKind,
  endpoint: Endpoint,
  cookie: string,
): Promise<RunResult> {
  const url = `${server.baseUrl}${paths[endpoint]}`;
  const headers: Record<string, string> = endpoint === 'me' ? { cookie } : {};
  const busyBefore = await waitForQuietMachine();
  if (settings.warmupSeconds > 0) await load(url, settings.warmupSeconds, headers);

  const profileFile = settings.cpuProfileDir
    ? join(settings.cpuProfileDir, `${database}-${endpoint}.cpuprofile`)
    : null;
  if (profileFile) await server.control({ command: 'profile-start' });
  const before = {
    server: await processCpuSeconds(server.ready.pid),
    postgres: await commandCpuSeconds('postgres'),
    machine: await machineBusySeconds(),
    self: process.cpuUsage(),
  };
  const wallBefore = performance.now();
  const result = await load(url, settings.seconds, headers);
  const wallSeconds = (performance.now() - wallBefore) / 1000;
  if (profileFile) await server.control({ command: 'profile-stop', file: profileFile });
  const self = process.cpuUsage(before.self);
  const after = {
    server: await processCpuSeconds(server.ready.pid),
    postgres: await commandCpuSeconds('postgres'),
    machine: await machineBusySeconds(),
  };

  const serverSeconds =
    before.server !== null && after.server !== null ? after.server - before.server : null;
  const postgresSeconds = cpuSecondsBetween(before.postgres, after.postgres);
  const selfSeconds = (self.user + self.system) / 1e6;
  const machineSeconds =
    before.machine !== null && after.machine !== null ? after.machine - before.machine : null;
  const otherSeconds =
    machineSeconds !== null && serverSeconds !== null
      ? Math.max(0, machineSeconds - serverSeconds - postgresSeconds - selfSeconds)
      : null;

  const statusCodes = Object.fromEntries(
    Object.entries(result.statusCodeStats ?? {}).map(([code, stats]) => [code, stats.count ?? 0]),
  );
  const notOk = Object.entries(statusCodes).reduce(
    (sum, [code, count]) => sum + (code === '200' ? 0 : count),
    0,
  );
  const target = targets[endpoint];
  return {
    database,
    endpoint,
    path: paths[endpoint],
    requestsPerSecond: result.requests.average,
    requestsTotal: result.requests.total,
    latencyAverageMs: result.latency.average,
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    latencyMaxMs: result.latency.max,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    statusCodes,
    machineBusyBeforePercent: busyBefore,
    cpu: {
      server: percentOfCore(serverSeconds, wallSeconds),
      postgres: percentOfCore(postgresSeconds, wallSeconds),
      loadGenerator: percentOfCore(selfSeconds, wallSeconds) ?? 0,
      other: percentOfCore(otherSeconds, wallSeconds),
    },
    cpuMicrosPerRequest: {
      server: microsPerRequest(serverSeconds, result.requests.total),
      postgres:
        database === 'postgresql' ? microsPerRequest(postgresSeconds, result.requests.total) : null,
    },
    durationSeconds: result.duration,
    cpuProfile: profileFile,
    clean:
      result.non2xx === 0 &&
      notOk === 0 &&
      result.errors === 0 &&
      result.timeouts === 0 &&
      result.requests.total > 0,
    contended: otherSeconds !== null && otherSeconds / wallSeconds > contendedShare,
    target: target.databases.includes(database)
      ? {
          minRequestsPerSecond: target.minRequestsPerSecond,
          verdict: result.requests.average >= target.minRequestsPerSecond ? 'PASS' : 'MISS',
        }
      : null,
  };
}

async function benchDatabase(
  database: PreparedDatabase,
  results: RunResult[],
): Promise<DatabaseOutcome> {
  const account = newBenchAccount();
  let server: ServerChild | null = null;
  try {
    console.log(`\n${database.label}: app-server starten (migraties, organisatie en account)…`);
    server = await startServerChild({ database, account });
    const cookie = await signIn(server, account);
    console.log(`${database.label}: ingelogd; server pid ${server.ready.pid} op ${server.baseUrl}`);
    const measured: Partial<Record<Endpoint, RunResult>> = {};
    for (const endpoint of ['health', 'me'] as const) {
      console.log(
        `${database.label}: ${paths[endpoint]}: ${settings.warmupSeconds} s opwarmen, ${settings.seconds} s meten, ${settings.connections} verbindingen`,
      );
      const result = await measure(server, database.kind, endpoint, cookie);
      measured[endpoint] = result;
      results.push(result);
    }
    const { health, me } = measured;
    return {
      database: database.kind,
      status: 'measured',
      ...(health && me && health.requestsPerSecond > 0
        ? { meOverHealth: me.requestsPerSecond / health.requestsPerSecond }
        : {}),
    };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`${database.label}: mislukt: ${message}`);
    return { database: database.kind, status: 'crashed', note: message };
  } finally {
    await server?.stop();
    await database
      .dispose()
      .catch((error: unknown) =>
        console.error(`${database.label}: opruimen mislukt: ${String(error)}`),
      );
  }
}

function formatNumber(value: number, digits = 0): string {
  return value.toLocaleString('en-US', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

function formatMicros(value: number | null): string {
  return value === null ? '—' : formatNumber(value);
}

function formatPercent(value: number | null): string {
  return value === null ? '?' : `${value}%`;
}

function printTable(results: RunResult[], outcomes: DatabaseOutcome[]): void {
  const columns: { title: string; numeric: boolean; cell: (r: RunResult) => string }[] = [
    { title: 'database', numeric: false, cell: (r) => r.database },
    { title: 'endpoint', numeric: false, cell: (r) => r.path },
    { title: 'req/s (avg)', numeric: true, cell: (r) => formatNumber(r.requestsPerSecond) },
    { title: 'p99 (ms)', numeric: true, cell: (r) => formatNumber(r.latencyP99Ms) },
    { title: 'non-2xx', numeric: true, cell: (r) => formatNumber(r.non2xx) },
    { title: 'errors', numeric: true, cell: (r) => formatNumber(r.errors) },
    { title: 'CPU srv', numeric: true, cell: (r) => formatPercent(r.cpu.server) },
    { title: 'CPU pg', numeric: true, cell: (r) => formatPercent(r.cpu.postgres) },
    { title: 'CPU load', numeric: true, cell: (r) => formatPercent(r.cpu.loadGenerator) },
    { title: 'CPU other', numeric: true, cell: (r) => formatPercent(r.cpu.other) },
    { title: 'µs/req srv', numeric: true, cell: (r) => formatMicros(r.cpuMicrosPerRequest.server) },
    {
      title: 'µs/req pg',
      numeric: true,
      cell: (r) => formatMicros(r.cpuMicrosPerRequest.postgres),
    },
    {
      title: 'target',
      numeric: false,
      cell: (r) => (r.target ? `≥ ${formatNumber(r.target.minRequestsPerSecond)}` : '—'),
    },
    { title: 'verdict', numeric: false, cell: (r) => r.target?.verdict ?? '—' },
    {
      title: 'check',
      numeric: false,
      cell: (r) =>
        [
          r.clean ? 'ok' : 'FLAGGED: not every response was 200',
          r.contended ? 'noisy: other work ran' : '',
        ]
          .filter(Boolean)
          .join('; '),
    },
  ];
  const rows = results.map((r) => columns.map((column) => column.cell(r)));
  const widths = columns.map((column, index) =>
    Math.max(column.title.length, ...rows.map((row) => (row[index] ?? '').length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, index) =>
        columns[index]?.numeric
          ? cell.padStart(widths[index] ?? 0)
          : cell.padEnd(widths[index] ?? 0),
      )
      .join('  ')
      .trimEnd();
  console.log(`\n${line(columns.map((column) => column.title))}`);
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of rows) console.log(line(row));
  console.log(
    [
      `CPU: % of one core during the measured run (this machine has ${availableParallelism()} cores) used by the`,
      'app server (srv), PostgreSQL (pg), autocannon (load) and other work (other: it lowers the figures).',
      'µs/req: CPU time per request; steadier than req/s on a shared machine, so compare changes by it.\n',
    ].join('\n'),
  );
  for (const outcome of outcomes) {
    if (outcome.status === 'measured') {
      const ratio =
        outcome.meOverHealth === undefined ? '?' : formatNumber(outcome.meOverHealth, 2);
      console.log(`${outcome.database}: /me ÷ /health = ${ratio} (req/s)`);
    } else {
      console.log(
        `${outcome.database}: ${outcome.status === 'skipped' ? 'SKIPPED' : 'CRASHED'}: ${outcome.note ?? ''}`,
      );
    }
  }
  console.log(
    `targets: /api/health ≥ ${formatNumber(targets.health.minRequestsPerSecond)} req/s (each database); ` +
      `/api/v1/me ≥ ${formatNumber(targets.me.minRequestsPerSecond)} req/s on PostgreSQL`,
  );
  const contended = results.filter((r) => r.contended).length;
  if (contended > 0) {
    console.log(
      `note: ${contended} of ${results.length} runs shared the machine with other work; rerun when it is quiet`,
    );
  }
}

async function main(): Promise<number> {
  const startedAt = new Date();
  const results: RunResult[] = [];
  const outcomes: DatabaseOutcome[] = [];
  if (settings.cpuProfileDir) await mkdir(settings.cpuProfileDir, { recursive: true });
  console.log(
    `Weerbaar HTTP-benchmark: ${settings.seconds} s per endpoint, ${settings.connections} verbindingen, ` +
      `node ${process.version}, ${availableParallelism()} cores (${cpus()[0]?.model ?? 'onbekend'})`,
  );

  for (const name of settings.databases) {
    if (name === 'pglite') {
      outcomes.push(await benchDatabase(await preparePglite(), results));
      continue;
    }
    const unreachable = await postgresUnreachable(settings.databaseUrl);
    if (unreachable) {
      const note = `PostgreSQL at ${new URL(settings.databaseUrl).host} is unreachable (${unreachable}); set BENCH_DATABASE_URL to measure it`;
      console.log(`\nPostgreSQL: overgeslagen: ${note}`);
      outcomes.push({ database: 'postgresql', status: 'skipped', note });
      continue;
    }
    outcomes.push(await benchDatabase(await preparePostgres(settings.databaseUrl), results));
  }

  printTable(results, outcomes);

  const dir = resolve(import.meta.dirname, 'results');
  await mkdir(dir, { recursive: true });
  const file = join(dir, `http-${startedAt.toISOString().replace(/[:.]/g, '-')}.json`);
  const report = {
    benchmark: 'http',
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    environment: {
      node: process.version,
      cores: availableParallelism(),
      cpu: cpus()[0]?.model ?? null,
      loadAverage: loadavg(),
    },
    settings: {
      seconds: settings.seconds,
      warmupSeconds: settings.warmupSeconds,
      connections: settings.connections,
      databases: settings.databases,
      postgresHost: new URL(settings.databaseUrl).host,
      poolSize: Number(process.env.BENCH_POOL_SIZE ?? '20'),
      logLevel: process.env.BENCH_LOG_LEVEL ?? 'silent',
      cpuProfileDir: settings.cpuProfileDir,
    },
    targets,
    results,
    databases: outcomes,
  };
  await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nresultaten: ${file}`);
  if (settings.cpuProfileDir)
    console.log(`CPU-profielen (alleen de gemeten runs): ${settings.cpuProfileDir}`);

  return outcomes.some((outcome) => outcome.status === 'crashed') ? 1 : 0;
}

process.exitCode = await main();
// Stop even if some library left a handle open; the timer itself keeps nothing alive.
setTimeout(() => process.exit(), 5_000).unref();
