// SPDX-License-Identifier: EUPL-1.2
/**
 * Plumbing of the HTTP benchmark: the app-server child process, the database it runs on, and the
 * sign-in over HTTP that yields a session cookie. Everything talks to 127.0.0.1 only.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';

import pg from 'pg';

import { currentTotpCode, newTotpSecret } from '../server/src/accounts/totp';

import {
  isControlReply,
  isReadyMessage,
  type BenchDatabaseKind,
  type ControlCommand,
  type ReadyMessage,
  type ServerProcessEnv,
} from './protocol';

export const repoRoot = resolve(import.meta.dirname, '..');
const host = '127.0.0.1';

export interface BenchAccount {
  email: string;
  password: string;
  totpSecret: string;
}

export function newBenchAccount(): BenchAccount {
  return {
    email: `bench-${randomBytes(4).toString('hex')}@bench.weerbaar.test`,
    password: `Bench-${randomBytes(18).toString('base64url')}`,
    totpSecret: newTotpSecret(),
  };
}

/** A database prepared for one child: its environment, and how to remove it afterwards. */
export interface PreparedDatabase {
  kind: BenchDatabaseKind;
  label: string;
  env: Pick<
    ServerProcessEnv,
    'BENCH_DB_KIND' | 'BENCH_DB_DIR' | 'BENCH_DB_URL' | 'BENCH_DB_SCHEMA'
  >;
  dispose(): Promise<void>;
}

/** PGlite in a fresh folder under the system temp folder (on disk, like a real installation). */
export async function preparePglite(): Promise<PreparedDatabase> {
  const dir = await mkdtemp(join(tmpdir(), 'weerbaar-bench-'));
  return {
    kind: 'pglite',
    label: 'PGlite',
    env: { BENCH_DB_KIND: 'pglite', BENCH_DB_DIR: join(dir, 'db') },
    dispose: leftBehindUnless(() => rm(dir, { recursive: true, force: true })),
  };
}

/** Why a PostgreSQL server cannot be used, or null when it answers. */
export async function postgresUnreachable(url: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('select 1');
    return null;
  } catch (error) {
    return error instanceof Error ? error.message || error.name : String(error);
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * The URL with user `postgres` filled in when it names none and the environment gives no default
 * (without USER node-postgres sends no user name at all); the same rule as server/test/test-db.ts.
 */
export function withDefaultUser(raw: string): string {
  const url = new URL(raw);
  if (!url.username && !process.env.PGUSER && !process.env.USER) url.username = 'postgres';
  return url.toString();
}

/** A fresh schema on the PostgreSQL server, dropped on dispose (like server/test/test-db.ts). */
export async function preparePostgres(url: string): Promise<PreparedDatabase> {
  const schema = `bench_${randomBytes(6).toString('hex')}`;
  await adminQuery(url, `create schema ${schema}`);
  return {
    kind: 'postgresql',
    label: 'PostgreSQL',
    env: { BENCH_DB_KIND: 'postgresql', BENCH_DB_URL: url, BENCH_DB_SCHEMA: schema },
    dispose: leftBehindUnless(() => adminQuery(url, `drop schema if exists ${schema} cascade`)),
  };
}

/** Every child still running, with the promise of its exit; killed on any way out of the parent. */
const children = new Map<ChildProcess, Promise<void>>();

/** Databases not yet disposed, removed when the benchmark is interrupted. */
const pendingDisposals = new Set<() => Promise<void>>();

/** Registers a disposal for an interruption; calling the returned function disposes once. */
function leftBehindUnless(dispose: () => Promise<void>): () => Promise<void> {
  let done: Promise<void> | null = null;
  const once = () => {
    pendingDisposals.delete(once);
    done ??= dispose();
    return done;
  };
  pendingDisposals.add(once);
  return once;
}

function killAllChildren(): void {
  for (const child of children.keys()) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
}

process.on('exit', killAllChildren);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    // Interrupted: stop the servers, then remove their databases (at most 10 s).
    setTimeout(() => process.exit(130), 10_000).unref();
    killAllChildren();
    void Promise.allSettled(children.values())
      .then(() => Promise.allSettled([...pendingDisposals].map((dispose) => dispose())))
      .finally(() => process.exit(130));
  });
}

export interface ServerChild {
  ready: ReadyMessage;
  baseUrl: string;
  /** The last lines the child wrote to stderr, for error messages. */
  stderrTail(): string;
  /** Sends a ControlCommand and waits for the child's reply (an error when it failed). */
  control(command: ControlCommand): Promise<void>;
  /** SIGTERM, wait for a clean exit, SIGKILL after the grace period. */
  stop(): Promise<void>;
}

export interface StartOptions {
  database: PreparedDatabase;
  account: BenchAccount;
  /** Extra node flags for the child. */
  nodeFlags?: string[];
  /** The server script, relative to the repository (default bench/server-process.ts). */
  script?: string;
  extraEnv?: Partial<ServerProcessEnv>;
  timeoutMs?: number;
}

/** Spawns `node bin/run-ts.js bench/server-process.ts` and waits for its ReadyMessage. */
export async function startServerChild(options: StartOptions): Promise<ServerChild> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...options.database.env,
    ...options.extraEnv,
    BENCH_EMAIL: options.account.email,
    BENCH_PASSWORD: options.account.password,
    BENCH_TOTP_SECRET: options.account.totpSecret,
  };
  // The child must not inherit settings meant for a real server.
  delete env.DATABASE_URL;
  delete env.NODE_OPTIONS;
  const child = spawn(
    process.execPath,
    [
      ...(options.nodeFlags ?? []),
      join(repoRoot, 'bin/run-ts.js'),
      join(repoRoot, options.script ?? 'bench/server-process.ts'),
    ],
    {
      cwd: repoRoot,
      env,
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  );
  const exited = new Promise<void>((resolveExit) => child.once('exit', () => resolveExit()));
  children.set(child, exited);
  void exited.then(() => children.delete(child));

  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-4_000);
  });
  const stderrTail = () => stderr.trim();

  // Protocol lines from the child go to whoever waits for one next; anything else (app logs at a
  // chattier BENCH_LOG_LEVEL) is read and dropped, so the pipe never fills up.
  const waiters: ((message: unknown) => void)[] = [];
  createInterface({ input: child.stdout }).on('line', (line) => {
    if (!line.includes('"ready"') && !line.includes('"reply"')) return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      return;
    }
    if (isReadyMessage(parsed) || isControlReply(parsed)) waiters.shift()?.(parsed);
  });
  const nextMessage = <T>(
    accept: (message: unknown) => message is T,
    what: string,
    timeoutMs: number,
  ) =>
    new Promise<T>((resolveMessage, reject) => {
      const onExit = (code: number | null, signal: NodeJS.Signals | null) => {
        clearTimeout(timer);
        reject(
          new Error(
            `het serverproces stopte voortijdig (code ${code ?? '-'}, signaal ${signal ?? '-'})\n${stderrTail()}`,
          ),
        );
      };
      const timer = setTimeout(() => {
        child.off('exit', onExit);
        reject(
          new Error(
            `het serverproces gaf binnen ${timeoutMs / 1000} s geen ${what}\n${stderrTail()}`,
          ),
        );
      }, timeoutMs);
      child.once('exit', onExit);
      waiters.push((message) => {
        clearTimeout(timer);
        child.off('exit', onExit);
        if (accept(message)) resolveMessage(message);
        else
          reject(
            new Error(
              `onverwacht bericht van het serverproces in plaats van ${what}: ${JSON.stringify(message)}`,
            ),
          );
      });
    });

  const ready = await nextMessage(
    isReadyMessage,
    'gereedmelding',
    options.timeoutMs ?? 120_000,
  ).catch(async (error: unknown) => {
    child.kill('SIGKILL');
    await exited;
    throw error;
  });

  return {
    ready,
    baseUrl: `http://${host}:${ready.port}`,
    stderrTail,
    async control(command) {
      const answer = nextMessage(isControlReply, `antwoord op ${command.command}`, 60_000);
      child.stdin.write(`${JSON.stringify(command)}\n`);
      const reply = await answer;
      if (!reply.ok) throw new Error(`${command.command} mislukte: ${reply.error ?? 'onbekend'}`);
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

function ticksOf(stat: string): number {
  // Fields after the command name (which may contain spaces) start at state; utime and stime are 14 and 15.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11]) + Number(fields[12]);
}

/** CPU seconds (user + system) the process has used so far, from /proc; null where unavailable. */
export async function processCpuSeconds(pid: number): Promise<number | null> {
  try {
    const ticks = ticksOf(await readFile(`/proc/${pid}/stat`, 'utf8'));
    return Number.isFinite(ticks) ? ticks / 100 : null;
  } catch {
    return null;
  }
}

/** CPU seconds so far of every process with this command name (e.g. `postgres`), by pid. */
export async function commandCpuSeconds(command: string): Promise<Map<number, number>> {
  const found = new Map<number, number>();
  let entries: string[];
  try {
    entries = (await readdir('/proc')).filter((name) => /^\d+$/.test(name));
  } catch {
    return found;
  }
  await Promise.all(
    entries.map(async (pid) => {
      try {
        const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
        if (stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')) !== command) return;
        const ticks = ticksOf(stat);
        if (Number.isFinite(ticks)) found.set(Number(pid), ticks / 100);
      } catch {
        // The process ended in between.
      }
    }),
  );
  return found;
}

/** CPU seconds used between two commandCpuSeconds() snapshots (processes started in between count from zero). */
export function cpuSecondsBetween(before: Map<number, number>, after: Map<number, number>): number {
  let total = 0;
  for (const [pid, seconds] of after) total += seconds - (before.get(pid) ?? 0);
  return total;
}

/** Busy CPU seconds of the whole machine (all cores) so far, from /proc/stat; null where unavailable. */
export async function machineBusySeconds(): Promise<number | null> {
  const times = await cpuTimes();
  return times ? (times.total - times.idle) / 100 : null;
}

async function cpuTimes(): Promise<{ idle: number; total: number } | null> {
  try {
    const [line] = (await readFile('/proc/stat', 'utf8')).split('\n');
    const ticks = (line ?? '').trim().split(/\s+/).slice(1, 9).map(Number);
    return {
      idle: (ticks[3] ?? 0) + (ticks[4] ?? 0),
      total: ticks.reduce((sum, value) => sum + value, 0),
    };
  } catch {
    return null;
  }
}

/**
 * How busy the whole machine is over the next `ms` milliseconds, in % of all cores; null where
 * unknown. Other work on a 2-core machine halves the figures, so it is measured before each run.
 */
export async function machineBusyPercent(ms = 1_000): Promise<number | null> {
  const before = await cpuTimes();
  await new Promise((resolveWait) => setTimeout(resolveWait, ms));
  const after = await cpuTimes();
  if (!before || !after || after.total === before.total) return null;
  return Math.round(100 - (100 * (after.idle - before.idle)) / (after.total - before.total));
}

function sessionCookieFrom(response: Response, cookieName: string): string | null {
  for (const header of response.headers.getSetCookie()) {
    const [pair] = header.split(';');
    if (pair?.startsWith(`${cookieName}=`) && pair.length > cookieName.length + 1) return pair;
  }
  return null;
}

async function expectStatus(response: Response, status: number, step: string): Promise<void> {
  if (response.status !== status) {
    throw new Error(
      `${step}: HTTP ${response.status} in plaats van ${status}: ${(await response.text()).slice(0, 500)}`,
    );
  }
}

/**
 * Signs in like the web does: password, then the CSRF token from GET /session, then the TOTP
 * code. Returns the Cookie header of the fully signed-in (rotated) session.
 */
export async function signIn(
  server: Pick<ServerChild, 'baseUrl' | 'ready'>,
  account: BenchAccount,
): Promise<string> {
  const { baseUrl } = server;
  const { cookieName } = server.ready;
  const started = await fetch(`${baseUrl}/api/v1/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: account.email, password: account.password }),
  });
  await expectStatus(started, 200, 'POST /api/v1/session');
  const pendingCookie = sessionCookieFrom(started, cookieName);
  if (!pendingCookie) throw new Error('POST /api/v1/session zette geen sessiecookie');

  const session = await fetch(`${baseUrl}/api/v1/session`, { headers: { Cookie: pendingCookie } });
  await expectStatus(session, 200, 'GET /api/v1/session');
  const { csrfToken } = (await session.json()) as { csrfToken?: unknown };
  if (typeof csrfToken !== 'string') throw new Error('GET /api/v1/session gaf geen csrfToken');

  const mfa = await fetch(`${baseUrl}/api/v1/session/mfa`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'X-CSRF-Token': csrfToken,
      Cookie: pendingCookie,
    },
    body: JSON.stringify({ code: currentTotpCode(account.totpSecret, new Date()) }),
  });
  await expectStatus(mfa, 204, 'POST /api/v1/session/mfa');
  const cookie = sessionCookieFrom(mfa, cookieName) ?? pendingCookie;

  const me = await fetch(`${baseUrl}/api/v1/me`, { headers: { Cookie: cookie } });
  await expectStatus(me, 200, 'GET /api/v1/me na inloggen');
  await me.arrayBuffer();
  return cookie;
}
