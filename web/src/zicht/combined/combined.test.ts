// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';

import { combine, sensitivity, weightProblem, type CombinedInput } from './combined';

const input = (
  id: string,
  weight: number,
  scores: Record<string, number>,
  reversed = false,
): CombinedInput => ({ id, name: id, weight, reversed, scores: new Map(Object.entries(scores)) });

describe('combine(inputs, codes)', () => {
  it('ranks by the weighted mean of z-scores, with contributions that add up', () => {
    const a = input('a', 2, { X: 1, Y: -1, Z: 0 });
    const b = input('b', 1, { X: -2, Y: 2, Z: 0.5 });
    const { ranked } = combine([a, b], ['X', 'Y', 'Z']);
    // X: (2·1 + 1·−2)/3 = 0; Y: (−2 + 2)/3 = 0; Z: (0 + 0.5)/3 = 1/6.
    expect(ranked.map((r) => r.code)).toEqual(['Z', 'X', 'Y']);
    expect(ranked[0]!.score).toBeCloseTo(1 / 6, 12);
    for (const r of ranked)
      expect(Object.values(r.contributions).reduce((s, x) => s + x, 0)).toBeCloseTo(r.score, 12);
  });

  it('flips reversed indicators and leaves out regions with a missing value', () => {
    const low = input('inkomen', 1, { X: -2, Y: 1 }, true);
    const other = input('b', 1, { X: 0, Y: 0, Z: 3 });
    const result = combine([low, other], ['X', 'Y', 'Z']);
    expect(result.ranked.map((r) => [r.code, r.score])).toEqual([
      ['X', 1],
      ['Y', -0.5],
    ]);
    expect(result.unscored).toEqual([{ code: 'Z', missing: ['inkomen'] }]);
  });

  it('refuses weights that sum to zero', () => {
    expect(weightProblem([{ weight: 0 }, { weight: 0 }])).toMatch(/nul/);
    expect(() => combine([input('a', 0, { X: 1 })], ['X'])).toThrow(/nul/);
    expect(weightProblem([{ weight: -1 }])).toMatch(/0 of meer/);
  });
});

describe('sensitivity(inputs, codes)', () => {
  it('reports a stable top when one indicator dominates', () => {
    const codes = Array.from({ length: 20 }, (_, i) => `R${String(i).padStart(2, '0')}`);
    const a = input('a', 1, Object.fromEntries(codes.map((c, i) => [c, i])));
    const b = input('b', 0.01, Object.fromEntries(codes.map((c, i) => [c, -i])));
    expect(sensitivity([a, b], codes)).toEqual({ top: 10, minimumKept: 10, largestRankChange: 0 });
  });

  it('notices a top that flips when two indicators pull in opposite directions', () => {
    const a = input('a', 1, { X: 1, Y: 0 });
    const b = input('b', 1, { X: 0, Y: 1.1 });
    const s = sensitivity([a, b], ['X', 'Y'], 1);
    expect(s.minimumKept).toBe(0);
    expect(s.largestRankChange).toBe(1);
  });
});
