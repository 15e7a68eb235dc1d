// SPDX-License-Identifier: EUPL-1.2
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import type { Database, Queryable } from './db';

export const migrationsDir = fileURLToPath(new URL('../../migrations/', import.meta.url));

const namePattern = /^\d{4}_[a-z0-9_]+\.sql$/;

export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

/** Thrown when the recorded migrations and the files disagree; the server must not start then. */
export class MigrationError extends Error {}

/** Reads the migration files in order; names follow NNNN_verb_object.sql. */
export function readMigrations(dir = migrationsDir): MigrationFile[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.sql'))
    .sort()
    .map((name) => {
      if (!namePattern.test(name))
        throw new MigrationError(
          `Migratiebestand ${name} volgt niet het patroon NNNN_werkwoord_object.sql`,
        );
      const sql = readFileSync(`${dir}/${name}`, 'utf8');
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    });
}

/**
 * Code that must run inside a migration's transaction just before its SQL, keyed by file name:
 * work SQL cannot do, such as sealing values with the master key. The SQL of such a migration
 * checks that the work was done, so applying it without its step fails and changes nothing.
 */
export type MigrationSteps = Readonly<Record<string, (tx: Queryable) => Promise<void>>>;

interface AppliedRow {
  name: string;
  checksum: string;
}

/**
 * Applies pending migrations, each in its own transaction, after checking that every applied
 * migration is unchanged. Returns the names applied now. Forward-only: nothing is ever undone.
 */
export async function migrate(
  db: Database,
  files = readMigrations(),
  steps: MigrationSteps = {},
): Promise<string[]> {
  await db.exec(`create table if not exists schema_migration (
    name text primary key,
    checksum text not null,
    applied_at timestamptz not null default now()
  )`);
  const applied = await db.query<AppliedRow>(
    'select name, checksum from schema_migration order by name',
  );
  assertUnchanged(applied, files);
  const done = new Set(applied.map((row) => row.name));
  const newlyApplied: string[] = [];
  for (const file of files.filter((f) => !done.has(f.name))) {
    await db.transaction(async (tx) => {
      // Two servers migrating at once must not both apply the same file.
      await tx.query('select pg_advisory_xact_lock(7291001)');
      const already = await tx.query('select 1 from schema_migration where name = $1', [file.name]);
      if (already.length > 0) return;
      await steps[file.name]?.(tx);
      await tx.exec(file.sql);
      await tx.query('insert into schema_migration (name, checksum) values ($1, $2)', [
        file.name,
        file.checksum,
      ]);
      newlyApplied.push(file.name);
    });
  }
  return newlyApplied;
}

/** Names of migrations not applied yet (for `weerbaar migrate --status` and the boot check on a server). */
export async function pendingMigrations(db: Database, files = readMigrations()): Promise<string[]> {
  const exists = await db.query<{ present: boolean }>(
    "select to_regclass('schema_migration') is not null as present",
  );
  if (!exists[0]?.present) return files.map((f) => f.name);
  const applied = await db.query<AppliedRow>(
    'select name, checksum from schema_migration order by name',
  );
  assertUnchanged(applied, files);
  const done = new Set(applied.map((row) => row.name));
  return files.filter((f) => !done.has(f.name)).map((f) => f.name);
}

function assertUnchanged(applied: AppliedRow[], files: MigrationFile[]): void {
  const byName = new Map(files.map((f) => [f.name, f]));
  for (const row of applied) {
    const file = byName.get(row.name);
    if (!file)
      throw new MigrationError(`Toegepaste migratie ${row.name} ontbreekt in server/migrations`);
    if (file.checksum !== row.checksum) {
      throw new MigrationError(
        `Toegepaste migratie ${row.name} is gewijzigd (checksum klopt niet); migraties zijn alleen-vooruit`,
      );
    }
  }
}
