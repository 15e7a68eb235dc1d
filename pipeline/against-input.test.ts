// SPDX-License-Identifier: EUPL-1.2
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { checkAgainstCells, verifyAgainstInput } from './against-input';
import type { RawCell } from './cells';
import { manifestSchema } from './manifest';
import { protect } from './privacy';
import { runPipeline } from './run';
import { goldenInput, goldenOutput, goldenRules } from './test/golden';
import { parseValuesCsv, verifyPackage } from './verify';

const root = mkdtempSync(join(tmpdir(), 'weerbaar-against-input-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const manifest = manifestSchema.parse(
  JSON.parse(readFileSync(join(goldenOutput, 'manifest.json'), 'utf8')),
);
const row = (fields: Record<string, string>, line = 2) =>
  parseValuesCsv(`${Object.keys(fields).join(',')}\n${Object.values(fields).join(',')}\n`, []).map(
    (r) => ({ ...r, line }),
  );
const published = {
  indicator: 'onverklaarbaar-woningbezit-woningen',
  period: '2024',
  level: 'gemeente',
  region_code: 'GM9901',
  breakdown: '',
  value: '500',
  numerator: '20',
  denominator: '40',
  status: 'exact',
  reason: '',
  carried_by: '',
};
const raw = (patch: Partial<RawCell>): RawCell => ({
  indicator: 'onverklaarbaar-woningbezit-woningen',
  level: 'gemeente',
  region: 'GM9901',
  breakdown: '',
  numerator: 20,
  denominator: 40,
  contributors: 5,
  top1: 4,
  top2: 4,
  ...patch,
});

describe('checkAgainstCells(manifest, rows, cells)', () => {
  it('passes a published cell whose contributions keep to the rules', () => {
    expect(checkAgainstCells(manifest, row(published), [raw({})])).toEqual([]);
  });

  it('names a published cell that two contributors dominate', () => {
    expect(checkAgainstCells(manifest, row(published), [raw({ top1: 15, top2: 3 })])).toEqual([
      'values.csv regel 2: dominantie: de twee grootste bijdragers hebben samen 90% van onverklaarbaar-woningbezit-woningen in GM9901 (grens 85%)',
    ]);
  });

  it('names a cell with too few contributors, one absent from the input, and a count the input does not give', () => {
    const missing = { ...published, region_code: 'GM9902' };
    const out = checkAgainstCells(
      manifest,
      [...row(published), ...row(missing, 3)],
      [raw({ contributors: 2, numerator: 25 })],
    );
    expect(out).toEqual([
      'values.csv regel 2: onverklaarbaar-woningbezit-woningen in GM9901 steunt op 2 eenheden of een noemer van 40, minder dan 3',
      'values.csv regel 2: teller 20 volgt niet uit de invoer (25)',
      'values.csv regel 3: de invoer geeft geen cel onverklaarbaar-woningbezit-woningen GM9902 ',
    ]);
  });

  it('skips suppressed cells: they publish nothing to check', () => {
    const suppressed = {
      ...published,
      value: '',
      numerator: '',
      denominator: '',
      status: 'suppressed',
      reason: 'dominance',
    };
    expect(checkAgainstCells(manifest, row(suppressed), [raw({ top1: 19, top2: 1 })])).toEqual([]);
  });
});

describe('verifyAgainstInput(dir, inDir)', () => {
  it('finds the golden package sound against its own input', async () => {
    expect(await verifyAgainstInput(goldenOutput, goldenInput)).toEqual([]);
  });

  it('catches a package made without the dominance rule, which the package alone cannot show', async () => {
    const out = join(root, 'no-dominance');
    await runPipeline({
      inDir: goldenInput,
      out,
      rules: goldenRules,
      year: 2024,
      protectCells: (cells, rules) => protect(cells, { ...rules, dominanceShare: 1 }),
    });
    expect(await verifyPackage(out)).toEqual([]);
    const violations = await verifyAgainstInput(out, goldenInput);
    expect(violations.length).toBeGreaterThan(0);
    expect(violations.every((v) => v.includes('dominantie'))).toBe(true);
    expect(violations.join('\n')).toMatch(/onverklaarbaar-woningbezit-woningen in GM9902/);
  });
});
