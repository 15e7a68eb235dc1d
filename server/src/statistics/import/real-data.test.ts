// SPDX-License-Identifier: EUPL-1.2
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type {
  IndicatorValues,
  RegionProfile,
} from '../../../../common/contracts/statistics-values';
import { buildOrganisation, buildUser, signedIn, type TestClient } from '../../../test/factories';
import { hasSharedData, sharedDataDir } from '../../../test/fixtures/data-dirs';
import { createHarness, type Harness } from '../../../test/harness';
import { parseCsvRecords } from '../../platform/csv';
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
    let h: Harness;
    let db: Database;
    let first: ImportSummary;
    let analist: TestClient;
    beforeAll(async () => {
      h = await createHarness();
      db = h.db;
      first = await run(db);
      const org = await buildOrganisation(h.deps);
      const user = await buildUser(h.deps, [{ org, role: 'analist' }], { totp: false });
      analist = await signedIn(h, user);
    }, 180_000);
    afterAll(() => h?.close());

    /** A source file as records keyed by header name. */
    const sourceRows = (file: string) => {
      const [header, ...rows] = parseCsvRecords(readFileSync(join(sharedDataDir, file), 'utf8'));
      return rows.map((r) =>
        Object.fromEntries(header!.cells.map((name, i) => [name, r.cells[i]])),
      );
    };
    const api = async <T>(path: string): Promise<T> => {
      const response = await analist.request('GET', path);
      expect(response.status, path).toBe(200);
      return (await response.json()) as T;
    };
    const byCode = (body: IndicatorValues) => new Map(body.values.map((v) => [v.code, v]));

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

    it('the API gives every gemeente, wijk and buurt the population of the source row', async () => {
      const rows = sourceRows('kwb/kwb_2024_bevolking_alle_niveaus.csv');
      for (const level of ['gemeente', 'wijk', 'buurt'] as const) {
        const values = byCode(await api(`/api/v1/indicators/inwoners/values?level=${level}`));
        const ofLevel = rows.filter((r) => r.regiotype === level);
        expect(values.size, level).toBe(ofLevel.length);
        for (const row of ofLevel) {
          const v = values.get(row.statcode!)!;
          expect(v.value, row.statcode).toBe(
            row.aantal_inwoners ? Number(row.aantal_inwoners) : null,
          );
        }
      }
    });

    it('the API gives every gemeente the crime rate of its source rows, against the published national rate', async () => {
      const crime = sourceRows('criminaliteit/geregistreerde_misdrijven_gemeente_2022_2024.csv');
      const people = new Map(
        sourceRows('kwb/kwb_2024_bevolking_alle_niveaus.csv').map((r) => [r.statcode, r]),
      );
      const body = await api<IndicatorValues>(
        '/api/v1/indicators/geregistreerde-misdrijven-per-1000-inwoners/values?year=2024',
      );
      const values = byCode(body);
      const rate = (code: string) =>
        (Number(
          crime.find((r) => r.statcode === code && r.jaar === '2024')!.geregistreerde_misdrijven,
        ) /
          Number(people.get(code)!.aantal_inwoners)) *
        1000;
      expect(body.national.value).toBeCloseTo(rate('NL00'), 10);
      expect(values.size).toBe(342);
      for (const [code, v] of values) expect(v.value, code).toBeCloseTo(rate(code), 10);
      // Amsterdam (large city), Schiermonnikoog (small municipality).
      expect(values.get('GM0363')!.funnel!.position).toBe('strongly-above');
      expect(values.get('GM0088')!.funnel!.position).toBe('within');
    });

    it('the API gives every gemeente the published owner-occupied share of 2023', async () => {
      const rows = sourceRows('kwb/kwb_2023_gemeente.csv');
      const values = byCode(
        await api('/api/v1/indicators/aandeel-koopwoningen/values?level=gemeente&year=2023'),
      );
      for (const row of rows)
        expect(values.get(row.gemeentecode!)?.value, row.gemeentecode).toBe(
          row.pct_koopwoningen ? Number(row.pct_koopwoningen) : null,
        );
    });

    it('profiles Amsterdam with ~15 peers and a wijk with its gemeente value', async () => {
      const amsterdam = await api<RegionProfile>('/api/v1/regions/GM0363/profile');
      expect(amsterdam.peerGroup!.peers).toHaveLength(15);
      expect(amsterdam.peerGroup!.peers.map((p) => p.code)).toContain('GM0599');
      const wijk = await api<RegionProfile>('/api/v1/regions/WK0363AA/profile');
      const people = wijk.themes.flatMap((t) => t.indicators).find((i) => i.id === 'inwoners')!;
      expect(people.parentValue).toBe(931_298);
    });

    it('a second import of the same folder changes nothing', async () => {
      const again = await run(db);
      expect(again.observations).toEqual({ created: 0, updated: 0, unchanged: 238_788 });
      expect(again.regions).toEqual({ created: 0, updated: 0, unchanged: 20_087 });
      expect(again.files.unchanged).toBe(15);
      expect(again.derived.recomputed).toBe(false);
    });
  },
);
