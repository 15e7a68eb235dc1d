// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';

import { classOf, coloursFor, palettes, quantileBreaks } from './classes';

describe('quantileBreaks(values)', () => {
  it('splits ten values into five classes of two', () => {
    const values = [10, 1, 9, 2, 8, 3, 7, 4, 6, 5];
    const breaks = quantileBreaks(values);
    expect(breaks).toHaveLength(4);
    const counts = [0, 0, 0, 0, 0];
    for (const v of values) counts[classOf(v, breaks)]!++;
    expect(counts).toEqual([2, 2, 2, 2, 2]);
  });

  it('drops duplicate thresholds so that no class is empty by construction', () => {
    const breaks = quantileBreaks([1, 1, 1, 1, 2]);
    expect(breaks).toHaveLength(2);
    expect(breaks[0]).toBe(1);
    expect(breaks[1]).toBeCloseTo(1.2, 10);
    expect(quantileBreaks([])).toEqual([]);
  });
});

describe('coloursFor(direction, n)', () => {
  it('uses the whole palette for five classes and its ends for two', () => {
    expect(coloursFor('neutral', 5)).toEqual([...palettes.neutral]);
    expect(coloursFor('higher-more-attention', 2)).toEqual(['#fef0d9', '#b30000']);
  });
});
