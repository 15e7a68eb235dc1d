// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';

import { protectParts, protectTable, type Shown } from './disclosure';

const withheld = (s: Shown | undefined) => s === '<5' || s === 'x';

/** Every additive group of a protected table: a row with its total, a column with its total, the margins with the grand total. */
function groupsOf(t: ReturnType<typeof protectTable>): Shown[][] {
  const rows = t.cells.map((row, r) => [...row, t.rowTotals[r] ?? 'x']);
  const columns = t.columnTotals.map((total, c) => [...t.cells.map((row) => row[c] ?? 'x'), total]);
  return [...rows, ...columns, [...t.rowTotals, t.total], [...t.columnTotals, t.total]];
}

/** A deterministic pseudo-random table with many small counts. */
function table(seed: number, rows: number, columns: number): number[][] {
  let x = seed;
  const next = () => {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    return x;
  };
  return Array.from({ length: rows }, () =>
    Array.from({ length: columns }, () => [0, 1, 2, 3, 6, 8, 12][next() % 7] ?? 0),
  );
}

describe('protectParts(parts, total)', () => {
  it('withholds the smallest other part when exactly one part is under five', () => {
    expect(protectParts([1, 7, 9], 17)).toEqual(['<5', 'x', 9]);
    expect(protectParts([2, 3, 9], 14)).toEqual(['<5', '<5', 9]);
    expect(protectParts([0, 6, 9], 15)).toEqual([0, 6, 9]);
    expect(protectParts([1, 2], 3)).toEqual(['<5', '<5']);
  });
});

describe('protectTable(counts)', () => {
  it('stops the differencing attack: a total minus the shown cells never gives one withheld cell', () => {
    // threat: 5 in March, 1 in April; doxing: 7 in March. Without secondary suppression the
    // April column total (1) and "threat total − 5" would both give the hidden 1 away.
    const t = protectTable([
      [5, 1],
      [7, 0],
    ]);
    expect(t.cells[0]?.[1]).toBe('<5');
    expect(t.total).toBe(13);
    for (const group of groupsOf(t)) expect(group.filter(withheld).length).not.toBe(1);
    // The one-way tables are its margins: "per category" and "per month" cannot undo it either.
    expect(t.rowTotals.some(withheld) && t.columnTotals.some(withheld)).toBe(true);
  });

  it('leaves no additive group with exactly one withheld count, for many tables', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const counts = table(seed, 1 + (seed % 6), 1 + (seed % 5));
      const t = protectTable(counts);
      for (const group of groupsOf(t)) expect(group.filter(withheld).length).not.toBe(1);
      // What is shown is the true count.
      counts.forEach((row, r) =>
        row.forEach((n, c) => {
          const shown = t.cells[r]?.[c];
          if (typeof shown === 'number') expect(shown).toBe(n);
          else expect(n === 0 || shown === 'x' || n < 5).toBe(true);
        }),
      );
      const grand = counts.flat().reduce((a, b) => a + b, 0);
      expect(t.total).toBe(grand > 0 && grand < 5 ? '<5' : grand);
    }
  });

  it('keeps empty columns as zeros', () => {
    expect(protectTable([], 3)).toEqual({
      cells: [],
      rowTotals: [],
      columnTotals: [0, 0, 0],
      total: 0,
    });
  });
});
