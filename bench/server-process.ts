// SPDX-License-Identifier: EUPL-1.2
/**
 * The app server of the HTTP benchmark, in a process of its own so the load generator's CPU use
 * does not distort the figures. Started by http.bench.ts with the settings in its environment
 * (see protocol.ts): opens the database, applies the migrations, provisions one organisation and
 * one account with a TOTP secret, serves the real app on 127.0.0.1 at a random port and prints a
 * ReadyMessage. It stops on SIGTERM/SIGINT and when its stdin closes (the parent went away); on
 * stdin it takes ControlCommands to CPU-profile a run.
 */
import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import { tmpdir } from 'node:os';
import { createInterface } from 'node:readline';

import { serve, type ServerType } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';

import { provisionUser } from '../server/src/accounts/provision';
import { findOrganisationByCode, upsertOrganisation } from '../server/src/organisations/store';
import { loadConfig } from '../server/src/platform/config';
import { openDatabase, type Database } from '../server/src/platform/db';
import type { Deps } from '../server/src/platform/deps';
import { createApp } from '../server/src/platform/http/app';
import { cookieName } from '../server/src/platform/http/session-cookie';
import { createLogger } from '../server/src/platform/logger';
import { createMailer } from '../server/src/platform/mailer';
import { resolveKeyring } from '../server/src/platform/master-key';
import { migrate } from '../server/src/platform/migrations';
import { version } from '../server/src/platform/version';

import {
  isControlCommand,
  type ControlReply,
  type ReadyMessage,
  type ServerProcessEnv,
} from './protocol';

let profiler: Session | null = null;

/** Runs one ControlCommand from the parent (CPU profiles of just the measured run) and answers it. */
async function obey(line: string): Promise<void> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    return;
  }
  if (!isControlCommand(parsed)) return;
  const reply: ControlReply = { reply: parsed.command, ok: true };
  try {
    if (parsed.command === 'profile-start') {
      profiler = new Session();
      profiler.connect();
      await profiler.post('Profiler.enable');
      await profiler.post('Profiler.start');
    } else {
      if (!profiler) throw new Error('er loopt geen profiel');
      const { profile } = await profiler.post('Profiler.stop');
      profiler.disconnect();
      profiler = null;
      await writeFile(parsed.file, JSON.stringify(profile));
    }
  } catch (error) {
    reply.ok = false;
    reply.error = error instanceof Error ? error.message : String(error);
  }
  process.stdout.write(`${JSON.stringify(reply)}\n`);
}

function required(name: keyof ServerProcessEnv): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} ontbreekt`);
  return value;
}

async function openBenchDatabase(): Promise<Database> {
  const kind = required('BENCH_DB_KIND');
  if (kind === 'pglite') return openDatabase({ dataDir: required('BENCH_DB_DIR') });
  if (kind !== 'postgresql') throw new Error(`onbekende BENCH_DB_KIND ${kind}`);
  return openDatabase({
    url: required('BENCH_DB_URL'),
    schema: required('BENCH_DB_SCHEMA'),
    poolSize: Number(process.env.BENCH_POOL_SIZE ?? '20'),
  });
}

async function main(): Promise<void> {
  const config = loadConfig({
    NODE_ENV: 'development',
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'silent',
    WEERBAAR_DEMO: 'false',
    // A throw-away key: nothing sealed in this run outlives it, and no key file is written.
    WEERBAAR_MASTER_KEY: randomBytes(32).toString('base64'),
    WEERBAAR_VAR_DIR: tmpdir(),
    WEERBAAR_PUBLIC_STATISTICS: process.env.BENCH_PUBLIC_STATISTICS ?? 'false',
  });
  const logger = createLogger(config.LOG_LEVEL);
  const db = await openBenchDatabase();
  let server: ServerType | null = null;
  let stopping: Promise<void> | null = null;
  const stop = (code: number) => {
    stopping ??= (async () => {
      setTimeout(() => process.exit(code === 0 ? 1 : code), 10_000).unref();
      if (server) {
        const open = server;
        await new Promise<void>((resolve) => {
          open.close(() => resolve());
          if ('closeAllConnections' in open) open.closeAllConnections();
        });
      }
      await db.close();
      process.exit(code);
    })();
    return stopping;
  };
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, () => void stop(0));
  process.stdin.on('end', () => void stop(0));
  createInterface({ input: process.stdin }).on('line', (line) => void obey(line));

  try {
    await migrate(db);
    const deps: Deps = {
      db,
      config,
      logger,
      keys: resolveKeyring(config),
      mailer: createMailer(config.SMTP_URL, config.MAIL_FROM, logger),
      clock: () => new Date(),
      version,
    };
    await db.transaction(async (tx) => {
      await upsertOrganisation(tx, { code: 'GM0358', type: 'gemeente', name: 'Aalsmeer' });
      const organisation = await findOrganisationByCode(tx, 'GM0358');
      if (!organisation) throw new Error('organisatie GM0358 ontbreekt na upsert');
      await provisionUser(
        tx,
        deps,
        {
          email: required('BENCH_EMAIL'),
          name: 'Benchmark Beheerder',
          password: required('BENCH_PASSWORD'),
          totpSecret: required('BENCH_TOTP_SECRET'),
          // melder too, so bench/intake.bench.ts can file reports with the same account.
          memberships: [
            { organisationId: organisation.id, role: 'beheerder' },
            { organisationId: organisation.id, role: 'melder' },
          ],
        },
        'system',
      );
    });
    const app = createApp(deps);
    const staticDir = process.env.BENCH_STATIC_DIR;
    // Registered after the API: only /bench-static/* reaches it, with no middleware of its own.
    if (staticDir)
      app.use(
        '/bench-static/*',
        serveStatic({ root: staticDir, rewriteRequestPath: (p) => p.replace('/bench-static', '') }),
      );
    server = await new Promise<ServerType>((resolve) => {
      const started = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () =>
        resolve(started),
      );
    });
    const address = server.address();
    if (typeof address !== 'object' || address === null)
      throw new Error('de server heeft geen TCP-adres');
    const ready: ReadyMessage = {
      ready: true,
      port: address.port,
      database: db.kind,
      pid: process.pid,
      cookieName: cookieName(config),
    };
    process.stdout.write(`${JSON.stringify(ready)}\n`);
  } catch (error) {
    console.error(error);
    await stop(1);
  }
}

await main();
