// SPDX-License-Identifier: EUPL-1.2
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { scratchDataDir, smallDataDir } from '../../test/fixtures/data-dirs';
import { createScratchSchema, type ScratchSchema } from '../../test/fixtures/scratch-schema';
import { testDatabaseUrl } from '../../test/test-db';
import { openDatabase } from '../platform/db';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

// One database, one story: each step builds on the state the previous one left.
describe('node bin/weerbaar.js data import --from <dir>', { timeout: 120_000 }, () => {
  let root: string;
  let schema: ScratchSchema | null = null;
  let env: Record<string, string>;

  const cli = (args: string[]) =>
    new Promise<Run>((resolve) => {
      const inherited = Object.fromEntries(
        Object.entries(process.env).filter(
          ([key]) => ['PATH', 'HOME', 'USER'].includes(key) || key.startsWith('PG'),
        ),
      ) as Record<string, string>;
      execFile(
        process.execPath,
        ['bin/weerbaar.js', ...args],
        { cwd: repoRoot, env: { ...inherited, ...env } },
        (error, stdout, stderr) =>
          resolve({
            code: error ? (typeof error.code === 'number' ? error.code : -1) : 0,
            stdout,
            stderr,
          }),
      );
    });

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'weerbaar-data-cli-'));
    schema = testDatabaseUrl() ? await createScratchSchema() : null;
    env = {
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      WEERBAAR_DEMO: 'false',
      WEERBAAR_DB_DIR: join(root, 'db'),
      WEERBAAR_VAR_DIR: join(root, 'var'),
      DATABASE_URL: schema?.url ?? '',
    };
    if (schema) expect((await cli(['migrate'])).code).toBe(0);
  }, 120_000);
  afterAll(async () => {
    await schema?.drop();
    rmSync(root, { recursive: true, force: true });
  });

  it('imports the folder and prints the counts; quiet on stderr when it is not a terminal', async () => {
    const run = await cli(['data', 'import', '--from', smallDataDir]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(/^Statistieken geïmporteerd in [\d,]+ s:\n/);
    expect(run.stdout).toContain("  regio's        58 nieuw, 0 bijgewerkt, 0 ongewijzigd\n");
    expect(run.stdout).toContain('  waarnemingen   934 nieuw, 0 bijgewerkt, 0 ongewijzigd\n');
  });

  it('a second run changes nothing', async () => {
    const run = await cli(['data', 'import', '--from', smallDataDir]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('  bestanden      0 nieuw, 0 bijgewerkt, 13 ongewijzigd\n');
    expect(run.stdout).toContain('  waarnemingen   0 nieuw, 0 bijgewerkt, 934 ongewijzigd\n');
  });

  it('exits 1 on a broken file, naming file, line and column, and changes nothing', async () => {
    const data = scratchDataDir();
    try {
      data.replace(
        'kwb/kwb_2023_gemeente.csv',
        'GM0088,Schiermonnikoog,982,',
        'GM0088,Schiermonnikoog,12,5,',
      );
      data.replace(
        'kwb/kwb_2024_gemeente_wijk.csv',
        'Jordaan,GM0363,Amsterdam,19685',
        'Jordaan,GM0363,Amsterdam,19690',
      );
      const run = await cli(['data', 'import', '--from', data.dir]);
      expect(run).toMatchObject({ code: 1, stdout: '' });
      expect(run.stderr).toContain('Import afgebroken, er is niets gewijzigd:');
      expect(run.stderr).toContain('kwb/kwb_2023_gemeente.csv: regel 3: 23 kolommen, verwacht 22');
    } finally {
      data.dispose();
    }
    const db = await openDatabase(
      schema ? { url: schema.url, poolSize: 1 } : { dataDir: env.WEERBAAR_DB_DIR! },
    );
    try {
      const [row] = await db.query<{ n: number }>(
        "select count(*)::int as n from audit_event where action = 'statistics.import'",
      );
      expect(row?.n).toBe(1);
    } finally {
      await db.close();
    }
  });

  it('exits 2 with the usage for a missing or absent folder', async () => {
    const missing = await cli(['data', 'import']);
    expect(missing).toMatchObject({ code: 2, stdout: '' });
    expect(missing.stderr).toContain(
      '--from ontbreekt.\nGebruik: weerbaar data import --from <map>',
    );
    const absent = await cli(['data', 'import', '--from', join(root, 'bestaat-niet')]);
    expect(absent.code).toBe(2);
    expect(absent.stderr).toContain('bestaat niet');
  });
});
