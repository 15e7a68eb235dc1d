// SPDX-License-Identifier: EUPL-1.2
/**
 * What the benchmark parent (http.bench.ts) and its app-server child (server-process.ts) tell
 * each other: the parent passes the database and the account through the environment, the child
 * answers with one JSON line on stdout once it listens.
 */

export type BenchDatabaseKind = 'pglite' | 'postgresql';

/** Environment variables the parent sets for the child. */
export interface ServerProcessEnv {
  BENCH_DB_KIND: BenchDatabaseKind;
  /** PGlite data folder (pglite only). */
  BENCH_DB_DIR?: string;
  /** PostgreSQL server (postgresql only). */
  BENCH_DB_URL?: string;
  /** Schema the child migrates into and uses as search_path (postgresql only). */
  BENCH_DB_SCHEMA?: string;
  /** Pool size on a server; boot.ts uses 20. */
  BENCH_POOL_SIZE?: string;
  /** Log level of the app (default silent). */
  BENCH_LOG_LEVEL?: string;
  /** `true` opens the statistics read endpoints without sign-in (WEERBAAR_PUBLIC_STATISTICS). */
  BENCH_PUBLIC_STATISTICS?: string;
  /** A folder served as is at /bench-static/* (the static-file baseline of statistics.bench.ts). */
  BENCH_STATIC_DIR?: string;
  BENCH_EMAIL: string;
  BENCH_PASSWORD: string;
  BENCH_TOTP_SECRET: string;
}

/** The one line the child prints on stdout when it accepts requests. */
export interface ReadyMessage {
  ready: true;
  port: number;
  database: BenchDatabaseKind;
  pid: number;
  /** Name of the session cookie in this configuration. */
  cookieName: string;
}

export function isReadyMessage(value: unknown): value is ReadyMessage {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    record.ready === true &&
    typeof record.port === 'number' &&
    typeof record.pid === 'number' &&
    typeof record.cookieName === 'string' &&
    (record.database === 'pglite' || record.database === 'postgresql')
  );
}

/** A line the parent writes to the child's stdin: start or stop a V8 CPU profile of the server. */
export type ControlCommand =
  { command: 'profile-start' } | { command: 'profile-stop'; file: string };

/** The child's answer to a ControlCommand, one JSON line on stdout. */
export interface ControlReply {
  reply: ControlCommand['command'];
  ok: boolean;
  error?: string;
}

export function isControlCommand(value: unknown): value is ControlCommand {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    record.command === 'profile-start' ||
    (record.command === 'profile-stop' && typeof record.file === 'string')
  );
}

export function isControlReply(value: unknown): value is ControlReply {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    (record.reply === 'profile-start' || record.reply === 'profile-stop') &&
    typeof record.ok === 'boolean'
  );
}
