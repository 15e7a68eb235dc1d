// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';

import { parseCsvRecords } from '../../platform/csv';

import { readCell } from './cell';

const plain = { empty: 'missing', rounded: false } as const;

describe('readCell(raw, rules)', () => {
  it('reads numbers with a decimal point, negative ones included', () => {
    expect(readCell('931298', plain)).toEqual({ value: 931298, status: 'exact' });
    expect(readCell(' 1.7 ', plain)).toEqual({ value: 1.7, status: 'exact' });
    expect(readCell('-3.5', plain)).toEqual({ value: -3.5, status: 'exact' });
  });

  it('marks counts the source rounds as rounded', () => {
    expect(readCell('9180', { empty: 'missing', rounded: true })).toEqual({
      value: 9180,
      status: 'rounded',
    });
  });

  it('never turns an empty cell or a CBS special value into zero', () => {
    expect(readCell('', plain)).toEqual({ value: null, status: 'missing' });
    expect(readCell('', { empty: 'secret', rounded: false })).toEqual({
      value: null,
      status: 'secret',
    });
    expect(readCell('.', plain)).toEqual({ value: null, status: 'missing' });
    expect(readCell('x', plain)).toEqual({ value: null, status: 'secret' });
    expect(readCell('-99997', plain)).toEqual({ value: null, status: 'secret' });
    expect(readCell('-99995', plain)).toEqual({ value: null, status: 'missing' });
    expect(readCell('-99997.0', { empty: 'missing', rounded: true })).toEqual({
      value: null,
      status: 'secret',
    });
  });

  it("reads StatLine's nihil (-) as a published zero", () => {
    expect(readCell('-', plain)).toEqual({ value: 0, status: 'exact' });
  });

  it('explains in Dutch why a cell is not a number', () => {
    expect(readCell('12,5', plain)).toBe('"12,5" heeft een decimale komma; verwacht een punt');
    expect(readCell('veel', plain)).toBe('"veel" is geen getal');
    expect(readCell('1e5', plain)).toBe('"1e5" is geen getal');
  });
});

describe('parseCsvRecords(text)', () => {
  it('gives each record the line it starts on, counting line breaks inside quotes', () => {
    const records = parseCsvRecords('a,b\r\n1,"twee\nregels"\n\n3,4\n');
    expect(records).toEqual([
      { cells: ['a', 'b'], line: 1 },
      { cells: ['1', 'twee\nregels'], line: 2 },
      { cells: ['3', '4'], line: 5 },
    ]);
  });

  it('names file and line of a quote that is never closed', () => {
    expect(() => parseCsvRecords('a,b\n1,"open\n', 'kwb/x.csv')).toThrow(
      'kwb/x.csv: regel 2: het bestand eindigt binnen een veld tussen aanhalingstekens',
    );
  });
});
