// SPDX-License-Identifier: EUPL-1.2
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { cellGroups, cellKey, type PackageLevel, type Placed, type RawCell } from '../cells';
import type { Manifest } from '../manifest';
import { defaultRules, primaryReason, protect, secondarySuppression } from '../privacy';
import { parseValuesCsv, verifyRows } from '../verify';

import { goldenOutput } from './golden';
import {
  referenceAdditiveGroups,
  referenceProtect,
  referenceSecondarySuppression,
  referenceVerifyRows,
} from './reference';

/** {@link cellGroups} as keys, the reference's form: groups of keys, parent first. */
function additiveGroups(cells: readonly Placed[]): string[][] {
  const { key, groups } = cellGroups(cells);
  return groups.map((group) => Array.from(group, key));
}

/** A deterministic generator (Park–Miller), so a failure reproduces. */
function random(seed: number) {
  let state = seed;
  return (n: number) => (state = (state * 48271) % 2147483647) % n;
}

/**
 * A random table over land, gemeenten, wijken and buurten, with gaps (a missing wijk, a missing
 * total), breakdowns, duplicated keys, ties in the counts and a second indicator.
 */
function randomCells(seed: number): RawCell[] {
  const next = random(seed);
  const cells: RawCell[] = [];
  const add = (indicator: string, level: PackageLevel, region: string, breakdown = '') => {
    if (next(12) === 0) return; // a gap
    const numerator = next(4) === 0 ? 0 : next(40);
    cells.push({
      indicator,
      level,
      region,
      breakdown,
      numerator,
      denominator: next(5) === 0 ? null : numerator + next(60),
      contributors: next(3) === 0 ? Math.min(numerator, next(15)) : numerator,
      top1: next(4) === 0 ? next(30) : null,
      top2: next(4) === 0 ? next(10) : null,
    });
    if (next(40) === 0) cells.push({ ...cells[cells.length - 1]!, numerator: next(20) });
  };
  for (const indicator of ['b-test', 'a-test-long']) {
    add(indicator, 'land', 'NL00');
    for (const b of ['53', '4', '49']) add(indicator, 'land', 'NL00', b);
    for (let g = 1; g <= 3 + next(4); g += 1) {
      const gm = `00${g}${next(2)}`;
      add(indicator, 'gemeente', `GM${gm}`);
      if (next(3) === 0) add(indicator, 'gemeente', `GM${gm}`, String(next(3)));
      for (let w = 1; w <= 1 + next(4); w += 1) {
        add(indicator, 'wijk', `WK${gm}0${w}`);
        for (let b = 1; b <= 1 + next(5); b += 1) add(indicator, 'buurt', `BU${gm}0${w}0${b}`);
      }
    }
  }
  // Shuffled, so no order of the input is assumed.
  for (let i = cells.length - 1; i > 0; i -= 1) {
    const j = next(i + 1);
    [cells[i], cells[j]] = [cells[j]!, cells[i]!];
  }
  return cells;
}

describe('the id-based disclosure control against the string-keyed reference', () => {
  it.each(Array.from({ length: 200 }, (_, i) => i + 1))(
    'gives the same groups, picks and safe cells on random table %i',
    (seed) => {
      const cells = randomCells(seed);
      expect(additiveGroups(cells)).toEqual(referenceAdditiveGroups(cells));
      const primary = new Set(cells.filter((c) => primaryReason(c, defaultRules)).map(cellKey));
      expect([...secondarySuppression(cells, primary)]).toEqual([
        ...referenceSecondarySuppression(cells, primary),
      ]);
      const rules = { ...defaultRules, minCount: 3 + (seed % 10) };
      expect(protect(cells, rules)).toEqual(referenceProtect(cells, rules));
    },
  );

  it('treats keys whose parts hold the separator as the one key they always were', () => {
    const cells = randomCells(3).map((c, i) =>
      i % 7 === 0 ? { ...c, breakdown: c.breakdown === '' ? '' : `x|${c.breakdown}` } : c,
    );
    cells.push(
      { ...cells[0]!, indicator: 'a|b', region: 'c' },
      { ...cells[0]!, indicator: 'a', region: 'b|c' },
    );
    expect(additiveGroups(cells)).toEqual(referenceAdditiveGroups(cells));
    expect(protect(cells, defaultRules)).toEqual(referenceProtect(cells, defaultRules));
  });
});

describe('verifyRows against the string-keyed reference', () => {
  const manifest = JSON.parse(
    readFileSync(join(goldenOutput, 'manifest.json'), 'utf8'),
  ) as Manifest;
  const lines = readFileSync(join(goldenOutput, 'values.csv'), 'utf8').trimEnd().split('\n');

  it.each(Array.from({ length: 30 }, (_, i) => i + 1))(
    'lists the same violations in the same order on tampered package %i',
    (seed) => {
      const next = random(seed);
      const body = lines.slice(1).map((line) => {
        const fields = line.split(',');
        const roll = next(20);
        if (roll === 0) fields[8] = fields[8] === 'suppressed' ? 'rounded' : 'suppressed';
        if (roll === 1) fields[2] = 'provincie';
        if (roll === 2) fields[4] = fields[4] === '' ? '7' : '';
        return fields.join(',');
      });
      for (let d = 0; d < 3; d += 1) body.splice(next(body.length), 0, body[next(body.length)]!);
      const rows = parseValuesCsv(`${[lines[0], ...body].join('\n')}\n`, []);
      expect(verifyRows(manifest, rows)).toEqual(referenceVerifyRows(manifest, rows));
    },
  );
});
