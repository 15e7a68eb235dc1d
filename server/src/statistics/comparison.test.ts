// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';

import { compareRegions, type RegionValue } from './comparison';

// Registered crimes per 1,000 inhabitants in three made-up regions of very different size.
//   A:  10 /  1,000 → 10 per 1,000
//   B:  30 /  2,000 → 15 per 1,000
//   C: 400 / 20,000 → 20 per 1,000
const A: RegionValue = {
  code: 'GM0001',
  value: 10,
  numerator: 10,
  denominator: 1000,
  status: 'exact',
};
const B: RegionValue = {
  code: 'GM0002',
  value: 15,
  numerator: 30,
  denominator: 2000,
  status: 'exact',
};
const C: RegionValue = {
  code: 'GM0003',
  value: 20,
  numerator: 400,
  denominator: 20000,
  status: 'exact',
};
const rate = { kind: 'ratio', multiplier: 1000 } as const;

describe('compareRegions: national value', () => {
  it('computes a rate from the sums, not as the mean of the rates', () => {
    // Σ numerators 440, Σ denominators 23,000 → 440 / 23,000 × 1,000 = 19.1304…
    // The (wrong) mean of the rates would be (10 + 15 + 20) / 3 = 15.
    const { national } = compareRegions({ ...rate, regions: [A, B, C] });
    expect(national.value).toBeCloseTo(19.130434782608695, 12);
    expect(national.value).not.toBeCloseTo(15, 1);
    expect(national).toMatchObject({ method: 'ratio-of-sums', published: false });
    expect(national).toMatchObject({
      approximate: false,
      regionsContributing: 3,
      anyMissing: false,
    });
  });

  it('leaves missing and secret regions out of the sums and says how many contributed', () => {
    // The secret region carries numbers by mistake; they must not be used or passed on.
    const secret: RegionValue = {
      code: 'GM0005',
      value: 100,
      numerator: 100,
      denominator: 1000,
      status: 'secret',
    };
    const missing: RegionValue = { code: 'GM0004', value: null, status: 'missing' };
    const result = compareRegions({ ...rate, regions: [A, B, C, missing, secret] });
    expect(result.national.value).toBeCloseTo(19.130434782608695, 12); // still 440 / 23,000
    expect(result.national).toMatchObject({
      regionsContributing: 3,
      regionsTotal: 5,
      anyMissing: true,
    });
    expect(result.national.reason).toContain('3 van 5');
    const hidden = result.regions.find((r) => r.code === 'GM0005');
    expect(hidden).toMatchObject({ status: 'secret', value: null, index: null, percentile: null });
    expect(hidden).toMatchObject({ zScore: null, change: null, changeStatus: 'not-usable' });
  });

  it('approximates a mean from a weight and flags it approximate', () => {
    // Mean income 30 over 100 households and 40 over 300: (30·100 + 40·300) / 400 = 15,000 / 400 = 37.5.
    // The third region has no weight: it cannot contribute, but is still ranked.
    const result = compareRegions({
      kind: 'mean',
      regions: [
        { code: 'GM0001', value: 30, weight: 100, status: 'exact' },
        { code: 'GM0002', value: 40, weight: 300, status: 'rounded' },
        { code: 'GM0003', value: 50, status: 'exact' },
      ],
    });
    expect(result.national).toMatchObject({
      value: 37.5,
      method: 'weighted-mean',
      approximate: true,
    });
    expect(result.national).toMatchObject({ regionsContributing: 2, anyMissing: true });
    expect(result.regions[2]?.index).toBeCloseTo((100 * 50) / 37.5, 12); // 133.33
  });

  it('lets a published national value override the computed one', () => {
    const result = compareRegions({ ...rate, regions: [A, B, C], published: 18 });
    expect(result.national).toMatchObject({ value: 18, method: 'published', published: true });
    expect(result.national.regionsContributing).toBeNull();
    expect(result.regions[2]?.index).toBeCloseTo((100 * 20) / 18, 12); // 111.11
  });

  it('gives no national median unless one is published, but still ranks the regions', () => {
    const regions: RegionValue[] = [
      { code: 'GM0001', value: 31.2, status: 'exact' },
      { code: 'GM0002', value: 28.9, status: 'exact' },
    ];
    const result = compareRegions({ kind: 'median', regions });
    expect(result.national).toMatchObject({ value: null, method: 'not-available' });
    expect(result.national.reason).toContain('mediaan');
    expect(result.regions[0]).toMatchObject({ index: null, difference: null, percentile: 75 });
    expect(compareRegions({ kind: 'median', regions, published: 30 }).national.value).toBe(30);
  });

  it('sums counts, warns when the sum is incomplete, and gives no index for a count', () => {
    const counts: RegionValue[] = [
      { code: 'GM0001', value: 120, status: 'exact' },
      { code: 'GM0002', value: 80, status: 'exact' },
      { code: 'GM0003', value: null, status: 'secret' },
    ];
    const result = compareRegions({ kind: 'count', regions: counts });
    expect(result.national).toMatchObject({ value: 200, method: 'sum', approximate: true });
    expect(result.national.reason).toContain('te laag');
    expect(result.regions[0]).toMatchObject({ index: null, difference: null, percentile: 75 });
  });

  it('inherits the national value of a coarser level unchanged', () => {
    const gemeente = compareRegions({ ...rate, regions: [A, B, C] }).national;
    const wijk = compareRegions({ ...rate, regions: [A], inherited: gemeente }).national;
    expect(wijk).toEqual({ ...gemeente, method: 'inherited' });
  });
});

describe('compareRegions: per region', () => {
  it('gives index, difference, mid-rank percentile and z-score', () => {
    const [a, , c] = compareRegions({ ...rate, regions: [C, A, B] }).regions;
    // national 19.1304…: index C = 100 × 20 / 19.1304 = 104.545…, difference 20 − 19.1304 = 0.8696
    expect(c?.index).toBeCloseTo(104.54545454545455, 10);
    expect(c?.difference).toBeCloseTo(0.8695652173913047, 12);
    expect(a?.index).toBeCloseTo(52.27272727272727, 10);
    // percentile: 100 × (0 + ½) / 3 = 16.67 for the lowest, 100 × (2 + ½) / 3 = 83.33 for the highest
    expect(a?.percentile).toBeCloseTo(16.666666666666668, 12);
    expect(c?.percentile).toBeCloseTo(83.33333333333333, 12);
    // z: mean 15, population sd √((25 + 0 + 25) / 3) = 4.0825 → z(C) = 5 / 4.0825 = 1.2247
    expect(c?.zScore).toBeCloseTo(1.224744871391589, 12);
    expect(a?.zScore).toBeCloseTo(-1.224744871391589, 12);
  });

  it('ranks ties together', () => {
    const tie = { ...B, code: 'GM0009' };
    const result = compareRegions({ ...rate, regions: [A, B, C, tie] });
    // 15 and 15: below 1, equal 2 → 100 × (1 + 1) / 4 = 50 for both
    expect(result.regions.map((r) => r.percentile)).toEqual([12.5, 50, 87.5, 50]);
  });

  it('gives the change since the previous period only for comparable, usable pairs', () => {
    const newcomer: RegionValue = {
      code: 'GM1992',
      value: 12,
      numerator: 12,
      denominator: 1000,
      status: 'exact',
    };
    const previous: RegionValue[] = [
      { code: 'GM0001', value: 8, status: 'exact' },
      { code: 'GM0002', value: null, status: 'secret' },
      { code: 'GM0003', value: 18, status: 'exact' },
    ];
    const result = compareRegions({
      ...rate,
      regions: [A, B, C, newcomer],
      previous,
      boundaryChanged: new Set(['GM0003']),
    });
    const byCode = new Map(result.regions.map((r) => [r.code, r]));
    // A: 10 − 8 = 2; relative 100 × 2 / 8 = 25 %
    expect(byCode.get('GM0001')).toMatchObject({ previousValue: 8, change: 2, changeRelative: 25 });
    expect(byCode.get('GM0001')?.changeStatus).toBe('computed');
    expect(byCode.get('GM0002')).toMatchObject({
      change: null,
      changeStatus: 'previous-not-usable',
    });
    expect(byCode.get('GM0003')).toMatchObject({ change: null, changeStatus: 'boundary-changed' });
    expect(byCode.get('GM1992')).toMatchObject({ change: null, changeStatus: 'new-region' });
    const alone = compareRegions({ ...rate, regions: [A] }).regions[0];
    expect(alone?.changeStatus).toBe('no-previous-period');
  });

  it('gives no relative change from a previous value of zero', () => {
    const result = compareRegions({
      kind: 'count',
      regions: [{ code: 'GM0001', value: 3, status: 'exact' }],
      previous: [{ code: 'GM0001', value: 0, status: 'exact' }],
    });
    expect(result.regions[0]).toMatchObject({ change: 3, changeRelative: null });
  });
});

describe('compareRegions: guarantees', () => {
  it('does not depend on input order', () => {
    const missing: RegionValue = { code: 'GM0004', value: null, status: 'missing' };
    const forward = compareRegions({ ...rate, regions: [A, B, C, missing] });
    expect(compareRegions({ ...rate, regions: [missing, C, B, A] })).toEqual(forward);
    expect(forward.regions.map((r) => r.code)).toEqual(['GM0001', 'GM0002', 'GM0003', 'GM0004']);
  });

  it('refuses duplicate codes and usable statuses without a value', () => {
    expect(() => compareRegions({ ...rate, regions: [A, A] })).toThrow(/duplicate/);
    const broken: RegionValue = { code: 'GM0007', value: null, status: 'exact' };
    expect(() => compareRegions({ ...rate, regions: [broken] })).toThrow(RangeError);
  });

  it('never derives a secret value, even when the published total would allow it', () => {
    // Published total 540 and known parts 120 + 80 would give 340 by subtraction; we never do that.
    const counts: RegionValue[] = [
      { code: 'GM0001', value: 120, status: 'exact' },
      { code: 'GM0002', value: 80, status: 'exact' },
      { code: 'GM0003', value: 340, status: 'secret' },
    ];
    const result = compareRegions({ kind: 'count', regions: counts, published: 540 });
    const numbers = JSON.stringify(result.regions);
    expect(numbers).not.toContain('340');
    expect(result.regions[2]?.value).toBeNull();
  });
});
