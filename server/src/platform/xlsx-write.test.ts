// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';

import { sheetRows, xlsxParts } from '../../test/read-exports';

import { columnName, xlsxWorkbook } from './xlsx-write';

const firstSheet = (rows: Parameters<typeof xlsxWorkbook>[0][number]['rows'], headerRows = 0) =>
  sheetRows(
    xlsxParts(xlsxWorkbook([{ name: 'Gegevens', rows, headerRows }]))['xl/worksheets/sheet1.xml']!,
  );

describe('xlsxWorkbook', () => {
  it('names columns like a spreadsheet', () => {
    expect([0, 25, 26, 51, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'AZ', 'ZZ', 'AAA']);
  });

  it('writes numbers that read back as the same double', () => {
    const numbers = [0.1 + 0.2, 1 / 3, -2.5, 1e-7, 123456789.123, Number.MAX_SAFE_INTEGER];
    const [row] = firstSheet([numbers]);
    expect(row!.map((c) => c.value)).toEqual(numbers);
    expect(row!.every((c) => c.kind === 'number')).toBe(true);
  });

  it('leaves null and non-finite numbers empty and keeps cell references right', () => {
    const [row] = firstSheet([[1, null, Number.NaN, Infinity, 'x']]);
    expect(row!.map((c) => c.ref)).toEqual(['A1', 'E1']);
  });

  it('drops characters XML cannot hold and marks the header bold', () => {
    const [header, row] = firstSheet([['kop'], ['a\u0001b\tc']], 1);
    expect(header![0]).toMatchObject({ value: 'kop', style: 2 });
    expect(row![0]).toMatchObject({ value: 'ab\tc', style: 0 });
  });

  it('gives every formula-like start the quote-prefix style', () => {
    const [row] = firstSheet([['=1+1', '+31 6', '-5', '@SUM(A1)', 'gewoon']]);
    expect(row!.map((c) => c.style)).toEqual([1, 1, 1, 1, 0]);
    expect(row!.every((c) => c.kind === 'text' && !c.formula)).toBe(true);
  });

  it('gives the same bytes for the same content', () => {
    const sheets = [{ name: 'Gegevens', rows: [['a', 1]] }];
    expect(Buffer.from(xlsxWorkbook(sheets)).equals(Buffer.from(xlsxWorkbook(sheets)))).toBe(true);
  });
});
