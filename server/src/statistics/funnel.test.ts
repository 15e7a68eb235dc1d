// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';

import { compareRegions, type RegionValue } from './comparison';
import {
  controlLimits,
  estimateOverdispersion,
  funnelLimits,
  poissonExactInterval,
} from './funnel';
import { regularizedGammaQ } from './percentile';

const region = (code: string, numerator: number, denominator: number): RegionValue => ({
  code,
  value: (numerator / denominator) * 1000,
  numerator,
  denominator,
  status: 'exact',
});

describe('controlLimits(model, theta, n, multiplier)', () => {
  it('interpolates the exact Poisson quantiles (hand-computed for an expected count of 1)', () => {
    // θ = 0.01, n = 100 → Poisson(1). F(2) = 2.5/e = 0.9196986, F(3) = 8/(3e) = 0.9810118.
    // Upper 97.5 %: r = 3 (first F ≥ 0.975), α = (0.9810118 − 0.975) / (0.9810118 − 0.9196986)
    //   = 0.0980505 → (3 + 1 − 0.0980505) / 100 × 1000 = 39.0195 per 1,000.
    // Lower 2.5 %: r = 0 (F(0) = 0.3679 ≥ 0.025) and 0 − α < 0, so the limit is 0.
    const limits = controlLimits('poisson', 0.01, 100, 1000);
    expect(limits.upper95).toBeCloseTo(39.019486964854146, 9);
    expect(limits.upper998).toBeCloseTo(58.67625595670333, 9); // SciPy, same interpolation
    expect(limits.lower95).toBe(0);
    expect(limits.lower998).toBe(0);
  });

  it('interpolates the exact binomial quantiles symmetrically (hand-computed for 10 trials at ½)', () => {
    // Binomial(10, ½), F in 1024ths: F(1) = 11, F(2) = 56, F(7) = 968, F(8) = 1013.
    // Lower 2.5 % (25.6/1024): r = 2, α = (56 − 25.6) / (56 − 11) = 0.67556 → (2 − 0.67556) / 10 = 13.2444 %
    // Upper 97.5 % (998.4/1024): r = 8, α = (1013 − 998.4) / (1013 − 968) = 0.32444
    //   → (8 + 1 − 0.32444) / 10 = 86.7556 % = 100 − 13.2444: symmetric, as Binomial(10, ½) is.
    const limits = controlLimits('binomial', 0.5, 10, 100);
    expect(limits.lower95).toBeCloseTo(13.244444444444445, 10);
    expect(limits.upper95).toBeCloseTo(86.75555555555555, 10);
    expect(limits.lower998 + limits.upper998).toBeCloseTo(100, 10);
  });

  it('flags a whole count exactly when its one-sided exact p-value is below the tail', () => {
    // Poisson(25): a count y is above the 95 % funnel iff P(Y ≥ y) < 2.5 %, below iff P(Y ≤ y) < 2.5 %.
    const { lower95, upper95 } = controlLimits('poisson', 0.05, 500);
    for (let y = 0; y <= 60; y++) {
      const atMost = regularizedGammaQ(y + 1, 25);
      const atLeast = y === 0 ? 1 : 1 - regularizedGammaQ(y, 25);
      expect(y / 500 > upper95, `y = ${y}`).toBe(atLeast < 0.025);
      expect(y / 500 < lower95, `y = ${y}`).toBe(atMost < 0.025);
    }
  });

  it('matches SciPy for larger denominators and narrows as n grows', () => {
    const small = controlLimits('binomial', 0.3, 200, 100);
    expect(small.lower998).toBeCloseTo(20.052326021092867, 8);
    expect(small.upper998).toBeCloseTo(40.51054062281997, 8);
    const large = controlLimits('binomial', 0.3, 50000, 100);
    expect(large.lower95).toBeCloseTo(29.597705780267113, 8);
    expect(large.upper95).toBeCloseTo(30.40305431708525, 8);
    const city = controlLimits('poisson', 0.05, 200000, 1000);
    expect(city.lower998).toBeCloseTo(48.459526816685475, 7);
    expect(city.upper998).toBeCloseTo(51.55472025548553, 7);
    expect(large.upper95 - large.lower95).toBeLessThan(small.upper95 - small.lower95);
  });
});

describe('funnelLimits(input)', () => {
  // National rate 50 per 1,000. A village of 500 with 33 crimes (66 per 1,000) and a city of
  // 200,000 with 11,000 crimes (55 per 1,000).
  const village = region('GM0101', 33, 500);
  const city = region('GM0202', 11000, 200000);
  const town = region('GM0303', 100, 2000); // 50 per 1,000, exactly national

  it('does not flag a small municipality that a naive ranking puts on top', () => {
    // Naive: the village has the highest rate and index 132, the city only 110.
    const naive = compareRegions({
      kind: 'ratio',
      multiplier: 1000,
      regions: [village, city, town],
      published: 50,
    });
    expect(naive.regions[0]).toMatchObject({ code: 'GM0101', index: 132 });
    expect(naive.regions[0]?.percentile).toBeGreaterThan(naive.regions[1]?.percentile ?? 100);
    // Exact funnel: Poisson(25) gives the village an upper 95 % limit of 71.55 per 1,000 → within.
    // Poisson(10,000) gives the city an upper 99.8 % limit of 51.55 per 1,000 → strongly above.
    const funnel = funnelLimits({
      model: 'poisson',
      national: 50,
      multiplier: 1000,
      regions: [town, city, village],
      overdispersion: 'none',
    });
    const [v, c, t] = funnel.regions;
    expect(v).toMatchObject({ code: 'GM0101', value: 66, expected: 25, position: 'within' });
    expect(v?.upper95).toBeCloseTo(71.55343438017943, 8);
    expect(c).toMatchObject({ code: 'GM0202', value: 55, position: 'strongly-above' });
    expect(t?.position).toBe('within');
    expect(funnel.method).toBe('exact');
  });

  it('passes regions without a usable rate through with nulls', () => {
    const secret: RegionValue = {
      code: 'GM0404',
      value: null,
      numerator: 4,
      denominator: 80,
      status: 'secret',
    };
    const noBase: RegionValue = { code: 'GM0505', value: 12, status: 'exact' };
    const result = funnelLimits({
      model: 'poisson',
      national: 50,
      multiplier: 1000,
      regions: [secret, noBase],
    });
    for (const r of result.regions)
      expect(r).toMatchObject({ value: null, upper95: null, position: null });
    expect(result.regions[0]?.status).toBe('secret');
  });

  it('refuses a binomial region with a fractional count or k > n', () => {
    const broken = { ...region('GM0606', 12.5, 100), value: 12.5 };
    expect(() =>
      funnelLimits({ model: 'binomial', national: 10, multiplier: 100, regions: [broken] }),
    ).toThrow(RangeError);
  });

  it('does not depend on input order', () => {
    const a = funnelLimits({
      model: 'poisson',
      national: 50,
      multiplier: 1000,
      regions: [village, city, town],
    });
    const b = funnelLimits({
      model: 'poisson',
      national: 50,
      multiplier: 1000,
      regions: [town, village, city],
    });
    expect(b).toEqual(a);
  });
});

describe('overdispersion', () => {
  // θ = 0.01 (10 per 1,000), n = 10,000 each: expected 100, sd on the count scale 10.
  it('estimates φ and τ² by hand and widens the limits when asked', () => {
    // Observed 100, 130, 70 → z = 0, 3, −3 (no winsorising below 10 regions).
    // φ = (0 + 9 + 9) / 3 = 6. Weights w = n/θ = 10⁶ each: Σw = 3·10⁶, Σw² / Σw = 10⁶.
    // τ² = (3·6 − 2) / (3·10⁶ − 10⁶) = 16 / (2·10⁶) = 8·10⁻⁶.
    const regions = [
      region('GM0001', 100, 10000),
      region('GM0002', 130, 10000),
      region('GM0003', 70, 10000),
    ];
    const od = estimateOverdispersion('poisson', 0.01, regions);
    expect(od?.phi).toBeCloseTo(6, 12);
    expect(od?.tau2).toBeCloseTo(8e-6, 15);
    // Exact limits: 130 of an expected 100 lies above the 95 % limit.
    const exact = funnelLimits({
      model: 'poisson',
      national: 10,
      multiplier: 1000,
      regions,
      overdispersion: 'none',
    });
    expect(exact.regions[1]?.position).toBe('above');
    // Random effects (the default): sd = √(0.01 / 10,000 + 8·10⁻⁶) = √(9·10⁻⁶) = 0.003;
    // upper 95 % = (0.01 + 1.959964 × 0.003) × 1000 = 15.8799 per 1,000 → 13 is within.
    const widened = funnelLimits({
      model: 'poisson',
      national: 10,
      multiplier: 1000,
      regions,
    });
    expect(widened.method).toBe('random-effects');
    expect(widened.regions[1]?.upper95).toBeCloseTo(15.879891953620163, 9);
    expect(widened.regions[1]?.position).toBe('within');
  });

  it('winsorises the 10 % most extreme z-scores at each end', () => {
    // z = (O − 100) / 10: seven 0s, +1, −1 and one outlier of +10. Sorted, k = ⌊0.1 × 10⌋ = 1:
    // low = 2nd smallest = 0, high = 2nd largest = 1 → winsorised 0 ×8, 1, 1 → φ = 2 / 10 = 0.2
    // (without winsorising it would be (1 + 1 + 100) / 10 = 10.2). τ² = max(0, 2 − 9) → 0.
    const counts = [100, 100, 100, 100, 100, 110, 90, 100, 100, 200];
    const regions = counts.map((o, i) => region(`GM00${10 + i}`, o, 10000));
    const od = estimateOverdispersion('poisson', 0.01, regions);
    expect(od?.phi).toBeCloseTo(0.2, 12);
    expect(od).toMatchObject({ tau2: 0, regions: 10 });
    // Without overdispersion the default keeps the exact limits.
    const result = funnelLimits({ model: 'poisson', national: 10, multiplier: 1000, regions });
    expect(result.method).toBe('exact');
  });
});

describe('poissonExactInterval(count, level)', () => {
  it('gives the Garwood interval', () => {
    const [lower, upper] = poissonExactInterval(10);
    expect(lower).toBeCloseTo(4.7953886961324335, 9);
    expect(upper).toBeCloseTo(18.39035604201778, 9);
    const [zeroLower, zeroUpper] = poissonExactInterval(0);
    expect(zeroLower).toBe(0);
    expect(zeroUpper).toBeCloseTo(3.6888794541139354, 9); // −ln(0.025)
  });
});
