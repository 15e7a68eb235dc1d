// SPDX-License-Identifier: EUPL-1.2
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { smallDataDir } from '../../../test/fixtures/data-dirs';
import { createScratchSchema, type ScratchSchema } from '../../../test/fixtures/scratch-schema';
import { testDatabaseUrl } from '../../../test/test-db';

import { startFakeServer, type FakeServer } from './fake-server';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

describe('node bin/weerbaar.js data fetch', { timeout: 120_000 }, () => {
  let root: string;
  let server: FakeServer;
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
  const urls = () => [
    '--base-url',
    server.cbsUrl,
    '--politie-url',
    server.politieUrl,
    '--pdok-url',
    server.pdokUrl,
  ];

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'weerbaar-fetch-cli-'));
    server = await startFakeServer(smallDataDir);
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
    await server.close();
    await schema?.drop();
    rmSync(root, { recursive: true, force: true });
  });

  it('downloads into WEERBAAR_VAR_DIR/cache and imports; quiet on stderr without a terminal', async () => {
    const run = await cli(['data', 'fetch', ...urls()]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(/^\d+ downloads \(de rest uit de cache .*var[/\\]cache\)\.\n/);
    expect(run.stdout).toContain('  waarnemingen   934 nieuw, 0 bijgewerkt, 0 ongewijzigd\n');
  });

  it('exits 1 on an HTTP error with a Dutch message, and says nothing changed', async () => {
    server.faults.set('/politie/47013NED/TypedDataSet', 'http500');
    try {
      const run = await cli(['data', 'fetch', ...urls(), '--refresh']);
      expect(run).toMatchObject({ code: 1, stdout: '' });
      expect(run.stderr).toMatch(
        /^tabel 47013NED \(TypedDataSet\): http:\/\/127\.0\.0\.1:\d+\/politie\/47013NED\/TypedDataSet\?\S+ antwoordde met HTTP 500/,
      );
      expect(run.stderr).toContain('Er is niets in de database veranderd.');
    } finally {
      server.faults.clear();
    }
  });

  it('exits 2 for an unknown table or option', async () => {
    const unknown = await cli(['data', 'fetch', '--tables', 'kwb']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Onbekende tabel "kwb"');
    const option = await cli(['data', 'fetch', '--van', 'x']);
    expect(option.code).toBe(2);
    expect(option.stderr).toContain('Gebruik: weerbaar data fetch');
  });
});
