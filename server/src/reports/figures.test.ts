// SPDX-License-Identifier: EUPL-1.2
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { ReportFigures } from '../../../common/contracts/reports';
import { buildOrganisation, buildUser, signedIn } from '../../test/factories';
import { createHarness, type Harness } from '../../test/harness';
import {
  buildMeldpuntOrg,
  clientsFor,
  fileReport,
  type MeldpuntOrg,
} from '../../test/report-factories';

import { protectParts } from './figures';

let harness: Harness;
let home: MeldpuntOrg;
let c: Awaited<ReturnType<typeof clientsFor>>;

beforeAll(async () => {
  harness = await createHarness();
  const province = await buildOrganisation(harness.deps, 'provincie');
  home = await buildMeldpuntOrg(harness, province);
  c = await clientsFor(harness, home);
  for (let i = 0; i < 5; i++)
    await fileReport(c.melder, { category: 'threat', channel: 'social_media' });
  await fileReport(c.melder, { category: 'doxing', channel: 'in_person', targetRole: 'wethouder' });
  await fileReport(c.melder, {
    submit: false,
    content: { description: '', familyInvolved: false },
  });
  const adviser = await buildUser(harness.deps, [{ org: province, role: 'provincie-adviseur' }]);
  provinceClient = await signedIn(harness, adviser);
  provinceCode = province.code;
  const elsewhere = await buildUser(harness.deps, [
    { org: await buildOrganisation(harness.deps, 'provincie'), role: 'provincie-adviseur' },
  ]);
  otherProvinceClient = await signedIn(harness, elsewhere);
});
afterAll(() => harness.close());

let provinceClient: Awaited<ReturnType<typeof signedIn>>;
let otherProvinceClient: Awaited<ReturnType<typeof signedIn>>;
let provinceCode: string;

describe('protectParts(parts, total)', () => {
  it('withholds the smallest other part when exactly one part is under five', () => {
    expect(protectParts([1, 7, 9], 17)).toEqual(['<5', 'x', 9]);
    expect(protectParts([2, 3, 9], 14)).toEqual(['<5', '<5', 9]);
    expect(protectParts([0, 6, 9], 15)).toEqual([0, 6, 9]);
    expect(protectParts([1, 2], 3)).toEqual(['<5', '<5']);
  });
});

describe('GET /api/v1/reports/figures', () => {
  it('counts submitted reports of the organisation and suppresses counts under five', async () => {
    const response = await c.griffier.request(
      'GET',
      `/api/v1/reports/figures?organisation=${home.org.code}`,
    );
    expect(response.status).toBe(200);
    const figures = (await response.json()) as ReportFigures;
    expect(figures.total).toBe(6);
    // doxing 1 would follow from 6 − 5: the larger part is withheld as well.
    expect(figures.byCategory).toEqual([
      { key: 'doxing', count: '<5' },
      { key: 'threat', count: 'x' },
    ]);
    expect(figures.online).toBe('x');
    expect(figures.offline).toBe('<5');
    expect(figures.aangifte).toBe(0);
    expect(JSON.stringify(figures)).not.toContain('bedreigend');
  });

  it('gives a province the aggregate of its municipalities, and nobody else’s', async () => {
    const own = await provinceClient.request(
      'GET',
      `/api/v1/reports/figures?organisation=${provinceCode}`,
    );
    expect(own.status).toBe(200);
    const figures = (await own.json()) as ReportFigures;
    expect(figures.organisations.map((o) => o.code)).toEqual([home.org.code]);
    expect(figures.total).toBe(6);
    expect(
      (await provinceClient.request('GET', `/api/v1/reports/figures?organisation=${home.org.code}`))
        .status,
    ).toBe(200);
    expect(
      (
        await otherProvinceClient.request(
          'GET',
          `/api/v1/reports/figures?organisation=${home.org.code}`,
        )
      ).status,
    ).toBe(404);
    expect(
      (
        await provinceClient.request(
          'GET',
          `/api/v1/reports/${'0'.repeat(8)}-0000-4000-8000-000000000000`,
        )
      ).status,
    ).toBe(404);
  });

  it('refuses reporters and bad periods', async () => {
    expect(
      (await c.melder.request('GET', `/api/v1/reports/figures?organisation=${home.org.code}`))
        .status,
    ).toBe(404);
    const bad = await c.griffier.request(
      'GET',
      `/api/v1/reports/figures?organisation=${home.org.code}&from=2026-12-01&to=2026-01-01`,
    );
    expect(bad.status).toBe(400);
  });
});
