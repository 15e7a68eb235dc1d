// SPDX-License-Identifier: EUPL-1.2
import { randomBytes } from 'node:crypto';

import pg from 'pg';

import { openDatabase, type Database } from '../src/platform/db';
import { migrate, readMigrations, type MigrationFile } from '../src/platform/migrations';

/**
 * TEST_DATABASE_URL, with user `postgres` filled in when the URL names none and the environment
 * gives no default (CI runs without USER, and node-postgres would then send no user name).
 */
export function testDatabaseUrl(): string | undefined {
  const raw = process.env.TEST_DATABASE_URL;
  if (!raw) return undefined;
  const url = new URL(raw);
  if (!url.username && !process.env.PGUSER && !process.env.USER) url.username = 'postgres';
  return url.toString();
}

/**
 * A fresh, migrated database for one test file. With TEST_DATABASE_URL set, a new schema on that
 * PostgreSQL server (dropped on close); otherwise an in-memory PGlite. The same suite runs on both.
 */
export async function openTestDatabase(
  options: { files?: MigrationFile[] } = {},
): Promise<Database> {
  const files = options.files ?? readMigrations();
  const url = testDatabaseUrl();
  if (!url) {
    const db = await openDatabase({ dataDir: 'memory://' });
    await migrate(db, files);
    return db;
  }
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const db = await openDatabase({ url, schema, poolSize: 5 });
  await migrate(db, files);
  return {
    ...db,
    kind: db.kind,
    async close() {
      await db.close();
      const cleanup = new pg.Client({ connectionString: url });
      await cleanup.connect();
      await cleanup.query(`drop schema ${schema} cascade`);
      await cleanup.end();
    },
  };
}
