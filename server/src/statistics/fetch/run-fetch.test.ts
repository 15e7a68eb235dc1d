// SPDX-License-Identifier: EUPL-1.2
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { smallDataDir } from '../../../test/fixtures/data-dirs';
import { openTestDatabase } from '../../../test/test-db';
import type { Database } from '../../platform/db';
import { silentProgress } from '../import/progress';
import { importStatistics } from '../import/run-import';

import { FetchError } from './downloader';
import { startFakeServer, type FakeServer } from './fake-server';
import { fetchStatistics, parseTables, type FetchOptions } from './run-fetch';

const importOptions = {
  origin: 'cli' as const,
  clock: () => new Date('2026-11-30T09:00:00.000Z'),
  progress: silentProgress,
};

/** Everything the import wrote that must not depend on how the files were obtained. */
async function contents(db: Database) {
  const regions = await db.query(
    `select year, code, level, name, parent_code, gemeente_code, province_code, safety_region_code,
            police_unit_code, area_land_ha, area_water_ha from region order by year, code`,
  );
  const observations = await db.query(
    `select o.variable, o.period, o.region_code, o.region_year, o.value, o.status, o.provisional, s.file
       from observation o join statistic_source s on s.id = o.source_id
      order by o.variable, o.period, o.region_code`,
  );
  const sources = await db.query(
    `select file, kind, title, table_id, publisher, licence, periods, rows, skipped_rows, skipped_reason
       from statistic_source where kind <> 'geometry' order by file`,
  );
  const divisions = await db.query('select * from region_division order by year, level');
  return { regions, observations, sources, divisions };
}

describe(
  'fetchStatistics against a local CBS OData and PDOK WFS server',
  { timeout: 60_000 },
  () => {
    let server: FakeServer;
    let fromFiles: Database;
    let fetched: Database;
    let cacheDir: string;
    let options: FetchOptions;

    beforeAll(async () => {
      server = await startFakeServer(smallDataDir);
      fromFiles = await openTestDatabase();
      fetched = await openTestDatabase();
      await importStatistics(fromFiles, smallDataDir, importOptions);
      cacheDir = mkdtempSync(join(tmpdir(), 'weerbaar-fetch-'));
      options = {
        cbsUrl: server.cbsUrl,
        politieUrl: server.politieUrl,
        pdokUrl: server.pdokUrl,
        cacheDir,
        refresh: false,
        items: null,
      };
    });
    afterAll(async () => {
      await server.close();
      await fromFiles.close();
      await fetched.close();
      rmSync(cacheDir, { recursive: true, force: true });
    });

    it('yields the same regions, observations and provenance as the file import', async () => {
      const lines: string[] = [];
      const result = await fetchStatistics(
        fetched,
        { ...options, onFile: (path, rows) => lines.push(`${path} ${rows}`) },
        importOptions,
      );
      expect(result.requests).toBe(server.requests);
      // Paging: 85984NED's 14 rows arrive in pages of 4, so the data set took 4 requests.
      expect(result.requests).toBeGreaterThan(40);
      expect(lines).toContain('kwb/kwb_2024_bevolking_alle_niveaus.csv 14');
      expect(lines).toContain('criminaliteit/geregistreerde_misdrijven_gemeente_2022_2024.csv 22');
      const expected = await contents(fromFiles);
      const actual = await contents(fetched);
      expect(actual.observations.length).toBe(934);
      expect(actual.regions).toEqual(expected.regions);
      expect(actual.observations).toEqual(expected.observations);
      expect(actual.sources).toEqual(expected.sources);
      expect(actual.divisions).toEqual(expected.divisions);
    });

    it('converts the boundaries to simplified TopoJSON, provinces dissolved from gemeenten', async () => {
      const geometry = await fetched.query<{ level: string; feature_count: number }>(
        'select level, feature_count from geometry order by level',
      );
      expect(geometry).toEqual([
        { level: 'gemeente', feature_count: 5 },
        { level: 'provincie', feature_count: 4 },
        { level: 'wijk', feature_count: 3 },
      ]);
      const gemeente = JSON.parse(
        readFileSync(join(cacheDir, 'data/boundaries/gemeente_2024.topojson'), 'utf8'),
      ) as {
        transform?: unknown;
        objects: Record<
          string,
          { geometries: { id: string; properties: Record<string, string> }[] }
        >;
      };
      expect(gemeente.transform).toBeDefined();
      const amsterdam = gemeente.objects.gemeente_2024?.geometries.find((g) => g.id === 'GM0363');
      expect(amsterdam?.properties).toEqual({
        statcode: 'GM0363',
        statnaam: 'Amsterdam',
        provinciecode: 'PV27',
        provincienaam: 'Noord-Holland',
      });
      // GM0998 "Buitenland" is on the kaart but is no municipality.
      expect(gemeente.objects.gemeente_2024?.geometries.map((g) => g.id)).not.toContain('GM0998');
    });

    it('a second run reads the cache: no requests, nothing changes', async () => {
      const before = server.requests;
      const result = await fetchStatistics(fetched, options, importOptions);
      expect(server.requests).toBe(before);
      expect(result.requests).toBe(0);
      expect(result.summary.observations).toEqual({ created: 0, updated: 0, unchanged: 934 });
    });

    it('--refresh downloads again', async () => {
      const before = server.requests;
      const result = await fetchStatistics(fetched, { ...options, refresh: true }, importOptions);
      expect(result.requests).toBeGreaterThan(0);
      expect(server.requests).toBe(before + result.requests);
    });

    const failing = async (fault: Parameters<FakeServer['faults']['set']>, pattern: RegExp) => {
      const before = await contents(fetched);
      server.faults.set(...fault);
      try {
        const attempt = fetchStatistics(fetched, { ...options, refresh: true }, importOptions);
        await expect(attempt).rejects.toBeInstanceOf(FetchError);
        await expect(attempt).rejects.toThrow(pattern);
      } finally {
        server.faults.clear();
      }
      expect(await contents(fetched)).toEqual(before);
    };

    it('an HTTP 500 is a Dutch error naming the table and URL; the database is unchanged', async () => {
      await failing(
        ['/cbs/86160NED/TypedDataSet', 'http500'],
        /^tabel 86160NED \(TypedDataSet\): http:\/\/127\.0\.0\.1:\d+\/cbs\/86160NED\/TypedDataSet\?\S+ antwoordde met HTTP 500/,
      );
    });

    it('a malformed JSON page (the second of a paged answer) is refused', async () => {
      await failing(['85984NED/TypedDataSet?%24select', 'malformed'], /geen geldige JSON/);
      await failing(
        ['85984NED/TypedDataSet*%24skip=4', 'malformed'],
        /tabel 85984NED \(TypedDataSet\): het antwoord van \S+%24skip=4 is geen geldige JSON/,
      );
    });

    it('a missing column names the column, table and URL', async () => {
      await failing(
        ['/cbs/85984NED/TypedDataSet', { dropColumn: 'Woningvoorraad_35' }],
        /^tabel 85984NED: kolom "Woningvoorraad_35" ontbreekt in het antwoord van http:\/\/127\.0\.0\.1:\d+\/cbs\/85984NED\/TypedDataSet\.$/,
      );
      await failing(
        ['/pdok/2023/', 'malformed'],
        /^PDOK wijkenbuurten 2023, laag gemeenten: het antwoord van \S+ is geen geldige JSON/,
      );
    });

    it('an unreachable server is a network error, not a crash', async () => {
      const attempt = fetchStatistics(
        fetched,
        { ...options, refresh: true, cbsUrl: 'http://127.0.0.1:1/cbs' },
        importOptions,
      );
      await expect(attempt).rejects.toThrow(
        /^tabel 85755NED \(DataProperties\): http:\/\/127\.0\.0\.1:1\/cbs\/85755NED\/DataProperties is niet bereikbaar/,
      );
    });

    it('--tables selects items and overrides table ids; unknown names are refused', () => {
      expect(parseTables('85984NED, inkomen=86200NED')).toEqual({
        items: ['85984NED', 'inkomen'],
        tableIds: { inkomen: '86200NED' },
      });
      expect(() => parseTables('kwb')).toThrow(/Onbekende tabel "kwb"; kies uit 85984NED, /);
    });
  },
);
