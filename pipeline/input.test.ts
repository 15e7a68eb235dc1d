// SPDX-License-Identifier: EUPL-1.2
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { openDuck } from './duck';
import { countProblems, InputError, loadInputs } from './input';
import { goldenInput } from './test/golden';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'weerbaar-input-'));
  cpSync(goldenInput, dir, { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function problems(): Promise<string[]> {
  const duck = await openDuck();
  try {
    await loadInputs(duck, dir);
    return [];
  } catch (error) {
    if (error instanceof InputError) return [...error.problems];
    throw error;
  } finally {
    duck.close();
  }
}

function edit(file: string, change: (lines: string[]) => string[]) {
  const path = join(dir, file);
  writeFileSync(path, `${change(readFileSync(path, 'utf8').trimEnd().split('\n')).join('\n')}\n`);
}

describe('loadInputs(duck, dir)', () => {
  it('loads every table of the golden input and counts its rows', async () => {
    const duck = await openDuck();
    try {
      const counts = await loadInputs(duck, dir);
      expect(counts.persons).toBe(174);
      expect(counts.drug_suspects).toBe(35);
    } finally {
      duck.close();
    }
  });

  it('refuses when a required table is missing, naming it', async () => {
    rmSync(join(dir, 'convictions.csv'));
    expect(await problems()).toEqual([
      'verplichte tabel convictions ontbreekt (convictions.csv of convictions.parquet)',
    ]);
  });

  it('names a missing column', async () => {
    edit('persons.csv', (lines) => lines.map((l) => l.split(',').slice(0, 2).join(',')));
    expect(await problems()).toEqual(['persons.csv: kolom ontbreekt: household_id']);
  });

  it('names the file, line and column of each bad value', async () => {
    edit('addresses.csv', (lines) => {
      lines[3] = lines[3]?.replace('BU99010101', 'BU9901') ?? '';
      lines[5] = lines[5]?.replace(',true,', ',ja,') ?? '';
      return lines;
    });
    edit('transactions.csv', (lines) => {
      lines[2] = lines[2]?.replace(/2024-03-\d\d|2010-03-\d\d/, '2024-13-01') ?? '';
      return lines;
    });
    expect(await problems()).toEqual([
      'addresses.csv, regel 4: ongeldige waarde in kolom buurt_code',
      'addresses.csv, regel 6: ongeldige waarde in kolom is_dwelling',
      'transactions.csv, regel 3: ongeldige waarde in kolom date',
    ]);
  });

  it('refuses a key that names two rows, with the first such value and where it occurs', async () => {
    edit('households.csv', (lines) => {
      const first = lines[1]!.split(',')[0]!;
      lines[4] = [first, ...lines[4]!.split(',').slice(1)].join(',');
      return lines;
    });
    const [problem, ...rest] = await problems();
    expect(rest).toEqual([]);
    expect(problem).toMatch(
      /^households\.csv: kolom household_id moet elke rij één keer noemen, maar 1 waarde komt vaker voor; de eerste: \S+ \(regel 2 en regel 5\)$/,
    );
  });

  it('checks typed Parquet columns as they are stored, and still names each bad value', async () => {
    const duck = await openDuck();
    try {
      // Native types: BIGINT amounts, DECIMAL shares, DATE dates. Row 2 has a share above 1,
      // row 4 a missing date; a year outside 1850–2100 in persons is caught the same way.
      await duck.exec(
        `COPY (SELECT address_id, owner_kind, owner_id,
                 CASE WHEN row_number() OVER () = 2 THEN 1.5 ELSE CAST(share AS DECIMAL(3, 1)) END AS share,
                 CASE WHEN row_number() OVER () = 4 THEN NULL ELSE CAST(since AS DATE) END AS since
            FROM read_csv('${join(dir, 'ownership.csv')}', all_varchar = true))
          TO '${join(dir, 'ownership.parquet')}' (FORMAT parquet)`,
      );
      await duck.exec(
        `COPY (SELECT person_id, CASE WHEN row_number() OVER () = 3 THEN 1700 ELSE CAST(birth_year AS INTEGER) END AS birth_year, household_id
            FROM read_csv('${join(dir, 'persons.csv')}', all_varchar = true))
          TO '${join(dir, 'persons.parquet')}' (FORMAT parquet)`,
      );
      rmSync(join(dir, 'ownership.csv'));
      rmSync(join(dir, 'persons.csv'));
      const error = await loadInputs(duck, dir).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).problems).toEqual([
        'persons.parquet, rij 3: ongeldige waarde in kolom birth_year',
        'ownership.parquet, rij 2: ongeldige waarde in kolom share',
        'ownership.parquet, rij 4: ongeldige waarde in kolom since',
      ]);
    } finally {
      duck.close();
    }
  });

  it('reads Parquet as well as CSV', async () => {
    const duck = await openDuck();
    try {
      await duck.exec(
        `COPY (SELECT * FROM read_csv('${join(dir, 'persons.csv')}')) TO '${join(dir, 'persons.parquet')}' (FORMAT parquet)`,
      );
      rmSync(join(dir, 'persons.csv'));
      const counts = await loadInputs(duck, dir);
      expect(counts.persons).toBe(174);
    } finally {
      duck.close();
    }
  });

  it('counts repeated keys exactly, also when different keys share a hash', async () => {
    const duck = await openDuck();
    const spec = { name: 'persons', about: '', key: 'id', columns: [] } as const;
    const raw = (ids: string[]) =>
      `(SELECT unnest([${ids.map((id) => `'${id}'`).join(', ')}]) AS id)`;
    const collide = () => '0';
    try {
      // Every key has the same "hash": neighbours are equal, yet nothing is repeated.
      expect(await countProblems(duck, spec, ['false'], raw(['a', 'b', 'c']), collide)).toEqual({
        bad: 0,
        repeated: 0,
      });
      expect(
        await countProblems(duck, spec, ['false'], raw(['a', 'b', 'a', 'c', 'b', 'b']), collide),
      ).toEqual({ bad: 0, repeated: 3 });
      expect(await countProblems(duck, spec, ['false'], raw(['a', 'b', 'a']))).toEqual({
        bad: 0,
        repeated: 1,
      });
      expect(await countProblems(duck, spec, ['false'], raw(['a', 'b', 'c']))).toEqual({
        bad: 0,
        repeated: 0,
      });
    } finally {
      duck.close();
    }
  });
});
