// SPDX-License-Identifier: EUPL-1.2
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { hasSharedData, sharedDataDir } from '../../../test/fixtures/data-dirs';
import { openTestDatabase } from '../../../test/test-db';
import type { Database } from '../../platform/db';

import { silentProgress } from './progress';
import { importStatistics, type ImportSummary } from './run-import';

const run = (db: Database) =>
  importStatistics(db, sharedDataDir, {
    origin: 'cli',
    clock: () => new Date(),
    progress: silentProgress,
  });

// Hand-picked numbers, each checked against the source row in ../shared/data.
describe.skipIf(!hasSharedData)(
  'importStatistics on the real ../shared/data',
  { timeout: 180_000 },
  () => {
    let db: Database;
    let first: ImportSummary;
    beforeAll(async () => {
      db = await openTestDatabase();
      first = await run(db);
    }, 180_000);
    afterAll(() => db?.close());

    const value = async (variable: string, period: string, code: string) => {
      const [row] = await db.query<{ value: number | null; status: string }>(
        'select value, status from observation where variable = $1 and period = $2 and region_code = $3',
        [variable, period, code],
      );
      return row;
    };
    const regionCount = async (level: string, year: number) =>
      (
        await db.query<{ n: number }>(
          'select count(*)::int as n from region where level = $1 and year = $2',
          [level, year],
        )
      )[0]?.n;

    it('imports every file, region and figure', () => {
      expect(first.files).toEqual({ created: 15, updated: 0, unchanged: 0 });
      expect(first.regions.created).toBe(20_087);
      expect(first.observations.created).toBe(238_788);
      expect(first.geometry.created).toBe(3);
      expect(first.unknownFiles).toEqual([]);
    });

    it('has the 2024 division: 12 provincies, 25 veiligheidsregio’s, 10 politie-eenheden, 342 gemeenten, 3,393 wijken, 14,574 buurten', async () => {
      expect(await regionCount('provincie', 2024)).toBe(12);
      expect(await regionCount('veiligheidsregio', 2024)).toBe(25);
      expect(await regionCount('politie-eenheid', 2024)).toBe(10);
      expect(await regionCount('gemeente', 2024)).toBe(342);
      expect(await regionCount('wijk', 2024)).toBe(3393);
      expect(await regionCount('buurt', 2024)).toBe(14574);
      expect(await regionCount('gemeente', 2022)).toBe(345);
    });

    it('population 2024: Nederland, Amsterdam, Schiermonnikoog, a wijk and a buurt', async () => {
      expect(await value('population', '2024', 'NL00')).toEqual({
        value: 17942942,
        status: 'exact',
      });
      expect(await value('population', '2024', 'GM0363')).toEqual({
        value: 931298,
        status: 'exact',
      });
      expect(await value('population', '2024', 'GM0088')).toEqual({ value: 972, status: 'exact' });
      expect(await value('population', '2024', 'WK0363AA')).toEqual({
        value: 9180,
        status: 'rounded',
      });
      expect(await value('population', '2024', 'BU0363AA01')).toEqual({
        value: 345,
        status: 'rounded',
      });
      expect(await value('population_age_15_25', '2024', 'GM0363')).toEqual({
        value: 124148,
        status: 'exact',
      });
    });

    it('Weesp exists in 2022 and not in 2024', async () => {
      expect(await value('population', '2022', 'GM0457')).toEqual({
        value: 20766,
        status: 'exact',
      });
      const years = await db.query("select year from region where code = 'GM0457' order by year");
      expect(years).toEqual([{ year: 2022 }]);
    });

    it('registered crime 2023: Amsterdam, a police unit, and gemeenten + unassigned = Nederland', async () => {
      expect(await value('registered_crimes', '2023', 'GM0363')).toEqual({
        value: 81783,
        status: 'exact',
      });
      expect((await value('registered_crimes', '2023', 'PE-NOORD-NEDERLAND'))?.value).toBe(64455);
      expect((await value('registered_crimes', '2023', 'NL00'))?.value).toBe(805590);
      const [sum] = await db.query<{ total: number }>(
        `select sum(o.value)::int as total from observation o join region r
         on r.code = o.region_code and r.year = o.region_year
       where o.variable = 'registered_crimes' and o.period = '2023' and r.level = 'gemeente'`,
      );
      expect(sum?.total).toBe(805590 - 282); // "Gemeenten; niet in te delen": 282
    });

    it('suppressed income and wealth cells are secret, not zero', async () => {
      expect(await value('standardised_income_mean_x1000_eur', '2024', 'GM0088')).toEqual({
        value: null,
        status: 'secret',
      });
      expect(await value('standardised_income_mean_x1000_eur', '2024', 'GM0060')).toEqual({
        value: null,
        status: 'secret',
      });
      expect(await value('standardised_income_median_x1000_eur', '2024', 'GM0060')).toEqual({
        value: 33.6,
        status: 'exact',
      });
      expect(await value('wealth_mean_x1000_eur', '2023', 'GM0547')).toEqual({
        value: null,
        status: 'secret',
      });
    });

    it('housing 2023 and the sale price series', async () => {
      expect((await value('woz_mean_x1000_eur', '2023', 'GM0363'))?.value).toBe(517);
      expect((await value('owner_occupied_pct', '2023', 'GM0363'))?.value).toBe(30);
      expect((await value('sale_price_mean_eur', '2024', 'GM0363'))?.value).toBe(617647);
      expect((await value('sale_price_mean_eur', '2020', 'GM0363'))?.value).toBe(510919);
    });

    it('stores the three boundary files with every id a region of that level', async () => {
      const rows = await db.query('select level, year, feature_count from geometry order by level');
      expect(rows).toEqual([
        { level: 'gemeente', year: 2024, feature_count: 342 },
        { level: 'provincie', year: 2024, feature_count: 12 },
        { level: 'wijk', year: 2024, feature_count: 3393 },
      ]);
    });

    it('a second import of the same folder changes nothing', async () => {
      const again = await run(db);
      expect(again.observations).toEqual({ created: 0, updated: 0, unchanged: 238_788 });
      expect(again.regions).toEqual({ created: 0, updated: 0, unchanged: 20_087 });
      expect(again.files.unchanged).toBe(15);
    });
  },
);
