// SPDX-License-Identifier: EUPL-1.2
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createScratchSchema, type ScratchSchema } from '../../test/fixtures/scratch-schema';
import { testDatabaseUrl } from '../../test/test-db';
import { verifyPassword } from '../accounts/passwords';
import { bootDeps } from '../platform/boot';
import { loadConfig } from '../platform/config';
import { openSecret, sealSecret } from '../platform/crypto';
import { openDatabase, type Database } from '../platform/db';
import { keyIdOf, keyringOf } from '../platform/keyring';
import { createLogger } from '../platform/logger';
import {
  MigrationError,
  migrate,
  migrationsDir,
  pendingMigrations,
  readMigrations,
} from '../platform/migrations';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const fixture = (name: string) =>
  fileURLToPath(new URL(`../../test/fixtures/${name}`, import.meta.url));
const onServer = testDatabaseUrl() !== undefined;
// Each CLI run starts Node, tsx and the database: seconds, more on a busy machine.
const slow = { timeout: 120_000 };

interface Workspace {
  env: Record<string, string>;
  /** The server schema, or null on PGlite. */
  schema: string | null;
  open(): Promise<Database>;
  dispose(): Promise<void>;
}

/**
 * A database for one scenario: a PGlite folder in a temp dir, or (with TEST_DATABASE_URL) an empty
 * schema on the server selected by `?options=-c search_path=…` in DATABASE_URL.
 */
async function createWorkspace(): Promise<Workspace> {
  const root = mkdtempSync(join(tmpdir(), 'weerbaar-cli-'));
  const dbDir = join(root, 'db');
  const schema: ScratchSchema | null = onServer ? await createScratchSchema() : null;
  const env: Record<string, string> = {
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    WEERBAAR_DEMO: 'false',
    WEERBAAR_DB_DIR: dbDir,
    WEERBAAR_VAR_DIR: join(root, 'var'),
    // Empty counts as unset, and keeps a developer's .env from choosing another database.
    DATABASE_URL: schema?.url ?? '',
  };
  return {
    env,
    schema: schema?.name ?? null,
    open: () => openDatabase(schema ? { url: schema.url, poolSize: 1 } : { dataDir: dbDir }),
    async dispose() {
      await schema?.drop();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `node bin/weerbaar.js …` from the repository root with only the given environment. */
function cli(
  workspace: Workspace,
  args: string[],
  extra: Record<string, string> = {},
): Promise<Run> {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => key === 'PATH' || key === 'HOME' || key === 'USER' || key.startsWith('PG'),
    ),
  ) as Record<string, string>;
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['bin/weerbaar.js', ...args],
      { cwd: repoRoot, env: { ...inherited, ...workspace.env, ...extra } },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** Runs SQL on the workspace database while no CLI process has it open. */
async function withDatabase<T>(
  workspace: Workspace,
  work: (db: Database) => Promise<T>,
): Promise<T> {
  const db = await workspace.open();
  try {
    return await work(db);
  } finally {
    await db.close();
  }
}

const bypassAppendOnly = (sql: string) =>
  `alter table audit_event disable trigger audit_event_no_update; ${sql}; alter table audit_event enable trigger audit_event_no_update;`;

// One database, one story: the steps run in order and each builds on the state the previous left.
describe('node bin/weerbaar.js (CLI)', slow, () => {
  let workspace: Workspace;
  beforeAll(async () => {
    workspace = await createWorkspace();
  });
  afterAll(() => workspace.dispose());

  describe('migrate [--status]', () => {
    it('--status lists every migration as pending on an empty database and exits 0', async () => {
      const run = await cli(workspace, ['migrate', '--status']);
      expect(run).toMatchObject({ code: 0, stderr: '' });
      expect(run.stdout).toContain('Nog toe te passen:');
      for (const file of readMigrations()) expect(run.stdout).toContain(file.name);
    });

    it('applies every migration and names them', async () => {
      const run = await cli(workspace, ['migrate']);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('Toegepast:');
      expect(run.stdout).toContain(readMigrations().at(-1)!.name);
      if (workspace.schema) {
        const table = `${workspace.schema}.schema_migration`;
        const [row] = await withDatabase(workspace, (db) =>
          db.query<{ present: boolean }>('select to_regclass($1) is not null as present', [table]),
        );
        expect(row?.present, 'DATABASE_URL ?options=-c search_path=… is honoured').toBe(true);
      }
    });

    it('--status then reports that everything is applied', async () => {
      const run = await cli(workspace, ['migrate', '--status']);
      expect(run).toMatchObject({ code: 0, stdout: 'Alle migraties zijn toegepast.\n' });
    });
  });

  describe('orgs import <file.csv>', () => {
    it('loads a CSV and prints the counts', async () => {
      const run = await cli(workspace, ['orgs', 'import', fixture('orgs-gemeenten.csv')]);
      expect(run).toMatchObject({ code: 0, stderr: '' });
      expect(run.stdout).toBe('Organisaties: 5 nieuw, 0 bijgewerkt, 0 ongewijzigd.\n');
    });

    it('is idempotent: a second run adds nothing', async () => {
      const run = await cli(workspace, ['orgs', 'import', fixture('orgs-gemeenten.csv')]);
      expect(run).toMatchObject({
        code: 0,
        stdout: 'Organisaties: 0 nieuw, 0 bijgewerkt, 5 ongewijzigd.\n',
      });
    });

    it('exits 1 on a broken CSV, naming file, line and column, and changes nothing', async () => {
      const file = fixture('orgs-broken.csv');
      const run = await cli(workspace, ['orgs', 'import', file]);
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain('er is niets gewijzigd');
      expect(run.stderr).toContain(
        `${file}: regel 3, kolom gemeentecode (1): verwacht een gemeentecode als GM0363`,
      );
      const codes = await withDatabase(workspace, (db) =>
        db.query<{ code: string }>('select code from organisation order by code'),
      );
      expect(codes.map((c) => c.code)).toEqual(['GM0363', 'GM0518', 'GM0599', 'PV27', 'PV28']);
    });
  });

  describe('users create', () => {
    it('creates the user and prints a generated password once, which then works', async () => {
      const run = await cli(workspace, [
        'users',
        'create',
        '--email',
        'Beheer@Amsterdam.test',
        '--name',
        'Eerste Beheerder',
        '--org',
        'GM0363',
        '--role',
        'beheerder',
      ]);
      expect(run).toMatchObject({ code: 0, stderr: '' });
      expect(run.stdout).toContain('in Amsterdam met rol(len) beheerder');
      const printed = /Tijdelijk wachtwoord \(wordt niet opnieuw getoond\): (\S+)\n/.exec(
        run.stdout,
      )?.[1];
      expect(printed).toMatch(/^[A-Za-z0-9]{20}$/);
      expect(run.stdout.split(printed!)).toHaveLength(2);
      const [user] = await withDatabase(workspace, (db) =>
        db.query<{ email: string; password_hash: string; role: string }>(
          'select u.email, u.password_hash, m.role from app_user u join membership m on m.user_id = u.id',
        ),
      );
      expect(user).toMatchObject({ email: 'beheer@amsterdam.test', role: 'beheerder' });
      expect(await verifyPassword(user!.password_hash, printed!)).toBe(true);
    });

    it('takes the password from WEERBAAR_NEW_PASSWORD and never prints it', async () => {
      const password = 'oranje-tulp-bloeit-in-Lisse';
      const run = await cli(
        workspace,
        [
          'users',
          'create',
          '--email',
          'analist@rotterdam.test',
          '--name',
          'Analist',
          '--org',
          'GM0599',
          '--role',
          'analist',
          '--role',
          'behandelaar',
        ],
        { WEERBAAR_NEW_PASSWORD: password },
      );
      expect(run).toMatchObject({ code: 0, stderr: '' });
      expect(run.stdout).toContain('met rol(len) analist, behandelaar');
      expect(run.stdout).not.toContain(password);
      expect(run.stdout).not.toContain('wachtwoord');
    });

    it('exits 2 naming every problem with the arguments: bad e-mail address, unknown role', async () => {
      const run = await cli(workspace, [
        'users',
        'create',
        '--email',
        'geen-adres',
        '--name',
        'X',
        '--org',
        'GM0363',
        '--role',
        'koning',
      ]);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain('--email: geef een geldig e-mailadres');
      expect(run.stderr).toContain('--role koning: onbekende rol; kies uit beheerder,');
      expect(run.stderr).toContain('Gebruik: weerbaar users create');
    });

    it('exits 2 for an unknown organisation', async () => {
      const run = await cli(workspace, [
        'users',
        'create',
        '--email',
        'x@test.nl',
        '--name',
        'X',
        '--org',
        'GM9999',
        '--role',
        'analist',
      ]);
      expect(run).toMatchObject({ code: 2, stdout: '' });
      expect(run.stderr).toContain('Organisatie GM9999 bestaat niet');
    });

    it('exits 2 for an unknown option instead of crashing', async () => {
      const run = await cli(workspace, ['users', 'create', '--mail', 'x@test.nl']);
      expect(run).toMatchObject({ code: 2, stdout: '' });
      expect(run.stderr).toContain("Ongeldige optie: Unknown option '--mail'");
      expect(run.stderr).not.toContain('    at ');
    });
  });

  describe('audit verify', () => {
    it('exits 0 on an intact chain', async () => {
      const run = await cli(workspace, ['audit', 'verify']);
      expect(run).toMatchObject({
        code: 0,
        stdout: 'Auditlog intact: 3 gebeurtenissen gecontroleerd.\n',
      });
    });

    it('exits 1 and names row 2 after row 2 was edited by hand', async () => {
      const original = await withDatabase(workspace, async (db) => {
        const [row] = await db.query<{ action: string }>(
          'select action from audit_event where seq = 2',
        );
        await db.exec(bypassAppendOnly("update audit_event set action = 'x' where seq = 2"));
        return row!.action;
      });
      const run = await cli(workspace, ['audit', 'verify']);
      expect(run.code).toBe(1);
      expect(run.stdout).toContain('Auditlog GEBROKEN bij rij 2: inhoud gewijzigd');
      await withDatabase(workspace, (db) =>
        db.exec(bypassAppendOnly(`update audit_event set action = '${original}' where seq = 2`)),
      );
    });

    it('exits 1 and names the missing row after a middle row was deleted', async () => {
      await withDatabase(workspace, async (db) => {
        expect(await db.query('select seq from audit_event')).toHaveLength(3);
        await db.exec(bypassAppendOnly('delete from audit_event where seq = 2'));
      });
      const run = await cli(workspace, ['audit', 'verify']);
      expect(run.code).toBe(1);
      expect(run.stdout).toContain('Auditlog GEBROKEN bij rij 2: rij 2 ontbreekt');
    });
  });
});

describe('node bin/weerbaar.js keys status|rotate', slow, () => {
  let workspace: Workspace;
  const oldKey = randomBytes(32);
  const newKey = randomBytes(32);
  const b64 = (key: Buffer) => key.toString('base64');
  const stored = () =>
    withDatabase(workspace, (db) =>
      db.query<{ v: string }>(
        'select totp_secret_enc as v from app_user union all select text_enc from region_note order by 1',
      ),
    );
  beforeAll(async () => {
    workspace = await createWorkspace();
    await withDatabase(workspace, async (db) => {
      await migrate(db);
      const old = keyringOf(oldKey);
      const [org] = await db.query<{ id: string }>(
        "insert into organisation (code, type, name) values ('GM0001', 'gemeente', 'Proef') returning id",
      );
      await db.query(
        "insert into app_user (email, name, totp_secret_enc) values ('a@test.weerbaar.nl', 'A', $1)",
        [sealSecret(old, 'JBSWY3DPEHPK3PXP')],
      );
      await db.query(
        `insert into region_note (organisation_id, region_code, text_enc, created_at, updated_at)
         values ($1, 'GM0001', $2, now(), now())`,
        [org?.id, sealSecret(old, 'notitie')],
      );
    });
  });
  afterAll(() => workspace.dispose());

  it('status counts values under the previous key and exits 1', async () => {
    const run = await cli(workspace, ['keys', 'status'], {
      WEERBAAR_MASTER_KEY: b64(newKey),
      WEERBAAR_MASTER_KEY_PREVIOUS: b64(oldKey),
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`${keyIdOf(oldKey)} (vorige): 1`);
    expect(run.stdout).toContain('Nog 2 waarde(n) onder een andere sleutel');
  });

  it('rotate with a wrong previous key exits 1 and changes nothing', async () => {
    const before = await stored();
    const run = await cli(workspace, ['keys', 'rotate'], {
      WEERBAAR_MASTER_KEY: b64(newKey),
      WEERBAAR_MASTER_KEY_PREVIOUS: b64(randomBytes(32)),
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Er is niets gewijzigd');
    expect(await stored()).toEqual(before);
  });

  it('rotate with the right keys moves everything, and status then exits 0 with the new key alone', async () => {
    const run = await cli(workspace, ['keys', 'rotate', '--batch-size', '1'], {
      WEERBAAR_MASTER_KEY: b64(newKey),
      WEERBAAR_MASTER_KEY_PREVIOUS: b64(oldKey),
    });
    expect(run.stdout).toContain('Alles staat onder de huidige sleutel');
    expect(run.code).toBe(0);
    const values = (await stored()).map((r) => openSecret(keyringOf(newKey), r.v));
    expect(values.sort()).toEqual(['JBSWY3DPEHPK3PXP', 'notitie']);
    const status = await cli(workspace, ['keys', 'status'], { WEERBAAR_MASTER_KEY: b64(newKey) });
    expect(status.code).toBe(0);
  });
});

describe('bootDeps(config)', slow, () => {
  let workspace: Workspace;
  beforeAll(async () => {
    workspace = await createWorkspace();
    await withDatabase(workspace, (db) => migrate(db));
  });
  afterAll(() => workspace.dispose());

  const config = () => loadConfig(workspace.env);

  it('starts on a database whose applied migrations match the files', async () => {
    const deps = await bootDeps(config(), createLogger('silent'));
    await deps.db.close();
  });

  it('refuses to start when a migration file changed after it was applied', async () => {
    const copy = mkdtempSync(join(tmpdir(), 'weerbaar-migrations-copy-'));
    try {
      cpSync(migrationsDir, copy, { recursive: true });
      const changed = readMigrations(copy)[2]!;
      writeFileSync(join(copy, changed.name), `${changed.sql}\n-- achteraf aangepast\n`);
      await withDatabase(workspace, async (db) => {
        await expect(migrate(db, readMigrations(copy))).rejects.toThrow(MigrationError);
        await expect(pendingMigrations(db, readMigrations(copy))).rejects.toThrow(
          `${changed.name} is gewijzigd`,
        );
      });
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  it('refuses to start when the recorded checksum no longer matches the file in server/migrations', async () => {
    const name = readMigrations()[2]!.name;
    await withDatabase(workspace, (db) =>
      db.query("update schema_migration set checksum = repeat('0', 64) where name = $1", [name]),
    );
    await expect(bootDeps(config(), createLogger('silent'))).rejects.toThrow(MigrationError);
    await expect(bootDeps(config(), createLogger('silent'))).rejects.toThrow(
      `Toegepaste migratie ${name} is gewijzigd`,
    );
  });
});
