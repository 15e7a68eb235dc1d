// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';

import { cellKey, type PackageLevel, type RawCell } from './cells';
import { defaultRules, primaryReason, protect, roundTo, secondarySuppression } from './privacy';

const cell = (
  level: PackageLevel,
  region: string,
  numerator: number,
  extra: Partial<RawCell> = {},
): RawCell => ({
  indicator: 'test',
  level,
  region,
  breakdown: '',
  numerator,
  denominator: 1000,
  contributors: numerator,
  top1: null,
  top2: null,
  ...extra,
});

const byRegion = (cells: ReturnType<typeof protect>) =>
  new Map(cells.map((c) => [c.region + c.breakdown, c]));

describe('primaryReason(cell, rules)', () => {
  it('suppresses fewer than the minimum number of contributors, but not zero', () => {
    expect(primaryReason(cell('wijk', 'WK000101', 9), defaultRules)).toBe('min-count');
    expect(primaryReason(cell('wijk', 'WK000101', 10), defaultRules)).toBeNull();
    expect(primaryReason(cell('wijk', 'WK000101', 0), defaultRules)).toBeNull();
  });

  it('counts contributors, not the numerator: 40 dwellings of 3 owners is too few', () => {
    expect(primaryReason(cell('wijk', 'WK000101', 40, { contributors: 3 }), defaultRules)).toBe(
      'min-count',
    );
  });

  it('suppresses a small population at risk even when nobody in it has the attribute', () => {
    expect(primaryReason(cell('buurt', 'BU00010101', 0, { denominator: 6 }), defaultRules)).toBe(
      'min-count',
    );
  });

  it('follows the configured minimum', () => {
    expect(primaryReason(cell('wijk', 'WK000101', 4), { ...defaultRules, minCount: 3 })).toBeNull();
  });

  it('applies the dominance rule when the two largest contributors exceed 85 %', () => {
    const dominated = cell('gemeente', 'GM0001', 100, { contributors: 12, top1: 70, top2: 16 });
    const spread = cell('gemeente', 'GM0001', 100, { contributors: 12, top1: 70, top2: 15 });
    expect(primaryReason(dominated, defaultRules)).toBe('dominance');
    expect(primaryReason(spread, defaultRules)).toBeNull();
  });
});

describe('roundTo(value, base)', () => {
  it('rounds to the nearest multiple, halves up', () => {
    expect([0, 2, 3, 12, 12.5, 13, 17].map((n) => roundTo(n, 5))).toEqual([
      0, 0, 5, 10, 15, 15, 15,
    ]);
  });
});

describe('protect(cells, rules)', () => {
  it('rounds counts below gemeente level to multiples of 5 and keeps gemeente and land exact', () => {
    const out = byRegion(
      protect(
        [
          cell('land', 'NL00', 123, { denominator: 4567 }),
          cell('gemeente', 'GM0001', 123, { denominator: 4567 }),
          cell('wijk', 'WK000101', 123, { denominator: 4567 }),
        ],
        defaultRules,
      ),
    );
    expect(out.get('NL00')).toMatchObject({ numerator: 123, denominator: 4567, status: 'exact' });
    expect(out.get('GM0001')).toMatchObject({ numerator: 123, status: 'exact' });
    expect(out.get('WK000101')).toMatchObject({
      numerator: 125,
      denominator: 4565,
      status: 'rounded',
    });
  });

  it('defeats the differencing attack: one suppressed wijk under a published gemeente forces a second', () => {
    // Without a second suppression, WK000102 = 60 − 30 − 25 = 5.
    const cells = [
      cell('gemeente', 'GM0001', 60),
      cell('wijk', 'WK000101', 30),
      cell('wijk', 'WK000102', 5),
      cell('wijk', 'WK000103', 25),
    ];
    const out = byRegion(protect(cells, defaultRules));
    expect(out.get('WK000102')).toMatchObject({
      status: 'suppressed',
      reason: 'min-count',
      numerator: null,
    });
    // The smallest other wijk is the cheapest complement.
    expect(out.get('WK000103')).toMatchObject({ status: 'suppressed', reason: 'secondary' });
    expect(out.get('WK000101')?.status).toBe('rounded');
    expect(out.get('GM0001')?.status).toBe('exact');
  });

  it('suppresses the parent when no other child can hide the suppressed one', () => {
    const tiny = [
      cell('gemeente', 'GM0001', 2),
      cell('wijk', 'WK000101', 2),
      cell('wijk', 'WK000102', 0),
    ];
    const hidden = byRegion(
      protect([cell('land', 'NL00', 500), cell('gemeente', 'GM0002', 498), ...tiny], defaultRules),
    );
    expect(hidden.get('WK000101')?.reason).toBe('min-count');
    // A zero sibling would reveal nothing new (2 = 2 − 0), so the gemeente goes, and then a
    // second gemeente so the land total cannot give it back.
    expect(hidden.get('WK000102')?.status).toBe('rounded');
    expect(hidden.get('GM0001')?.status).toBe('suppressed');
    expect(hidden.get('GM0002')).toMatchObject({ status: 'suppressed', reason: 'secondary' });
  });

  it('propagates down: a wijk suppressed as complement takes one of its buurten with it', () => {
    const cells = [
      cell('gemeente', 'GM0001', 100),
      cell('wijk', 'WK000101', 4),
      cell('wijk', 'WK000102', 40),
      cell('wijk', 'WK000103', 56),
      cell('buurt', 'BU00010201', 20),
      cell('buurt', 'BU00010202', 20),
    ];
    const protectedCells = protect(cells, defaultRules);
    const out = byRegion(protectedCells);
    expect(out.get('WK000102')?.reason).toBe('secondary');
    // WK000102 = BU…0201 + BU…0202 would give the wijk back unless a buurt goes too.
    // One buurt is enough: the wijk and that buurt are then two unknowns in one sum.
    const buurten = ['BU00010201', 'BU00010202'].map((code) => out.get(code)?.status);
    expect(buurten.filter((s) => s === 'suppressed')).toHaveLength(1);
  });

  it('protects breakdowns: a total with one suppressed category loses a second one', () => {
    const cells = [
      cell('land', 'NL00', 100, { denominator: null }),
      cell('land', 'NL00', 50, { breakdown: '53', denominator: null }),
      cell('land', 'NL00', 3, { breakdown: '49', denominator: null }),
      cell('land', 'NL00', 47, { breakdown: '56', denominator: null }),
    ];
    const out = byRegion(protect(cells, defaultRules));
    expect(out.get('NL0049')?.reason).toBe('min-count');
    expect(out.get('NL0056')?.reason).toBe('secondary');
    expect(out.get('NL0053')?.status).toBe('exact');
  });

  it('names the coarser published level that still carries a suppressed buurt', () => {
    const cells = [
      cell('gemeente', 'GM0001', 60),
      cell('wijk', 'WK000101', 60),
      cell('buurt', 'BU00010101', 4),
      cell('buurt', 'BU00010102', 56),
    ];
    const out = byRegion(protect(cells, defaultRules));
    expect(out.get('BU00010101')).toMatchObject({ status: 'suppressed', carriedBy: 'WK000101' });
    expect(out.get('BU00010102')).toMatchObject({ status: 'suppressed', carriedBy: 'WK000101' });
  });

  it('leaves no additive group with exactly one suppressed cell on a larger random table', () => {
    const cells: RawCell[] = [cell('land', 'NL00', 0)];
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647) % 30;
    for (let g = 1; g <= 6; g += 1)
      for (let w = 1; w <= 5; w += 1)
        for (let b = 1; b <= 4; b += 1) cells.push(cell('buurt', `BU000${g}0${w}0${b}`, next()));
    const sum = (prefix: string) =>
      cells
        .filter((c) => c.level === 'buurt' && c.region.startsWith(prefix))
        .reduce((s, c) => s + c.numerator, 0);
    for (let g = 1; g <= 6; g += 1) {
      cells.push(cell('gemeente', `GM000${g}`, sum(`BU000${g}`)));
      for (let w = 1; w <= 5; w += 1)
        cells.push(cell('wijk', `WK000${g}0${w}`, sum(`BU000${g}0${w}`)));
    }
    const primary = new Set(cells.filter((c) => primaryReason(c, defaultRules)).map(cellKey));
    const suppressed = new Set([...primary, ...secondarySuppression(cells, primary)]);
    const groups = new Map<string, string[]>();
    for (const c of cells.filter((x) => x.level !== 'land')) {
      const parent =
        c.level === 'buurt'
          ? `WK${c.region.slice(2, 8)}`
          : c.level === 'wijk'
            ? `GM${c.region.slice(2, 6)}`
            : 'NL00';
      groups.set(parent, [...(groups.get(parent) ?? []), c.region]);
    }
    const isHidden = (region: string) => [...suppressed].some((k) => k.split('|')[2] === region);
    for (const [parent, children] of groups)
      expect([parent, ...children].filter(isHidden).length, parent).not.toBe(1);
    expect(primary.size).toBeGreaterThan(10);
  });
});
