// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';

import {
  chiSquareQuantile,
  logGamma,
  midRankPercentiles,
  normalCdf,
  normalQuantile,
  regularizedBeta,
  regularizedGammaQ,
  standardScores,
} from './percentile';

describe('midRankPercentiles(values)', () => {
  it('gives ties one shared mid-rank percentile', () => {
    // values 10, 20, 20, 30 (n = 4):
    //   10: below 0, equal 1 → 100 × (0 + 0.5) / 4 = 12.5
    //   20: below 1, equal 2 → 100 × (1 + 1)   / 4 = 50
    //   30: below 3, equal 1 → 100 × (3 + 0.5) / 4 = 87.5
    expect(midRankPercentiles([20, 30, 10, 20])).toEqual([50, 87.5, 12.5, 50]);
  });

  it('places a lone value at 50 and all-equal values at 50', () => {
    expect(midRankPercentiles([7])).toEqual([50]);
    expect(midRankPercentiles([3, 3, 3])).toEqual([50, 50, 50]);
    expect(midRankPercentiles([])).toEqual([]);
  });

  it('refuses non-finite values instead of ranking them', () => {
    expect(() => midRankPercentiles([1, Number.NaN])).toThrow(RangeError);
  });
});

describe('standardScores(values)', () => {
  it('uses the unweighted mean and the population standard deviation', () => {
    // 2, 4, 4, 4, 5, 5, 7, 9: mean 40 / 8 = 5; squared deviations 9+1+1+1+0+0+4+16 = 32;
    // sd = √(32 / 8) = 2; z(9) = (9 − 5) / 2 = 2, z(2) = −1.5.
    const result = standardScores([2, 4, 4, 4, 5, 5, 7, 9]);
    expect(result?.mean).toBe(5);
    expect(result?.sd).toBe(2);
    expect(result?.scores).toEqual([-1.5, -0.5, -0.5, -0.5, 0, 0, 1, 2]);
  });

  it('is undefined (null) for fewer than two values or no spread', () => {
    expect(standardScores([4])).toBeNull();
    expect(standardScores([4, 4])).toBeNull();
  });
});

// Reference values: SciPy 1.17 (identical to R's qnorm, pnorm, qchisq, ppois, pbinom, lgamma).
describe('normal distribution', () => {
  it('matches qnorm and pnorm', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 12);
    expect(normalQuantile(0.999)).toBeCloseTo(3.090232306167813, 12);
    expect(normalQuantile(0.001)).toBeCloseTo(-3.090232306167813, 12);
    expect(normalQuantile(0.3)).toBeCloseTo(-0.5244005127080409, 12);
    expect(normalQuantile(1e-10)).toBeCloseTo(-6.361340902404056, 9);
    expect(normalQuantile(0.5)).toBeCloseTo(0, 15);
    expect(normalCdf(1.96)).toBeCloseTo(0.9750021048517795, 14);
    expect(normalCdf(-3)).toBeCloseTo(0.0013498980316300933, 15);
  });

  it('rejects probabilities outside (0, 1)', () => {
    expect(() => normalQuantile(1)).toThrow(RangeError);
  });
});

describe('chiSquareQuantile(p, df)', () => {
  it('matches qchisq', () => {
    expect(chiSquareQuantile(0.95, 1)).toBeCloseTo(3.841458820694124, 10);
    expect(chiSquareQuantile(0.95, 10)).toBeCloseTo(18.307038053275146, 10);
    expect(chiSquareQuantile(0.025, 20)).toBeCloseTo(2 * 4.7953886961324335, 10);
    expect(chiSquareQuantile(0.975, 22)).toBeCloseTo(2 * 18.39035604201778, 10);
  });
});

describe('incomplete gamma and beta', () => {
  it('gives Poisson and binomial probabilities that can be checked by hand', () => {
    // P(Poisson(1) ≤ 2) = e⁻¹ (1 + 1 + 1/2) = 2.5 / e = 0.9196986…
    expect(regularizedGammaQ(3, 1)).toBeCloseTo(2.5 / Math.E, 14);
    // P(Binomial(10, ½) ≤ 3) = (1 + 10 + 45 + 120) / 1024 = 176 / 1024 = 0.171875
    expect(regularizedBeta(0.5, 7, 4)).toBeCloseTo(0.171875, 14);
  });

  it('stays accurate for the large counts of big municipalities', () => {
    // ppois(10200, 10000), ppois(9700, 10000), ppois(450500, 450000)
    expect(regularizedGammaQ(10201, 10000)).toBeCloseTo(0.977250757990904, 9);
    expect(regularizedGammaQ(9701, 10000)).toBeCloseTo(0.0013128567774713174, 9);
    expect(regularizedGammaQ(450501, 450000)).toBeCloseTo(0.7722301729307022, 7);
    // pbinom(29800, 1e5, 0.3), pbinom(30300, 1e5, 0.3)
    expect(regularizedBeta(0.7, 100000 - 29800, 29801)).toBeCloseTo(0.08424147514225222, 9);
    expect(regularizedBeta(0.7, 100000 - 30300, 30301)).toBeCloseTo(0.9808737500270367, 9);
  });

  it('computes ln Γ', () => {
    expect(logGamma(0.5)).toBeCloseTo(0.5723649429247, 13); // ln √π
    expect(logGamma(3.7)).toBeCloseTo(1.428072326665388, 13);
    expect(logGamma(1e6) / 12815504.569147611).toBeCloseTo(1, 14);
  });
});
