// SPDX-License-Identifier: EUPL-1.2
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type {
  IndicatorValues,
  RegionProfile,
  Series,
} from '../../../../common/contracts/statistics-values';
import { buildOrganisation, buildUser, signedIn, type TestClient } from '../../../test/factories';
import { scratchDataDir, smallDataDir } from '../../../test/fixtures/data-dirs';
import { createHarness, type Harness } from '../../../test/harness';
import { importDataDir } from '../service';

let h: Harness;
let analist: TestClient;

/** A cell of a fixture CSV by the row's first column and a header name. */
function cell(file: string, key: string, column: string, where?: (cells: string[]) => boolean) {
  const [header, ...rows] = readFileSync(join(smallDataDir, file), 'utf8')
    .trim()
    .split('\n')
    .map((line) => line.split(','));
  const row = rows.find((cells) => cells[0] === key && (!where || where(cells)));
  const value = row?.[header!.indexOf(column)];
  if (value === undefined) throw new Error(`${file}: no ${column} for ${key}`);
  return Number(value);
}
const crimes = (code: string, year: number) =>
  cell(
    'criminaliteit/geregistreerde_misdrijven_gemeente_2022_2024.csv',
    code,
    'geregistreerde_misdrijven',
    (cells) => cells[3] === String(year),
  );
const population2024 = (code: string) =>
  cell('kwb/kwb_2024_bevolking_alle_niveaus.csv', code, 'aantal_inwoners');
const population2023 = (code: string) => cell('kwb/kwb_2023_gemeente.csv', code, 'aantal_inwoners');

beforeAll(async () => {
  h = await createHarness();
  await importDataDir(h.db, smallDataDir, { origin: 'cli', clock: h.clock.now });
  const org = await buildOrganisation(h.deps);
  analist = await signedIn(h, await buildUser(h.deps, [{ org, role: 'analist' }], { totp: false }));
});
afterAll(() => h.close());

const get = (path: string, headers: Record<string, string> = {}) =>
  analist.request('GET', path, undefined, headers);
async function json<T>(path: string): Promise<T> {
  const response = await get(path);
  expect(response.status, await response.clone().text()).toBe(200);
  return (await response.json()) as T;
}
const detailOf = async (response: Response) =>
  ((await response.json()) as { detail: string }).detail;
const crimeRate = '/api/v1/indicators/geregistreerde-misdrijven-per-1000-inwoners/values';

describe('GET /api/v1/indicators/{id}/values', () => {
  it('needs a signed-in user unless statistics are public', async () => {
    expect((await h.app.request(crimeRate)).status).toBe(401);
  });

  it('gives each gemeente the rate from its source rows and the published national rate', async () => {
    const body = await json<IndicatorValues>(crimeRate);
    expect(body).toMatchObject({ level: 'gemeente', period: 2024, regionYear: 2024 });
    const national = (crimes('NL00', 2024) / population2024('NL00')) * 1000;
    expect(body.national).toMatchObject({ method: 'published', published: true });
    expect(body.national.value).toBeCloseTo(national, 10);
    const amsterdam = body.values.find((v) => v.code === 'GM0363')!;
    const rate = (crimes('GM0363', 2024) / population2024('GM0363')) * 1000;
    expect(amsterdam).toMatchObject({ name: 'Amsterdam', status: 'exact' });
    expect(amsterdam.numerator).toBe(crimes('GM0363', 2024));
    expect(amsterdam.denominator).toBe(population2024('GM0363'));
    expect(amsterdam.value).toBeCloseTo(rate, 10);
    expect(amsterdam.index).toBeCloseTo((100 * rate) / national, 10);
    expect(amsterdam.difference).toBeCloseTo(rate - national, 10);
    const before = (crimes('GM0363', 2023) / population2023('GM0363')) * 1000;
    expect(body.previousPeriod).toBe(2023);
    expect(amsterdam.previousValue).toBeCloseTo(before, 10);
    expect(amsterdam.change).toBeCloseTo(rate - before, 10);
    expect(body.attribution).toBe('Bron: Politie; CBS');
  });

  it('ranks the regions and draws funnel limits around the national rate', async () => {
    const body = await json<IndicatorValues>(crimeRate);
    const usable = body.values.filter((v) => v.value !== null);
    const highest = usable.reduce((a, b) => (a.value! > b.value! ? a : b));
    expect(highest.percentile).toBe(Math.max(...usable.map((v) => v.percentile!)));
    expect(body.funnel?.model).toBe('poisson');
    for (const v of usable) {
      expect(v.funnel, v.code).not.toBeNull();
      expect(v.funnel!.lower95).toBeLessThan(body.national.value!);
      expect(v.funnel!.upper95).toBeGreaterThan(body.national.value!);
      expect(v.funnel!.lower998).toBeLessThanOrEqual(v.funnel!.lower95);
      const inside = v.value! >= v.funnel!.lower95 && v.value! <= v.funnel!.upper95;
      expect(v.funnel!.position === 'within', v.code).toBe(inside);
    }
  });

  it('keeps secret and missing values without a number and says why', async () => {
    const body = await json<IndicatorValues>(
      '/api/v1/indicators/gestandaardiseerd-inkomen-gemiddeld/values',
    );
    const schiermonnikoog = body.values.find((v) => v.code === 'GM0088')!;
    expect(schiermonnikoog).toMatchObject({ value: null, status: 'secret', index: null });
    expect(schiermonnikoog.statusNote).toMatch(/^Geheim/);
    expect(schiermonnikoog.percentile).toBeNull();
  });

  it('serves wijken within a gemeente with rounded counts and the inherited national value', async () => {
    const body = await json<IndicatorValues>(
      '/api/v1/indicators/inwoners/values?level=wijk&parent=GM0363',
    );
    expect(body.values.map((v) => v.code)).toEqual(['WK0363AA', 'WK0363AB']);
    expect(body.values[0]).toMatchObject({
      status: 'rounded',
      value: population2024('WK0363AA'),
    });
    expect(body.national).toMatchObject({ method: 'inherited', value: population2024('NL00') });
  });

  it('answers CSV with a metadata header and the same numbers', async () => {
    const response = await get(crimeRate, { Accept: 'text/csv' });
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    const lines = (await response.text()).trim().split('\r\n');
    expect(lines.filter((l) => l.startsWith('#')).map((l) => l.split(',')[0])).toEqual(
      expect.arrayContaining([
        '# indicator',
        '# eenheid',
        '# periode',
        '# bron',
        '# status secret',
      ]),
    );
    const header = lines.find((l) => l.startsWith('code,'))!.split(',');
    const amsterdam = lines.find((l) => l.startsWith('GM0363,'))!.split(',');
    const body = await json<IndicatorValues>(crimeRate);
    expect(Number(amsterdam[header.indexOf('waarde')])).toBe(
      body.values.find((v) => v.code === 'GM0363')!.value,
    );
    const download = await get(`${crimeRate}?format=csv`);
    expect(await download.text()).toBe(`${lines.join('\r\n')}\r\n`);
  });

  it('revalidates with the ETag and compresses for clients that accept it', async () => {
    const first = await get(crimeRate);
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^W\/"/);
    expect((await get(crimeRate, { 'If-None-Match': etag })).status).toBe(304);
    const gzip = await get(`${crimeRate}?level=gemeente`, { 'Accept-Encoding': 'gzip' });
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    const text = gunzipSync(Buffer.from(await gzip.arrayBuffer())).toString('utf8');
    expect(JSON.parse(text)).toEqual(await first.json());
  });

  it('names the valid levels, years and indicators on bad input', async () => {
    const wijk = await get(`${crimeRate}?level=wijk`);
    expect(wijk.status).toBe(400);
    expect(await detailOf(wijk)).toMatch(/Kies een niveau uit: gemeente/);
    const year = await get(`${crimeRate}?year=1999`);
    expect(year.status).toBe(400);
    expect(await detailOf(year)).toMatch(/Kies een jaar uit: 2024, 2023/);
    const parent = await get(`${crimeRate}?parent=GM9999`);
    expect(parent.status).toBe(400);
    expect(await detailOf(parent)).toMatch(/GM9999 bestaat niet/);
    const unknown = await get('/api/v1/indicators/bestaat-niet/values');
    expect(unknown.status).toBe(404);
    expect(await detailOf(unknown)).toMatch(/GET \/api\/v1\/indicators/);
    expect((await get(`${crimeRate}?level=dorp`)).status).toBe(400);
  });
});

describe('GET /api/v1/regions/{code}/profile', () => {
  it('lists every indicator of a gemeente by theme with the same numbers as the values', async () => {
    const profile = await json<RegionProfile>('/api/v1/regions/GM0363/profile');
    expect(profile.region).toMatchObject({ code: 'GM0363', name: 'Amsterdam', level: 'gemeente' });
    const all = profile.themes.flatMap((t) => t.indicators);
    const crime = all.find((i) => i.id === 'geregistreerde-misdrijven-per-1000-inwoners')!;
    const values = await json<IndicatorValues>(crimeRate);
    expect(crime.value).toBe(values.values.find((v) => v.code === 'GM0363')!.value);
    expect(crime.national).toBe(values.national.value);
    expect(crime.series.map((p) => p.period)).toEqual(
      [2022, 2023, 2024].filter((p) => values.available.some((a) => a.period === p)),
    );
    expect(profile.notProof).toMatch(/geen bewijs/);
  });

  it('names the peer gemeenten with reasons, and uses their sums for the peer value', async () => {
    const profile = await json<RegionProfile>('/api/v1/regions/GM0363/profile');
    const peers = profile.peerGroup!.peers;
    expect(peers.length).toBeGreaterThan(0);
    expect(peers.map((p) => p.code)).not.toContain('GM0363');
    expect(peers[0]).toMatchObject({ rank: 1 });
    expect(peers[0]!.summary.length).toBeGreaterThan(5);
    const crime = profile.themes
      .flatMap((t) => t.indicators)
      .find((i) => i.id === 'geregistreerde-misdrijven-per-1000-inwoners')!;
    const sum = (f: (code: string) => number) => peers.reduce((n, p) => n + f(p.code), 0);
    expect(crime.peerValue).toBeCloseTo(
      (sum((c) => crimes(c, 2024)) / sum(population2024)) * 1000,
      10,
    );
  });

  it('gives a wijk its gemeente value beside the national one', async () => {
    const profile = await json<RegionProfile>('/api/v1/regions/WK0363AA/profile');
    expect(profile.region).toMatchObject({ gemeenteCode: 'GM0363', gemeenteName: 'Amsterdam' });
    const people = profile.themes.flatMap((t) => t.indicators).find((i) => i.id === 'inwoners')!;
    expect(people.value).toBe(population2024('WK0363AA'));
    expect(people.parentValue).toBe(population2024('GM0363'));
    expect(profile.peerGroup).toBeNull();
  });

  it('refuses unknown regions and years with the valid options', async () => {
    const unknown = await get('/api/v1/regions/GM9999/profile');
    expect(unknown.status).toBe(404);
    const year = await get('/api/v1/regions/GM0363/profile?year=1999');
    expect(year.status).toBe(400);
    expect(await detailOf(year)).toMatch(/Kies een jaar uit: 2024/);
  });
});

describe('GET /api/v1/indicators/{id}/series', () => {
  const population2022 = (code: string) =>
    cell('kwb/kwb_2022_gemeente.csv', code, 'aantal_inwoners');

  it('harmonises a merged gemeente by summing its predecessors', async () => {
    const series = await json<Series>('/api/v1/indicators/inwoners/series?region=GM1992');
    expect(series).toMatchObject({ harmonised: true, targetYear: 2024, harmonisable: true });
    const y2022 = series.points.find((p) => p.period === 2022)!;
    expect(y2022).toMatchObject({ harmonised: true, sources: ['GM0501', 'GM0530', 'GM0614'] });
    expect(y2022.value).toBe(
      population2022('GM0501') + population2022('GM0530') + population2022('GM0614'),
    );
    expect(series.points.find((p) => p.period === 2024)!.value).toBe(population2024('GM1992'));
    const own = await json<Series>(
      '/api/v1/indicators/inwoners/series?region=GM1992&harmonise=false',
    );
    expect(own.points.map((p) => p.period)).toEqual([2023, 2024]);
  });

  it('says when a median cannot be harmonised', async () => {
    const series = await json<Series>(
      '/api/v1/indicators/gestandaardiseerd-inkomen-mediaan/series?region=GM0363',
    );
    expect(series.harmonisable).toBe(false);
    expect(series.reason).toMatch(/mediaan/i);
  });

  it('refuses a region without values', async () => {
    const response = await get('/api/v1/indicators/inwoners/series?region=GM9999');
    expect(response.status).toBe(400);
    expect(await detailOf(response)).toMatch(/GM9999/);
  });
});

describe('derived statistics at import', () => {
  it('are not recomputed for unchanged files, and follow a changed file', async () => {
    const again = await importDataDir(h.db, smallDataDir, { origin: 'cli', clock: h.clock.now });
    expect(again.derived.recomputed).toBe(false);
    const local = await createHarness();
    const scratch = scratchDataDir();
    try {
      await importDataDir(local.db, scratch.dir, { origin: 'cli', clock: local.clock.now });
      scratch.replace(
        'criminaliteit/geregistreerde_misdrijven_gemeente_2022_2024.csv',
        'GM0363,gemeente,Amsterdam,2024,82964',
        'GM0363,gemeente,Amsterdam,2024,93129',
      );
      const changed = await importDataDir(local.db, scratch.dir, {
        origin: 'cli',
        clock: local.clock.now,
      });
      expect(changed.derived.recomputed).toBe(true);
      const [row] = await local.db.query<{ value: number }>(
        `select value from indicator_value where indicator = 'geregistreerde-misdrijven-per-1000-inwoners'
           and period = 2024 and region_code = 'GM0363'`,
      );
      expect(Number(row!.value)).toBeCloseTo((93129 / population2024('GM0363')) * 1000, 10);
    } finally {
      scratch.dispose();
      await local.close();
    }
  });
});
