// SPDX-License-Identifier: EUPL-1.2
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { afterAll, describe, expect, it } from 'vitest';

import { goldenInput, goldenOutput } from '../../../pipeline/test/golden';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const root = mkdtempSync(join(tmpdir(), 'weerbaar-pipeline-cli-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
// Each CLI run starts Node, tsx and DuckDB: seconds, more on a busy machine.
const slow = { timeout: 120_000 };

/** Runs `node bin/weerbaar.js …` with an embedded database in the temp folder. */
function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = {
    PATH: process.env.PATH ?? '',
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    WEERBAAR_DEMO: 'false',
    WEERBAAR_DB_DIR: join(root, 'db'),
    WEERBAAR_VAR_DIR: join(root, 'var'),
    DATABASE_URL: '',
  };
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['bin/weerbaar.js', ...args],
      { cwd: repoRoot, env },
      (error, stdout, stderr) => {
        resolve({
          code: error ? (typeof error.code === 'number' ? error.code : -1) : 0,
          stdout,
          stderr,
        });
      },
    );
  });
}

describe('weerbaar pipeline / stats', () => {
  it(
    'verifies the golden package, with --in also dominance; importing it without its regions is refused (exit 1)',
    slow,
    async () => {
      const verified = await cli(['pipeline', 'verify', goldenOutput]);
      expect(verified).toMatchObject({
        code: 0,
        stdout: expect.stringMatching(
          /voldoet aan alle regels die uit het pakket te controleren zijn\.\nDominantieregel niet gecontroleerd/,
        ),
      });
      const withInput = await cli(['pipeline', 'verify', goldenOutput, '--in', goldenInput]);
      expect(withInput).toMatchObject({
        code: 0,
        stdout: expect.stringMatching(/dominantie en bijdragers herberekend uit/),
      });
      // A fresh database has no regions; the import says so and loads nothing.
      const imported = await cli(['stats', 'import', goldenOutput]);
      expect(imported).toMatchObject({
        code: 1,
        stderr: expect.stringMatching(/geen gebiedsindeling 2024/),
      });
    },
  );

  it(
    'refuses input without a required table (exit 1) and wrong options (exit 2)',
    slow,
    async () => {
      const input = join(root, 'input');
      cpSync(goldenInput, input, { recursive: true });
      rmSync(join(input, 'directors.csv'));
      const refused = await cli(['pipeline', 'run', '--in', input, '--out', join(root, 'package')]);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(/verplichte tabel directors ontbreekt/);
      const wrong = await cli([
        'pipeline',
        'run',
        '--in',
        input,
        '--out',
        join(root, 'package'),
        '--min-count',
        '0',
      ]);
      expect(wrong.code).toBe(2);
      expect(wrong.stderr).toMatch(/Ongeldige geheimhoudingsregels/);
    },
  );
});
