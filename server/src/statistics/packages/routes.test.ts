// SPDX-License-Identifier: EUPL-1.2
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { PackageValues, PackageView } from '../../../../common/contracts/statistics-packages';
import type { RegionProfile } from '../../../../common/contracts/statistics-values';
import { runPipeline, syntheticMarker } from '../../../../pipeline/run';
import { goldenInput, goldenRules } from '../../../../pipeline/test/golden';
import {
  buildOrganisation,
  buildPackageRegions,
  buildUser,
  signedIn,
  type TestClient,
} from '../../../test/factories';
import { createHarness, type Harness } from '../../../test/harness';

import { importPackage } from './import-package';

const root = mkdtempSync(join(tmpdir(), 'weerbaar-package-api-'));
const packageDir = join(root, 'package');
let h: Harness;
let analist: TestClient;

beforeAll(async () => {
  const input = join(root, 'input');
  cpSync(goldenInput, input, { recursive: true });
  writeFileSync(join(input, syntheticMarker), '{"synthetic": true}\n');
  await runPipeline({ inDir: input, out: packageDir, rules: goldenRules, year: 2024 });
  h = await createHarness();
  await buildPackageRegions(h.db, packageDir, 2024);
  await importPackage(h.db, packageDir, { origin: 'cli', clock: h.clock.now });
  const org = await buildOrganisation(h.deps);
  analist = await signedIn(h, await buildUser(h.deps, [{ org, role: 'analist' }], { totp: false }));
}, 90_000);
afterAll(async () => {
  await h?.close();
  rmSync(root, { recursive: true, force: true });
});

const get = async <T>(path: string) => {
  const response = await analist.request('GET', path);
  return { status: response.status, body: (await response.json()) as T };
};

/** The package's own values.csv rows of one indicator and level. */
function csvRows(indicator: string, level: string) {
  const [header, ...lines] = readFileSync(join(packageDir, 'values.csv'), 'utf8')
    .trim()
    .split('\n');
  const names = header!.split(',');
  return lines
    .map((l) => Object.fromEntries(l.split(',').map((v, i) => [names[i], v])))
    .filter((r) => r.indicator === indicator && r.level === level);
}

describe('GET /api/v1/packages', () => {
  it('lists the package with its provenance and the synthetic marker', async () => {
    expect((await h.app.request('/api/v1/packages')).status).toBe(401);
    const { body } = await get<{ packages: PackageView[] }>('/api/v1/packages');
    expect(body.packages).toHaveLength(1);
    expect(body.packages[0]).toMatchObject({
      period: '2024',
      synthetic: true,
      marker: 'Synthetische demonstratiedata',
      disclosure: { minCount: 3 },
    });
    expect(body.packages[0]!.indicators.map((i) => i.id)).toContain(
      'onverklaarbare-woningaankopen',
    );
    expect(body.packages[0]!.indicators[0]!.notProof).toMatch(/geen bewijs/);
  });
});

describe('GET /api/v1/packages/{id}/indicators/{indicator}/values', () => {
  it('gives the package values as published, suppressed ones without a number and with a reason', async () => {
    const { body: list } = await get<{ packages: PackageView[] }>('/api/v1/packages');
    const id = list.packages[0]!.id;
    const { status, body } = await get<PackageValues>(
      `/api/v1/packages/${id}/indicators/onverklaarbare-woningaankopen/values?level=buurt`,
    );
    expect(status).toBe(200);
    expect(body).toMatchObject({ synthetic: true, marker: 'Synthetische demonstratiedata' });
    const expected = csvRows('onverklaarbare-woningaankopen', 'buurt');
    expect(body.values.map((v) => v.code)).toEqual(expected.map((r) => r.region_code));
    for (const row of expected) {
      const v = body.values.find((x) => x.code === row.region_code)!;
      expect(v.status).toBe(row.status);
      expect(v.value).toBe(row.value === '' ? null : Number(row.value));
      if (row.status === 'suppressed') {
        expect(v.note).toMatch(/^Onderdrukt/);
        expect(v.note).toContain(row.carried_by);
      }
    }
    expect(body.values.some((v) => v.status === 'suppressed')).toBe(true);
  });

  it('limits values to a parent and names the valid options on bad input', async () => {
    const { body: list } = await get<{ packages: PackageView[] }>('/api/v1/packages');
    const id = list.packages[0]!.id;
    const base = `/api/v1/packages/${id}/indicators`;
    const within = await get<PackageValues>(
      `${base}/onverklaarbare-woningaankopen/values?level=wijk&parent=GM9901`,
    );
    expect(within.body.values.every((v) => v.code.startsWith('WK9901'))).toBe(true);
    const unknown = await get<{ detail: string }>(`${base}/bestaat-niet/values`);
    expect(unknown.status).toBe(404);
    expect(unknown.body.detail).toMatch(/Kies uit: .*onverklaarbare-woningaankopen/);
    const level = await get<{ detail: string }>(
      `${base}/drugsverdachten-woon-pleeggemeente/values?level=buurt`,
    );
    expect(level.status).toBe(400);
    expect(level.body.detail).toMatch(/Kies een niveau uit: land, gemeente/);
    expect((await get(`/api/v1/packages/999/indicators/x/values`)).status).toBe(404);
  });
});

describe('GET /api/v1/regions/{code}/profile with a package', () => {
  it('carries the package figures apart from the open statistics, with the synthetic marker and comparisons', async () => {
    const { status, body } = await get<RegionProfile>('/api/v1/regions/GM9901/profile');
    expect(status).toBe(200);
    expect(body.themes).toEqual([]);
    expect(body.packages).toHaveLength(1);
    const [pkg] = body.packages;
    expect(pkg).toMatchObject({
      period: '2024',
      synthetic: true,
      marker: 'Synthetische demonstratiedata',
    });
    const unknown = pkg!.indicators.find((i) => i.id === 'onbekende-buitenlandse-eigenaren');
    expect(unknown).toMatchObject({
      value: 24.62,
      status: 'exact',
      national: 24.74,
      parentValue: null,
    });
    expect(unknown!.index).toBeCloseTo((24.62 / 24.74) * 100, 10);
    // The national cell of this magnitude table is suppressed, so there is nothing to compare with.
    const held = pkg!.indicators.find((i) => i.id === 'onverklaarbaar-woningbezit-woningen');
    expect(held).toMatchObject({ value: 0, national: null, index: null });
  });

  it('shows a suppressed buurt value without a number or comparison, beside its gemeente', async () => {
    const { body } = await get<RegionProfile>('/api/v1/regions/BU99010202/profile');
    const purchases = body.packages[0]!.indicators.find(
      (i) => i.id === 'onverklaarbare-woningaankopen',
    );
    expect(purchases).toMatchObject({
      value: null,
      status: 'suppressed',
      national: null,
      index: null,
      peerValue: null,
      parentValue: 80,
    });
    expect(purchases!.note).toMatch(
      /^Onderdrukt: minder dan 3 eenheden\. Het telt mee in het cijfer van Gebied WK990102\./,
    );
  });
});
