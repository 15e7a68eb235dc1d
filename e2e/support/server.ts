// SPDX-License-Identifier: EUPL-1.2
import { spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { repoRoot } from './paths';

/** A running Weerbaar server in its own process, with its own PGlite database and demo data. */
export interface RunningServer {
  /** `http://127.0.0.1:PORT`, without a trailing slash. */
  url: string;
  /** The folder with the database (db/) and generated files such as the master key (var/). */
  dir: string;
  /** Everything the process wrote so far, for failure messages. */
  output(): string;
  /** Stops the process; the folder is removed unless `keepData` is set. */
  stop(options?: { keepData?: boolean }): Promise<void>;
}

/**
 * Preloaded into the server process: it exits when the test worker that started it is gone
 * (the process gets a new parent), so a killed worker never leaves a server running.
 */
const exitWithParent = `data:text/javascript,${encodeURIComponent(
  'const parent = process.ppid; setInterval(() => { if (process.ppid !== parent) process.exit(1); }, 500).unref();',
)}`;

/** A TCP port that was free a moment ago (the server gets it as PORT). */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  if (!address || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

async function waitForHealth(url: string, child: ChildProcess, output: () => string) {
  // A first start that imports the open data (WEERBAAR_DATA_DIR) takes a while before it listens.
  const deadline = Date.now() + 150_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`server exited with ${child.exitCode}:\n${output()}`);
    }
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`server did not answer /api/health within 60 s:\n${output()}`);
}

/** Ends the whole process group (tsx may start helpers) and waits until the server has exited. */
async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-(child.pid as number), name);
    } catch {
      // Already gone.
    }
  };
  signal('SIGTERM');
  const timer = setTimeout(() => signal('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

/**
 * Starts `node bin/weerbaar.js serve` on 127.0.0.1 with demo mode on and outgoing mail to
 * `smtpUrl` (none when unset). The database is a copy of `template` (see `seedTemplate`), or
 * a new one. The working directory is the temp folder, so a developer's .env never leaks in.
 */
export async function startServer({
  smtpUrl,
  template,
  dataDir,
}: {
  smtpUrl?: string;
  template?: string;
  /** A data folder the first start imports (WEERBAAR_DATA_DIR). */
  dataDir?: string;
}): Promise<RunningServer> {
  const dir = await mkdtemp(join(tmpdir(), 'weerbaar-e2e-'));
  if (template) await cp(template, dir, { recursive: true });
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: 'development',
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_URL: url,
    WEERBAAR_DB_DIR: join(dir, 'db'),
    WEERBAAR_VAR_DIR: join(dir, 'var'),
    WEERBAAR_DEMO: 'true',
    SMTP_URL: smtpUrl ?? '',
    MAIL_FROM: 'weerbaar@e2e.test',
    LOG_LEVEL: 'warn',
    // Every test signs in from 127.0.0.1; the limit itself is covered by the HTTP tests.
    SIGN_IN_RATE_LIMIT: '1000',
    ...(dataDir ? { WEERBAAR_DATA_DIR: dataDir } : {}),
  };
  const args = ['--import', exitWithParent, join(repoRoot, 'bin/weerbaar.js'), 'serve'];
  const child = spawn(process.execPath, args, {
    cwd: dir,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const output = () => log;
  // A test worker that exits without running afterAll must not leave a server behind.
  const killOnExit = () => {
    if (child.pid === undefined || child.exitCode !== null) return;
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  };
  process.once('exit', killOnExit);

  try {
    await waitForHealth(url, child, output);
  } catch (error) {
    await stopProcess(child);
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    url,
    dir,
    output,
    stop: async ({ keepData = false } = {}) => {
      process.off('exit', killOnExit);
      await stopProcess(child);
      if (!keepData) await rm(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Creates a database with migrations applied and demo data seeded, and returns its folder.
 * Creating a PGlite database takes most of a server's start-up; each test file starts from
 * a copy of this one instead, which keeps files isolated (sign-ins, TOTP steps, audit log).
 */
export async function seedTemplate(dataDir?: string): Promise<string> {
  const server = await startServer(dataDir ? { dataDir } : {});
  await server.stop({ keepData: true });
  return server.dir;
}
