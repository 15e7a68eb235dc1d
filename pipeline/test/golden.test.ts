// SPDX-License-Identifier: EUPL-1.2
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { pipelineIndicators } from '../indicators';
import { verifyPackage } from '../verify';

import { goldenOutput, runGolden } from './golden';

let out: string;
beforeAll(async () => {
  out = join(mkdtempSync(join(tmpdir(), 'weerbaar-golden-')), 'package');
  await runGolden(out);
});
afterAll(() => rmSync(join(out, '..'), { recursive: true, force: true }));

describe('golden package (pipeline/test/input → pipeline/test/output)', () => {
  it.each(['manifest.json', 'values.csv'])('produces %s byte for byte as expected', (file) => {
    expect(readFileSync(join(out, file), 'utf8')).toBe(
      readFileSync(join(goldenOutput, file), 'utf8'),
    );
  });

  it('writes a Parquet file with the same values, and the expected package verifies clean', async () => {
    expect(existsSync(join(out, 'values.parquet'))).toBe(true);
    expect(await verifyPackage(out)).toEqual([]);
    expect(await verifyPackage(goldenOutput)).toEqual([]);
  });

  it('carries every indicator, each with its definition and the not-proof sentence', () => {
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as {
      indicators: { id: string; notProof: string; numerator: string }[];
      synthetic: boolean;
    };
    expect(manifest.indicators.map((i) => i.id)).toEqual(pipelineIndicators.map((i) => i.id));
    for (const i of manifest.indicators) expect(i.notProof).toMatch(/geen bewijs/);
    expect(manifest.synthetic).toBe(false);
    const ids = new Set(
      readFileSync(join(out, 'values.csv'), 'utf8')
        .split('\n')
        .slice(1)
        .map((l) => l.split(',')[0])
        .filter(Boolean),
    );
    expect([...ids].sort()).toEqual(pipelineIndicators.map((i) => i.id).sort());
  });

  it('contains no pseudonymous id of the input', () => {
    const text =
      readFileSync(join(out, 'values.csv'), 'utf8') +
      readFileSync(join(out, 'manifest.json'), 'utf8');
    expect(text).not.toMatch(/(^|[,"\s])(P|H|A|V|E|F)\d+([,"\s]|$)/m);
  });
});
