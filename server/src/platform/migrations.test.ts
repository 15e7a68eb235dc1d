// SPDX-License-Identifier: EUPL-1.2
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { openEmptyDatabase } from '../../test/fixtures/scratch-schema';

import type { Database } from './db';
import {
  MigrationError,
  migrate,
  migrationsDir,
  pendingMigrations,
  readMigrations,
} from './migrations';

let db: Database;
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'weerbaar-migrations-'));
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Each test below gets a database of its own: schema_migration is per database. */
function withFreshDatabase(): void {
  beforeEach(async () => {
    db = await openEmptyDatabase();
  });
  afterEach(async () => {
    await db.close();
  });
}

const write = (name: string, sql: string) => writeFileSync(join(dir, name), sql);
const createThing = 'create table thing (id int primary key);';
const addLabel = "alter table thing add column label text not null default '';";

async function tableExists(name: string): Promise<boolean> {
  const [row] = await db.query<{ present: boolean }>(
    'select to_regclass($1) is not null as present',
    [name],
  );
  return row?.present ?? false;
}

/** The error `work` rejects with. */
async function rejection(work: Promise<unknown>): Promise<Error> {
  const outcome = await work.then(
    () => null,
    (error: unknown) => error,
  );
  if (!(outcome instanceof Error)) throw new Error('expected a rejection');
  return outcome;
}

describe('readMigrations(dir)', () => {
  it('reads the real migrations in name order, each with the SHA-256 of its text', () => {
    const files = readMigrations();
    const names = readdirSync(migrationsDir)
      .filter((n) => n.endsWith('.sql'))
      .sort();
    expect(files.map((f) => f.name)).toEqual(names);
    expect(files[0]?.name).toBe('0001_create_organisation.sql');
    for (const file of files) {
      expect(file.checksum).toBe(
        createHash('sha256')
          .update(readFileSync(join(migrationsDir, file.name)))
          .digest('hex'),
      );
    }
  });

  it('sorts by name, not by the order the folder lists them', () => {
    write('0002_add_label_to_thing.sql', addLabel);
    write('0010_create_other.sql', 'create table other (id int);');
    write('0001_create_thing.sql', createThing);
    expect(readMigrations(dir).map((f) => f.name)).toEqual([
      '0001_create_thing.sql',
      '0002_add_label_to_thing.sql',
      '0010_create_other.sql',
    ]);
  });

  it('ignores files that are not .sql', () => {
    write('0001_create_thing.sql', createThing);
    write('README.md', '# notities');
    expect(readMigrations(dir).map((f) => f.name)).toEqual(['0001_create_thing.sql']);
  });

  it('refuses a file name that does not follow NNNN_verb_object.sql', () => {
    for (const bad of ['1_create_thing.sql', '0002-Add Label.sql', '0003_AddLabel.sql']) {
      const folder = mkdtempSync(join(tmpdir(), 'weerbaar-bad-name-'));
      writeFileSync(join(folder, bad), createThing);
      try {
        expect(() => readMigrations(folder), bad).toThrow(MigrationError);
        expect(() => readMigrations(folder), bad).toThrow(bad);
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    }
  });
});

describe('migrate(db, files)', () => {
  withFreshDatabase();

  it('applies every real migration in order and records name and checksum', async () => {
    const files = readMigrations();
    expect(await migrate(db)).toEqual(files.map((f) => f.name));
    const recorded = await db.query<{ name: string; checksum: string }>(
      'select name, checksum from schema_migration order by name',
    );
    expect(recorded).toEqual(files.map((f) => ({ name: f.name, checksum: f.checksum })));
    expect(await tableExists('audit_event')).toBe(true);
  });

  it('applies nothing on a second run', async () => {
    await migrate(db);
    expect(await migrate(db)).toEqual([]);
    expect(await pendingMigrations(db)).toEqual([]);
  });

  it('applies files in name order, so a later file may build on an earlier one', async () => {
    write('0002_add_label_to_thing.sql', addLabel);
    write('0001_create_thing.sql', createThing);
    expect(await migrate(db, readMigrations(dir))).toEqual([
      '0001_create_thing.sql',
      '0002_add_label_to_thing.sql',
    ]);
    await db.query("insert into thing (id, label) values (1, 'a')");
  });

  it('applies only a newly added file', async () => {
    write('0001_create_thing.sql', createThing);
    await migrate(db, readMigrations(dir));
    write('0002_add_label_to_thing.sql', addLabel);
    expect(await pendingMigrations(db, readMigrations(dir))).toEqual([
      '0002_add_label_to_thing.sql',
    ]);
    expect(await migrate(db, readMigrations(dir))).toEqual(['0002_add_label_to_thing.sql']);
  });

  it('refuses with MigrationError when an applied file was changed, and applies nothing', async () => {
    write('0001_create_thing.sql', createThing);
    await migrate(db, readMigrations(dir));
    write('0001_create_thing.sql', `${createThing}\n-- een kleine wijziging\n`);
    write('0002_add_label_to_thing.sql', addLabel);
    const error = await rejection(migrate(db, readMigrations(dir)));
    expect(error).toBeInstanceOf(MigrationError);
    expect(error.message).toContain('0001_create_thing.sql');
    expect(error.message).toContain('gewijzigd');
    const columns = await db.query(
      "select 1 from information_schema.columns where table_name = 'thing' and column_name = 'label' and table_schema = current_schema()",
    );
    expect(columns).toHaveLength(0);
  });

  it('refuses with MigrationError when an applied file is missing', async () => {
    write('0001_create_thing.sql', createThing);
    write('0002_add_label_to_thing.sql', addLabel);
    await migrate(db, readMigrations(dir));
    rmSync(join(dir, '0001_create_thing.sql'));
    const error = await rejection(migrate(db, readMigrations(dir)));
    expect(error).toBeInstanceOf(MigrationError);
    expect(error.message).toContain('0001_create_thing.sql');
    expect(error.message).toContain('ontbreekt');
  });

  it('rolls a failing migration back entirely and records nothing for it', async () => {
    write('0001_create_thing.sql', createThing);
    write('0002_create_broken.sql', 'create table half (id int);\nselect * from does_not_exist;');
    const error = await rejection(migrate(db, readMigrations(dir)));
    expect(error.message).toMatch(/does_not_exist/);
    expect(await tableExists('thing')).toBe(true);
    expect(await tableExists('half')).toBe(false);
    const recorded = await db.query<{ name: string }>(
      'select name from schema_migration order by name',
    );
    expect(recorded).toEqual([{ name: '0001_create_thing.sql' }]);
  });
});

describe('pendingMigrations(db, files)', () => {
  withFreshDatabase();

  it('lists every file on a database that was never migrated, without creating anything', async () => {
    expect(await pendingMigrations(db)).toEqual(readMigrations().map((f) => f.name));
    expect(await tableExists('schema_migration')).toBe(false);
  });

  it('refuses with MigrationError when an applied file was changed (the boot check on a server)', async () => {
    write('0001_create_thing.sql', createThing);
    await migrate(db, readMigrations(dir));
    write('0001_create_thing.sql', createThing.replace('int', 'bigint'));
    await expect(pendingMigrations(db, readMigrations(dir))).rejects.toBeInstanceOf(MigrationError);
  });
});
