// SPDX-License-Identifier: EUPL-1.2
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { RegionDetail, RegionList } from '../../../common/contracts/regions';
import { buildOrganisation, buildUser, signedIn, type TestClient } from '../../test/factories';
import { smallDataDir } from '../../test/fixtures/data-dirs';
import { createHarness, type Harness } from '../../test/harness';
import { importDataDir } from '../statistics/service';

let h: Harness;
let analist: TestClient;

beforeAll(async () => {
  h = await createHarness();
  await importDataDir(h.db, smallDataDir, { origin: 'cli', clock: h.clock.now });
  const org = await buildOrganisation(h.deps);
  analist = await signedIn(h, await buildUser(h.deps, [{ org, role: 'analist' }], { totp: false }));
});
afterAll(() => h.close());

const get = (path: string, headers: Record<string, string> = {}) =>
  analist.request('GET', path, undefined, headers);
const list = async (query: string) => {
  const response = await get(`/api/v1/regions${query}`);
  expect(response.status, await response.clone().text()).toBe(200);
  return (await response.json()) as RegionList;
};
const detailOf = async (path: string) => (await (await get(path)).json()) as RegionDetail;
const problemOf = async (response: Response) =>
  ((await response.json()) as { detail: string }).detail;

/** Runs `work` with the statistics endpoints public, as with WEERBAAR_PUBLIC_STATISTICS=true. */
async function asPublic(work: () => Promise<void>): Promise<void> {
  h.deps.config.WEERBAAR_PUBLIC_STATISTICS = true;
  try {
    await work();
  } finally {
    h.deps.config.WEERBAAR_PUBLIC_STATISTICS = false;
  }
}

describe('GET /api/v1/regions', () => {
  it('needs a signed-in user by default, and no one when statistics are public', async () => {
    const anonymous = await h.app.request('/api/v1/regions');
    expect(anonymous.status).toBe(401);
    await asPublic(async () => {
      const open = await h.app.request('/api/v1/regions');
      expect(open.status).toBe(200);
      expect(open.headers.get('cache-control')).toBe('public, max-age=300');
    });
  });

  it('lists the gemeenten of the newest year by default, with groupings and area', async () => {
    const body = await list('');
    expect(body).toMatchObject({ level: 'gemeente', year: 2024, parent: null, complete: true });
    expect(body.regions.map((r) => r.code)).toEqual([
      'GM0014',
      'GM0088',
      'GM0363',
      'GM0599',
      'GM1992',
    ]);
    expect(body.regions.find((r) => r.code === 'GM0088')).toEqual({
      code: 'GM0088',
      name: 'Schiermonnikoog',
      level: 'gemeente',
      year: 2024,
      parentCode: 'PV21',
      gemeenteCode: null,
      provinceCode: 'PV21',
      safetyRegionCode: 'VR02',
      policeUnitCode: 'PE-NOORD-NEDERLAND',
      areaLandHa: 4293,
      areaWaterHa: 16063,
    });
  });

  it('filters by any ancestor or grouping', async () => {
    const codes = async (query: string) => (await list(query)).regions.map((r) => r.code);
    expect(await codes('?level=wijk&parent=GM0363')).toEqual(['WK0363AA', 'WK0363AB']);
    expect(await codes('?level=buurt&parent=gm0363')).toEqual([
      'BU0363AA01',
      'BU0363AA02',
      'BU0363AB01',
    ]);
    expect(await codes('?level=gemeente&parent=VR17')).toEqual(['GM0599', 'GM1992']);
    expect(await codes('?level=gemeente&year=2022&parent=PV28')).toEqual([
      'GM0501',
      'GM0530',
      'GM0599',
      'GM0614',
    ]);
  });

  it('keeps each year in its own division and says when a year is incomplete', async () => {
    expect((await list('?year=2022')).regions.map((r) => r.code)).toContain('GM0457');
    const old = await list('?year=2020');
    expect(old).toMatchObject({ complete: false, year: 2020 });
    expect(old.note).toContain('zonder CBS-code');
  });

  it('answers 400 naming the valid levels or years', async () => {
    const level = await get('/api/v1/regions?level=dorp');
    expect(level.status).toBe(400);
    expect(await problemOf(level)).toContain(
      'land, provincie, veiligheidsregio, politie-eenheid, gemeente, wijk, buurt',
    );
    const year = await get('/api/v1/regions?level=gemeente&year=2019');
    expect(year.status).toBe(400);
    expect(await problemOf(year)).toBe(
      'Voor gemeenten is er geen indeling van 2019. Kies een jaar uit: 2024, 2023, 2022, 2020.',
    );
    const buurt = await get('/api/v1/regions?level=buurt&year=2022');
    expect(await problemOf(buurt)).toContain('Kies een jaar uit: 2024.');
    const parent = await get('/api/v1/regions?level=wijk&parent=GM9999');
    expect(parent.status).toBe(400);
    expect(await problemOf(parent)).toContain('Regio GM9999 bestaat niet in 2024');
  });

  it('sends an ETag and answers 304 when the client has the list', async () => {
    const first = await get('/api/v1/regions?level=wijk');
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^W\/".+"$/);
    expect(first.headers.get('cache-control')).toBe('private, max-age=300');
    const again = await get('/api/v1/regions?level=wijk', { 'if-none-match': etag! });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
  });
});

describe('GET /api/v1/regions/{code}', () => {
  it('names the parents and groupings of a buurt, nearest first', async () => {
    const buurt = await detailOf('/api/v1/regions/BU0363AA01');
    expect(buurt).toMatchObject({
      name: 'Planciusbuurt-Noord',
      level: 'buurt',
      year: 2024,
      years: [2024],
    });
    expect(buurt.parents.map((p) => `${p.code} ${p.name}`)).toEqual([
      'WK0363AA Haarlemmerbuurt',
      'GM0363 Amsterdam',
      'PV27 Noord-Holland',
      'NL00 Nederland',
      'VR13 Amsterdam-Amstelland',
      'PE-AMSTERDAM Amsterdam',
    ]);
  });

  it('lists the years of a code and the herindelingen around it', async () => {
    const amsterdam = await detailOf('/api/v1/regions/GM0363?year=2023');
    expect(amsterdam.years).toEqual([2024, 2023, 2022, 2020]);
    expect(amsterdam.predecessors).toEqual([
      { code: 'GM0363', year: 2022 },
      { code: 'GM0457', year: 2022 },
    ]);
    const weesp = await detailOf('/api/v1/regions/GM0457');
    expect(weesp).toMatchObject({ name: 'Weesp', year: 2022, provinceCode: 'PV27' });
    expect(weesp.successors).toEqual([{ code: 'GM0363', year: 2023 }]);
  });

  it('answers 404 naming the years a code exists, or what codes look like', async () => {
    const weesp = await get('/api/v1/regions/GM0457?year=2024');
    expect(weesp.status).toBe(404);
    expect(await problemOf(weesp)).toBe('Regio GM0457 bestaat niet in 2024; wel in: 2022.');
    const unknown = await get('/api/v1/regions/GM9999');
    expect(unknown.status).toBe(404);
    expect(await problemOf(unknown)).toContain(
      'Regio GM9999 bestaat niet. Geldige codes zien eruit als NL00 (land), PV27 (provincie)',
    );
    expect(await problemOf(await get('/api/v1/regions/amsterdam'))).toContain(
      'AMSTERDAM is geen regiocode.',
    );
  });
});

describe('GET /api/v1/geo/{level}/{year}', () => {
  const path = '/api/v1/geo/gemeente/2024';

  it('serves the stored TopoJSON as is, with a long cache and an ETag', async () => {
    expect((await h.app.request(path)).status).toBe(401);
    const response = await get(path, { 'accept-encoding': 'identity' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('private, max-age=86400');
    expect(response.headers.get('vary')).toBe('Accept-Encoding');
    expect(response.headers.get('content-encoding')).toBeNull();
    const topology = (await response.json()) as {
      type: string;
      objects: Record<string, { geometries: unknown[] }>;
    };
    expect(topology.type).toBe('Topology');
    expect(topology.objects.gemeente_2024?.geometries).toHaveLength(5);
    await asPublic(async () => {
      const open = await h.app.request(path);
      expect(open.headers.get('cache-control')).toBe('public, max-age=86400');
    });
  });

  it('serves only the geometries within a gemeente, with the arcs they use', async () => {
    type Topo = Topology<{ gemeente_2024: GeometryCollection }>;
    const whole = (await (await get(path)).json()) as Topo;
    const response = await get(`${path}?within=gm0363`, { 'accept-encoding': 'gzip' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-encoding')).toBe('gzip');
    const part = JSON.parse(
      gunzipSync(Buffer.from(await response.arrayBuffer())).toString(),
    ) as Topo;
    expect(part.objects.gemeente_2024.geometries.map((g) => g.id)).toEqual(['GM0363']);
    expect(part.arcs.length).toBeLessThan(whole.arcs.length);
    const shape = (t: Topo) =>
      feature(t, t.objects.gemeente_2024).features.find((f) => f.id === 'GM0363')!.geometry;
    expect(shape(part)).toEqual(shape(whole));
    const outside = await get(`${path}?within=GM9999`);
    expect(outside.status).toBe(404);
    expect((await get(`${path}?within=amsterdam`)).status).toBe(400);
  });

  it('serves the newest boundaries of a level without a year', async () => {
    const newest = await get('/api/v1/geo/gemeente?within=GM0363', {
      'accept-encoding': 'identity',
    });
    expect(newest.status).toBe(200);
    expect(newest.headers.get('cache-control')).toBe('private, max-age=300');
    const dated = await get(`${path}?within=GM0363`, { 'accept-encoding': 'identity' });
    expect(await newest.text()).toBe(await dated.text());
    expect((await get('/api/v1/geo/buurt')).status).toBe(404);
  });

  it('sends the precompressed gzip or brotli bytes the client accepts', async () => {
    const plain = Buffer.from(
      await (await get(path, { 'accept-encoding': 'identity' })).arrayBuffer(),
    );
    const gz = await get(path, { 'accept-encoding': 'gzip, deflate' });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await gz.arrayBuffer()))).toEqual(plain);
    const br = await get(path, { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers.get('content-encoding')).toBe('br');
    const brBytes = Buffer.from(await br.arrayBuffer());
    expect(brotliDecompressSync(brBytes)).toEqual(plain);
    expect(Number(br.headers.get('content-length'))).toBe(brBytes.length);
    const noBr = await get(path, { 'accept-encoding': 'br;q=0, gzip' });
    expect(noBr.headers.get('content-encoding')).toBe('gzip');
  });

  it('answers 304 to If-None-Match with the current ETag', async () => {
    const etag = (await get(path)).headers.get('etag')!;
    const again = await get(path, { 'if-none-match': etag, 'accept-encoding': 'br' });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(etag);
    expect((await get(path, { 'if-none-match': 'W/"ouder"' })).status).toBe(200);
  });

  it('answers 404 naming what exists, and 400 for an unknown level', async () => {
    const wijk = await get('/api/v1/geo/wijk/2024');
    expect(wijk.status).toBe(404);
    expect(await problemOf(wijk)).toBe('Geen grenzen voor wijk 2024. Beschikbaar: gemeente 2024.');
    const level = await get('/api/v1/geo/dorp/2024');
    expect(level.status).toBe(400);
    expect(await problemOf(level)).toContain('land, provincie');
  });
});
