// SPDX-License-Identifier: EUPL-1.2
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import {
  scratchDataDir,
  smallDataDir,
  type ScratchDataDir,
} from '../../../test/fixtures/data-dirs';
import { openTestDatabase } from '../../../test/test-db';
import { ImportError } from '../../platform/csv';
import type { Database } from '../../platform/db';

import { silentProgress } from './progress';
import { importStatistics } from './run-import';

const run = (db: Database, dir: string) =>
  importStatistics(db, dir, { origin: 'cli', clock: () => new Date(), progress: silentProgress });

/** Everything an import could change, as one comparable value. */
async function snapshot(db: Database) {
  const [row] = await db.query(
    `select (select count(*)::int from region) as regions,
            (select count(*)::int from statistic_source) as files,
            (select count(*)::int from audit_event) as events,
            (select md5(string_agg(variable || period || region_code || coalesce(value::text, '') || status, ','
               order by variable, period, region_code)) from observation) as observations,
            (select md5(string_agg(etag, ',' order by level, year)) from geometry) as geometry`,
  );
  return row;
}

async function problemsOf(work: Promise<unknown>): Promise<string[]> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof ImportError))
    throw new Error(`expected an ImportError, got ${String(error)}`);
  return error.problems;
}

const kwb2023 = 'kwb/kwb_2023_gemeente.csv';

describe('importStatistics(db, dir) refuses broken files and keeps what was imported', () => {
  let db: Database;
  let data: ScratchDataDir;
  let before: unknown;
  beforeAll(async () => {
    db = await openTestDatabase();
    await run(db, smallDataDir);
    before = await snapshot(db);
  });
  afterAll(() => db.close());
  beforeEach(() => {
    data = scratchDataDir();
  });
  afterEach(async () => {
    data.dispose();
    expect(await snapshot(db)).toEqual(before);
  });

  it('names file, line and column of an unknown region code', async () => {
    data.replace(kwb2023, 'GM0088,Schiermonnikoog', 'GM9999,Schiermonnikoog');
    expect(await problemsOf(run(db, data.dir))).toEqual([
      `${kwb2023}: regel 3, kolom gemeentecode (1): onbekende regiocode GM9999 in de indeling van 2023`,
    ]);
  });

  it('names a wijk whose gemeente does not exist', async () => {
    data.replace('kwb/kwb_2024_gemeente_wijk.csv', 'WK008800,wijk', 'WK999900,wijk');
    expect(await problemsOf(run(db, data.dir))).toEqual([
      'kwb/kwb_2024_gemeente_wijk.csv: regel 4, kolom statcode (1): onbekende regiocode WK999900; GM9999 bestaat niet in 2024',
    ]);
  });

  it('names a value that is not a number', async () => {
    data.replace(kwb2023, 'GM0088,Schiermonnikoog,982,', 'GM0088,Schiermonnikoog,veel,');
    expect(await problemsOf(run(db, data.dir))).toEqual([
      `${kwb2023}: regel 3, kolom aantal_inwoners (3): "veel" is geen getal`,
    ]);
  });

  it('names a duplicate key and where it first appeared', async () => {
    const line = data.read(kwb2023).split('\n')[2];
    data.write(kwb2023, `${data.read(kwb2023)}${line}\n`);
    expect(await problemsOf(run(db, data.dir))).toEqual([
      `${kwb2023}: regel 7, kolom gemeentecode (1): GM0088 (2023) staat ook op regel 3`,
    ]);
  });

  it('names a missing column', async () => {
    const file = 'inkomen/inkomen_huishoudens_gemeente_2024.csv';
    data.replace(file, ',mediaan_besteedbaar_inkomen_x1000_eur', ',mediaan_besteedbaar');
    const [problem] = await problemsOf(run(db, data.dir));
    expect(problem).toMatch(
      `${file}: regel 1: kolom mediaan_besteedbaar_inkomen_x1000_eur ontbreekt; onbekende kolom mediaan_besteedbaar; verwacht statcode,`,
    );
  });

  it('refuses a file whose header belongs to another table, saying which', async () => {
    data.write('kwb/kwb_2022_gemeente.csv', data.read(kwb2023));
    expect(await problemsOf(run(db, data.dir))).toEqual([
      'kwb/kwb_2022_gemeente.csv: regel 1: de kolommen horen bij kwb/kwb_2023_gemeente.csv (Kerncijfers wijken en buurten 2023 (Wijk- en buurtkaart 2023)), niet bij dit bestand; staat het op de verkeerde plaats?',
    ]);
  });

  it('refuses a year that does not match the file name', async () => {
    data.replace(
      'inkomen/vermogen_huishoudens_gemeente_2022_2024.csv',
      'Schiermonnikoog,2022,',
      'Schiermonnikoog,2021,',
    );
    expect(await problemsOf(run(db, data.dir))).toEqual([
      'inkomen/vermogen_huishoudens_gemeente_2022_2024.csv: regel 2, kolom jaar (3): jaar "2021" past niet; verwacht 2022, 2023, 2024 (volgens de bestandsnaam)',
    ]);
  });

  it('stops after 50 problems, saying so', async () => {
    const rows = Array.from(
      { length: 80 },
      (_, i) => `GM${String(9000 + i)},X,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1`,
    );
    data.write(kwb2023, `${data.read(kwb2023)}${rows.join('\n')}\n`);
    const problems = await problemsOf(run(db, data.dir));
    expect(problems).toHaveLength(51);
    expect(problems.at(-1)).toBe('na 50 problemen gestopt; herstel deze en importeer opnieuw');
  });

  it('checks that every geometry id is a region of that level and year', async () => {
    data.replace('boundaries/gemeente_2024.topojson', '"id": "GM0599"', '"id": "GM9998"');
    expect(await problemsOf(run(db, data.dir))).toEqual([
      'boundaries/gemeente_2024.topojson: regel 1: object gemeente_2024, geometrie 4: onbekende regiocode GM9998 voor gemeente 2024',
    ]);
  });

  it('refuses a TopoJSON file that does not parse', async () => {
    data.write(
      'boundaries/gemeente_2024.topojson',
      data.read('boundaries/gemeente_2024.topojson').slice(0, 200),
    );
    const [problem] = await problemsOf(run(db, data.dir));
    expect(problem).toMatch(/^boundaries\/gemeente_2024\.topojson: regel 1: geen geldige JSON/);
  });

  it('rolls everything back when writing fails halfway', async () => {
    data.replace(
      'criminaliteit/geregistreerde_misdrijven_gemeente_2022_2024.csv',
      'Schiermonnikoog,2024,20',
      'Schiermonnikoog,2024,25',
    );
    data.replace(
      'boundaries/gemeente_2024.topojson',
      '"statnaam": "Rotterdam"',
      '"statnaam": "Rotterdam (gewijzigd)"',
    );
    // The geometry is written last; failing there must undo the crime figure written before it.
    const failing: Database = {
      ...db,
      kind: db.kind,
      transaction: (work) =>
        db.transaction((tx) =>
          work({
            exec: (sql) => tx.exec(sql),
            query: (sql, params) =>
              sql.includes('insert into geometry')
                ? Promise.reject(new Error('schijf vol'))
                : tx.query(sql, params),
          }),
        ),
    };
    await expect(run(failing, data.dir)).rejects.toThrow('schijf vol');
  });
});
