// SPDX-License-Identifier: EUPL-1.2
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import type { RawCell, SafeCell } from './cells';
import { PackageRefused, runPipeline } from './run';
import { goldenInput, goldenRules } from './test/golden';

const root = mkdtempSync(join(tmpdir(), 'weerbaar-run-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A broken disclosure control that publishes every count as it is. */
const publishEverything = (cells: readonly RawCell[]): SafeCell[] =>
  cells.map((c) => ({ ...c, status: 'exact', reason: null, carriedBy: null }));

describe('runPipeline(options)', () => {
  it('refuses to write a package that breaks the rules, listing the violations', async () => {
    const out = join(root, 'refused');
    const run = runPipeline({
      inDir: goldenInput,
      out,
      rules: goldenRules,
      year: 2024,
      protectCells: publishEverything,
    });
    await expect(run).rejects.toBeInstanceOf(PackageRefused);
    await expect(run).rejects.toThrow(/status exact past niet bij niveau buurt/);
    expect(existsSync(out)).toBe(false);
  });

  it('will not overwrite a folder that is not a package', async () => {
    const run = runPipeline({
      inDir: goldenInput,
      out: goldenInput,
      rules: goldenRules,
      year: 2024,
    });
    await expect(run).rejects.toThrow(/is geen statistiekpakket/);
  });
});
