// SPDX-License-Identifier: EUPL-1.2
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { scratchDataDir, smallDataDir } from '../../../test/fixtures/data-dirs';
import { openTestDatabase } from '../../../test/test-db';
import type { Database } from '../../platform/db';

import { silentProgress } from './progress';
import { importStatistics } from './run-import';

const clock = () => new Date('2026-11-02T09:00:00.000Z');
const run = (db: Database, dir: string) =>
  importStatistics(db, dir, { origin: 'cli', clock, progress: silentProgress });

interface ObservationRow {
  value: number | null;
  status: string;
  provisional: boolean;
  region_year: number;
}

async function observation(db: Database, variable: string, period: string, code: string) {
  const [row] = await db.query<ObservationRow>(
    'select value, status, provisional, region_year from observation where variable = $1 and period = $2 and region_code = $3',
    [variable, period, code],
  );
  return row;
}

const count = async (db: Database, table: string) =>
  Number((await db.query<{ n: number }>(`select count(*)::int as n from ${table}`))[0]?.n);

describe('importStatistics(db, dir) on the small fixture', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(() => db.close());

  it('imports regions, observations, provenance and geometry in one go, with one audit event', async () => {
    const summary = await run(db, smallDataDir);
    expect(summary.files).toEqual({ created: 13, updated: 0, unchanged: 0 });
    expect(summary.regions).toEqual({ created: 58, updated: 0, unchanged: 0 });
    expect(summary.observations.created).toBe(934);
    expect(summary.geometry).toEqual({ created: 1, updated: 0, unchanged: 0 });
    // 2 × 2 "niet in te delen" crime rows + 3 time series rows of Weesp (no code).
    expect(summary.skippedRows).toBe(7);
    const events = await db.query<{ action: string; origin: string; object_id: string }>(
      'select action, origin, object_id from audit_event',
    );
    expect(events).toEqual([
      { action: 'statistics.import', origin: 'cli', object_id: 'data-small' },
    ]);
  });

  it('reads the numbers as published', async () => {
    expect(await observation(db, 'population', '2024', 'GM0363')).toEqual({
      value: 931298,
      status: 'exact',
      provisional: false,
      region_year: 2024,
    });
    expect((await observation(db, 'population', '2024', 'NL00'))?.value).toBe(17942942);
    expect((await observation(db, 'household_size_mean', '2024', 'GM0088'))?.value).toBe(1.7);
    expect((await observation(db, 'registered_crimes', '2024', 'GM0088'))?.value).toBe(20);
  });

  it('keeps empty cells and CBS special values as missing or secret, never zero', async () => {
    const cases: [string, string, string, string][] = [
      ['household_size_mean', '2024', 'WK0363AB', 'secret'], // -99997
      ['population_age_0_15_pct', '2024', 'WK0363AA', 'secret'], // x
      ['population_density_per_km2', '2024', 'WK008800', 'missing'], // .
      ['wealth_mean_x1000_eur', '2022', 'GM1992', 'missing'], // -99995
      ['standardised_income_mean_x1000_eur', '2024', 'GM0088', 'secret'], // empty, suppressed by CBS
      ['kwb_income_per_inhabitant_mean_x1000_eur', '2022', 'GM0088', 'secret'],
      ['district_heating_dwellings_pct', '2022', 'GM0088', 'missing'], // empty, not published
    ];
    for (const [variable, period, code, status] of cases)
      expect(await observation(db, variable, period, code), `${variable} ${code}`).toMatchObject({
        value: null,
        status,
      });
    // The one zero is published as 0: no new dwellings on Schiermonnikoog in 2020.
    const zeros = await db.query(
      "select variable, period, region_code from observation where value = 0 and variable not like '%pct'",
    );
    expect(zeros).toEqual([
      { variable: 'new_build_dwellings', period: '2020', region_code: 'GM0088' },
    ]);
  });

  it('marks wijk and buurt counts as rounded and provisional figures as provisional', async () => {
    expect((await observation(db, 'population', '2024', 'WK0363AA'))?.status).toBe('rounded');
    expect((await observation(db, 'population', '2024', 'BU0363AA01'))?.status).toBe('rounded');
    expect((await observation(db, 'dwellings', '2024', 'WK0363AA'))?.status).toBe('exact');
    expect((await observation(db, 'wealth_median_x1000_eur', '2024', 'GM0363'))?.provisional).toBe(
      true,
    );
    expect((await observation(db, 'wealth_median_x1000_eur', '2023', 'GM0363'))?.provisional).toBe(
      false,
    );
    expect(
      (await observation(db, 'disposable_income_mean_x1000_eur', '2024', 'NL00'))?.provisional,
    ).toBe(true);
  });

  it('does not store columns a level does not publish (household shares of wijken)', async () => {
    expect(
      await observation(db, 'single_person_households_pct', '2024', 'WK0363AA'),
    ).toBeUndefined();
    expect((await observation(db, 'single_person_households_pct', '2024', 'GM0363'))?.value).toBe(
      55,
    );
  });

  it('keeps each year in its own division: Weesp in 2022, Voorne aan Zee from 2023, crime 2023 in 2024', async () => {
    const years = await db.query<{ year: number }>("select year from region where code = 'GM0457'");
    expect(years).toEqual([{ year: 2022 }]);
    expect(await db.query("select 1 from region where code = 'GM1992' and year = 2022")).toEqual(
      [],
    );
    expect((await observation(db, 'population', '2022', 'GM0457'))?.region_year).toBe(2022);
    expect((await observation(db, 'registered_crimes', '2023', 'GM1992'))?.region_year).toBe(2024);
    const [weesp] = await db.query<{ province_code: string; parent_code: string }>(
      "select province_code, parent_code from region where code = 'GM0457'",
    );
    expect(weesp).toEqual({ province_code: 'PV27', parent_code: 'PV27' });
    const successions = await db.query<{ from_code: string; to_code: string }>(
      'select from_code, to_code from region_succession order by to_code, from_code',
    );
    expect(successions.map((s) => `${s.from_code}→${s.to_code}`)).toEqual([
      'GM0363→GM0363',
      'GM0457→GM0363',
      'GM0501→GM1992',
      'GM0530→GM1992',
      'GM0614→GM1992',
    ]);
  });

  it('builds groupings: wijk → gemeente → provincie, veiligheidsregio and politie-eenheid', async () => {
    const [buurt] = await db.query(
      "select parent_code, gemeente_code, province_code, safety_region_code, police_unit_code from region where code = 'BU0363AA01'",
    );
    expect(buurt).toEqual({
      parent_code: 'WK0363AA',
      gemeente_code: 'GM0363',
      province_code: 'PV27',
      safety_region_code: 'VR13',
      police_unit_code: 'PE-AMSTERDAM',
    });
    expect((await observation(db, 'registered_crimes', '2024', 'PE-AMSTERDAM'))?.value).toBe(91736);
    const [area] = await db.query(
      "select area_land_ha, area_water_ha from region where code = 'GM0088' and year = 2024",
    );
    expect(area).toEqual({ area_land_ha: 4293, area_water_ha: 16063 });
  });

  it('records the time series years whose gemeente list is incomplete', async () => {
    const divisions = await db.query<{ year: number; complete: boolean; note: string | null }>(
      "select year, complete, note from region_division where level = 'gemeente' order by year",
    );
    expect(divisions.map((d) => [d.year, d.complete])).toEqual([
      [2020, false],
      [2022, true],
      [2023, true],
      [2024, true],
    ]);
    expect(divisions[0]?.note).toContain('1 rij overgeslagen');
  });

  it('is idempotent: the same files again change nothing and record no audit event', async () => {
    const before = await db.query('select * from statistic_source order by id');
    const summary = await run(db, smallDataDir);
    expect(summary.files).toEqual({ created: 0, updated: 0, unchanged: 13 });
    expect(summary.regions).toEqual({ created: 0, updated: 0, unchanged: 58 });
    expect(summary.observations).toEqual({ created: 0, updated: 0, unchanged: 934 });
    expect(summary.geometry).toEqual({ created: 0, updated: 0, unchanged: 1 });
    expect(await db.query('select * from statistic_source order by id')).toEqual(before);
    expect(await count(db, 'audit_event')).toBe(1);
  });

  it('updates exactly the changed value of a changed file', async () => {
    const data = scratchDataDir();
    try {
      data.replace(
        'criminaliteit/geregistreerde_misdrijven_gemeente_2022_2024.csv',
        'Schiermonnikoog,2024,20',
        'Schiermonnikoog,2024,21',
      );
      const summary = await run(db, data.dir);
      expect(summary.files).toEqual({ created: 0, updated: 1, unchanged: 12 });
      expect(summary.observations).toEqual({ created: 0, updated: 1, unchanged: 933 });
      expect((await observation(db, 'registered_crimes', '2024', 'GM0088'))?.value).toBe(21);
      expect(await count(db, 'audit_event')).toBe(2);
    } finally {
      data.dispose();
    }
  });
});

describe('importStatistics(db, dir): a new year is added beside the old', () => {
  it('adds the 2022 division and its figures without touching 2024', async () => {
    const db = await openTestDatabase();
    const data = scratchDataDir();
    try {
      data.remove('kwb/kwb_2022_gemeente.csv');
      await run(db, data.dir);
      expect(
        await db.query("select 1 from region where year = 2022 and level = 'gemeente'"),
      ).toEqual([]);
      const summary = await run(db, smallDataDir);
      expect(summary.regions.created).toBe(13); // NL00, 4 provincies, 8 gemeenten of 2022
      expect(summary.observations.updated).toBe(0);
      expect((await observation(db, 'population', '2022', 'GM0457'))?.value).toBe(20766);
      expect((await observation(db, 'population', '2024', 'GM0363'))?.value).toBe(931298);
    } finally {
      data.dispose();
      await db.close();
    }
  });
});
