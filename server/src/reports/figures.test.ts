// SPDX-License-Identifier: EUPL-1.2
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { MivExport, ReportFigures } from '../../../common/contracts/reports';
import { buildOrganisation, buildUser, signedIn } from '../../test/factories';
import { createHarness, type Harness } from '../../test/harness';
import {
  buildMeldpuntOrg,
  clientsFor,
  fileReport,
  type MeldpuntOrg,
} from '../../test/report-factories';

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

const withheld = (n: unknown) => n === '<5' || n === 'x';

describe('GET /api/v1/reports/figures (trend, repeat targets)', () => {
  it('gives the trend per category and quarter as one protected table whose margins are the other tables', async () => {
    const response = await c.griffier.request(
      'GET',
      `/api/v1/reports/figures?organisation=${home.org.code}&granularity=quarter`,
    );
    const figures = (await response.json()) as ReportFigures;
    expect(figures.trend.periods).toEqual(['2026-K1', '2026-K2', '2026-K3', '2026-K4']);
    expect(figures.trend.rows.map((r) => [r.key, r.cells, r.total])).toEqual([
      ['doxing', [0, 0, 0, '<5'], '<5'],
      ['threat', [0, 0, 0, 'x'], 'x'],
    ]);
    expect(figures.byCategory).toEqual(
      figures.trend.rows.map((r) => ({ key: r.key, count: r.total })),
    );
    expect(figures.byPeriod.map((p) => p.count)).toEqual([0, 0, 0, 6]);
    // Differencing: no row or column (with its total) holds exactly one withheld count.
    for (const row of figures.trend.rows)
      expect([...row.cells, row.total].filter(withheld).length).not.toBe(1);
    figures.trend.periods.forEach((_, i) => {
      const column = [...figures.trend.rows.map((r) => r.cells[i]), figures.byPeriod[i]?.count];
      expect(column.filter(withheld).length).not.toBe(1);
    });
    // One office-holder reported six times: a repeat target, shown as "<5".
    expect(figures.repeatTargets).toBe('<5');
  });
});

describe('MIV export and its opt-in', () => {
  it('is the organisation’s own always, the ministerie’s only after a beheerder opts in (audited)', async () => {
    const ministerie = await buildOrganisation(harness.deps, 'ministerie');
    const official = await signedIn(
      harness,
      await buildUser(harness.deps, [{ org: ministerie, role: 'ministerie' }]),
    );
    const beheerder = await signedIn(
      harness,
      await buildUser(harness.deps, [{ org: home.org, role: 'beheerder' }]),
    );
    const exportOf = async (client: typeof official, code: string) => {
      const response = await client.request(
        'GET',
        `/api/v1/reports/miv-export?organisation=${code}`,
      );
      expect(response.status).toBe(200);
      return (await response.json()) as MivExport;
    };
    const own = await exportOf(c.griffier, home.org.code);
    expect(own.total).toBe(6);
    expect(own.rows.find((r) => r.category === 'bedreiging')).toMatchObject({
      online: 'x',
      offline: 0,
      total: 'x',
    });
    expect(own.rows.find((r) => r.category === 'intimidatie')).toMatchObject({
      online: 0,
      offline: '<5',
      total: '<5',
      aangifte: 'x',
    });

    const before = await exportOf(official, ministerie.code);
    expect(before.organisations.map((o) => o.code)).not.toContain(home.org.code);
    expect(before.total).toBe(0);
    expect(before.leftOut).toBeGreaterThan(0);

    // Only a beheerder turns it on.
    expect(
      (
        await c.griffier.request('PUT', `/api/v1/orgs/${home.org.code}/report-settings`, {
          mivExport: true,
        })
      ).status,
    ).toBe(404);
    const on = await beheerder.request('PUT', `/api/v1/orgs/${home.org.code}/report-settings`, {
      mivExport: true,
    });
    expect(on.status).toBe(200);
    expect(((await on.json()) as { mivExport: boolean }).mivExport).toBe(true);
    const after = await exportOf(official, ministerie.code);
    expect(after.organisations.map((o) => o.code)).toContain(home.org.code);
    expect(after.total).toBe(6);
    const csv = await official.request(
      'GET',
      `/api/v1/reports/miv-export?organisation=${ministerie.code}&format=csv`,
    );
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    const text = await csv.text();
    expect(text.split('\r\n')[0]).toBe('categorie,omschrijving,online,offline,totaal,aangifte');
    expect(text).toContain('<5');
    expect(text).not.toContain('bedreigend');
    const audited = await harness.db.query<{ action: string; result: string }>(
      "select action, result from audit_event where action like 'report.settings%' order by seq",
    );
    expect(audited).toEqual([
      { action: 'report.settings.update', result: 'denied' },
      { action: 'report.settings.miv.on', result: 'success' },
    ]);
    // A province elsewhere and a reporter get nothing.
    expect(
      (
        await otherProvinceClient.request(
          'GET',
          `/api/v1/reports/miv-export?organisation=${home.org.code}`,
        )
      ).status,
    ).toBe(404);
    expect(
      (await c.melder.request('GET', `/api/v1/reports/miv-export?organisation=${home.org.code}`))
        .status,
    ).toBe(404);
  });
});

describe('GET /api/openapi.json (figures)', () => {
  it('describes the figures, the MIV export and its setting', async () => {
    const doc = (await (await harness.app.request('/api/openapi.json')).json()) as {
      paths: Record<string, Record<string, { parameters?: { name: string }[] }>>;
    };
    expect(Object.keys(doc.paths['/api/v1/orgs/{code}/report-settings'] ?? {})).toEqual(
      expect.arrayContaining(['get', 'put']),
    );
    const exportParams = doc.paths['/api/v1/reports/miv-export']?.get?.parameters ?? [];
    expect(exportParams.map((p) => p.name)).toEqual(
      expect.arrayContaining(['organisation', 'from', 'to', 'format']),
    );
    const figureParams = doc.paths['/api/v1/reports/figures']?.get?.parameters ?? [];
    expect(figureParams.map((p) => p.name)).toContain('granularity');
  });
});
