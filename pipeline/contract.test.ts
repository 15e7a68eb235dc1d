// SPDX-License-Identifier: EUPL-1.2
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { invalidCondition, rowSchema, tables, type ColumnSpec } from './contract';
import { literal, openDuck, type Duck } from './duck';

let duck: Duck;
beforeAll(async () => {
  duck = await openDuck();
});
afterAll(() => duck.close());

const samples: Record<string, string[]> = {
  id: ['P1', 'a_b-c.d:9', '', 'with space', 'x'.repeat(65)],
  year: ['1980', '1849', '2101', '19a0', ''],
  amount: ['-12.5', '300000', 'abc', 'inf', ''],
  share: ['1', '0.5', '0', '1.01', ''],
  date: ['2024-02-29', '2023-02-29', '24-01-01', ''],
  bool: ['true', 'false', 'yes', ''],
  buurt: ['BU03630AA1', 'BU00140000', 'WK001400', ''],
  gemeente: ['GM0363', 'GM363', ''],
  sbi: ['56', '56101', '5', 'A1', ''],
  'owner-kind': ['person', 'foreign', 'company', ''],
  'offence-group': ['drugs', 'other', 'theft', ''],
};

async function sqlAccepts(column: ColumnSpec, value: string): Promise<boolean> {
  const [row] = await duck.all(
    `SELECT ${invalidCondition(column, 'v')} AS bad FROM (SELECT ${value === '' ? 'NULL' : literal(value)} AS v)`,
  );
  return row?.bad === false;
}

describe('input contract', () => {
  it('names every table with at least two columns', () => {
    expect(tables.map((t) => t.name)).toContain('drug_suspects');
    for (const t of tables) expect(t.columns.length).toBeGreaterThanOrEqual(2);
  });

  it('checks a value the same way in zod (CSV rows) and in SQL (bulk loading)', async () => {
    const columns = tables.flatMap((t) => t.columns);
    for (const [type, values] of Object.entries(samples)) {
      const specs = columns.filter((c) => c.type === type);
      expect(specs.length, type).toBeGreaterThan(0);
      for (const column of specs)
        for (const value of values) {
          const schema = rowSchema({ name: 'persons', about: '', columns: [column] });
          const zodOk = schema.safeParse({ [column.name]: value }).success;
          expect(await sqlAccepts(column, value), `${column.name}=${JSON.stringify(value)}`).toBe(
            zodOk,
          );
        }
    }
  });

  it('checks ids character by character exactly as the id pattern says', async () => {
    // The SQL check of ids takes a shortcut through url_encode (see invalidCondition); every
    // single character, a few multi-byte ones and the length limits must still come out as the
    // pattern says.
    const column = tables[0]?.columns.find((c) => c.type === 'id');
    if (!column) throw new Error('persons has an id column');
    const characters = [
      ...Array.from({ length: 256 }, (_, code) => String.fromCharCode(code)),
      ...['é', '€', '😀', '\u200b', 'ａ'],
    ];
    const values = [
      ...characters.flatMap((c) => [`a${c}b`, c]),
      'a:b'.repeat(21) + 'x',
      'a:b'.repeat(21) + 'xy',
      'x'.repeat(64),
      '~'.repeat(64),
      'a%3Ab',
      'P-1.2_3:4',
    ].filter((v) => v !== '' && !v.includes('\0'));
    const rows = await duck.all(
      `SELECT v FROM (SELECT unnest(${literalList(values)}) AS v) WHERE ${invalidCondition(column, 'v')}`,
    );
    const sqlBad = new Set(rows.map((r) => r.v));
    const pattern = /^[A-Za-z0-9_.:-]{1,64}$/u;
    for (const value of values)
      expect(sqlBad.has(value), JSON.stringify(value)).toBe(!pattern.test(value));
  });
});

function literalList(values: string[]): string {
  return `[${values.map((v) => literal(v)).join(', ')}]`;
}
