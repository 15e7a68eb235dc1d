// SPDX-License-Identifier: EUPL-1.2
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { computeCells } from './compute';
import { openDuck } from './duck';
import { goldenInput } from './test/golden';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'weerbaar-steps-'));
  cpSync(goldenInput, dir, { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The raw national cell of `indicator` on the golden input as changed in `dir`. */
async function national(indicator: string) {
  const duck = await openDuck();
  try {
    const { cells } = await computeCells(duck, dir, 2024);
    return cells.find((c) => c.indicator === indicator && c.level === 'land' && c.breakdown === '');
  } finally {
    duck.close();
  }
}

describe('pipeline steps', () => {
  it('counts an establishment in a vulnerable branch when its SBI code starts with a listed prefix', async () => {
    // Listed prefixes include 451 (car trade), 55, 56, 9602 and 6619. A code shorter than a
    // prefix, or one that only shares its first digits, is not in the branch.
    const codes = {
      '4511': true,
      '451': true,
      '45': false,
      '4520': false,
      '5610': true,
      '55': true,
      '96021': true,
      '960': false,
      '66191': true,
      '6612': false,
    };
    const lines = readFileSync(join(dir, 'establishments.csv'), 'utf8').trim().split('\n');
    const addresses = lines.slice(1, 1 + Object.keys(codes).length).map((l) => l.split(',')[2]);
    const rows = Object.keys(codes).map((code, i) => `X${i},${code},${addresses[i]}`);
    writeFileSync(
      join(dir, 'establishments.csv'),
      `${['establishment_id,sbi_code,address_id', ...rows].join('\n')}\n`,
    );
    writeFileSync(join(dir, 'directors.csv'), 'establishment_id,person_id\n');
    const cell = await national('vestigingen-kwetsbare-branches');
    expect(cell?.numerator).toBe(Object.values(codes).filter(Boolean).length);
  });
});
