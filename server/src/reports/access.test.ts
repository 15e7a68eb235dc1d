// SPDX-License-Identifier: EUPL-1.2
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { LineMemberList, ReportGrantList } from '../../../common/contracts/report-access';
import type { ReportDetail, ReportSummary } from '../../../common/contracts/reports';
import { buildUser, signedIn, type TestClient, type TestUser } from '../../test/factories';
import { createHarness, type Harness } from '../../test/harness';
import {
  buildMeldpuntOrg,
  clientsFor,
  fileReport,
  type MeldpuntOrg,
} from '../../test/report-factories';
import type { Mail } from '../platform/mailer';

import { endOfDutchDay } from './grants';

const sent: Mail[] = [];
let harness: Harness;
let home: MeldpuntOrg;
let other: MeldpuntOrg;
let c: Awaited<ReturnType<typeof clientsFor>>;
let beheerderUser: TestUser;
let beheerder: TestClient;
let jurist: TestUser;
let otherGriffier: TestClient;

beforeAll(async () => {
  harness = await createHarness(
    {},
    {
      enabled: true,
      send: async (mail) => void sent.push(mail),
    },
  );
  home = await buildMeldpuntOrg(harness);
  other = await buildMeldpuntOrg(harness);
  c = await clientsFor(harness, home);
  beheerderUser = await buildUser(harness.deps, [{ org: home.org, role: 'beheerder' }]);
  beheerder = await signedIn(harness, beheerderUser);
  jurist = await buildUser(harness.deps, [{ org: home.org, role: 'behandelaar' }], {
    name: 'Jurist Test',
  });
  await harness.db.query(
    `insert into report_line_member (organisation_id, user_id, line) values ($1, $2, 'college')`,
    [home.org.id, jurist.id],
  );
  otherGriffier = await signedIn(harness, other.griffier);
});
afterAll(() => harness.close());

const count = async (sql: string, params: unknown[] = []) =>
  Number((await harness.db.query<{ n: number }>(sql, params))[0]?.n);
const audits = (action: string, result = 'success') =>
  count('select count(*)::int as n from audit_event where action = $1 and result = $2', [
    action,
    result,
  ]);
const grantRows = () => count('select count(*)::int as n from report_grant');

async function send(client: TestClient, method: string, path: string, body?: unknown) {
  const response = await client.request(method, path, body);
  return {
    status: response.status,
    json: (await response.json()) as ReportGrantList & {
      detail: string;
      errors?: { field: string; message: string }[];
    },
  };
}

describe('POST /api/v1/reports/{id}/grants', () => {
  it('lets the line’s handler share a case with a named colleague, audited, with a mail without content', async () => {
    const report = await fileReport(c.melder);
    const path = `/api/v1/reports/${report.id}`;
    expect((await c.secretaris.request('GET', path)).status).toBe(404);
    const before = await send(c.griffier, 'GET', `${path}/grants`);
    expect(before.status).toBe(200);
    expect(before.json.grants).toEqual([]);
    expect(before.json.candidates.map((p) => p.name)).toEqual([
      'Burgemeester Test',
      'Jurist Test',
      'Secretaris Test',
      'Vertrouwenspersoon Test',
    ]);
    const granted = await audits('report.grant');
    sent.length = 0;
    const r = await send(c.griffier, 'POST', `${path}/grants`, {
      userId: home.secretaris.id,
      reason: 'Gemeentesecretaris regelt de beveiliging van het raadhuis.',
      expiresOn: '2026-11-30',
    });
    expect(r.status).toBe(201);
    expect(r.json.grants).toEqual([
      {
        user: { id: home.secretaris.id, name: 'Secretaris Test' },
        breakGlass: false,
        reason: 'Gemeentesecretaris regelt de beveiliging van het raadhuis.',
        grantedBy: 'Griffier Test',
        grantedAt: harness.clock.now().toISOString(),
        expiresAt: '2026-11-30T22:59:59.999Z',
        active: true,
      },
    ]);
    expect(r.json.candidates.map((p) => p.name)).not.toContain('Secretaris Test');
    expect(await audits('report.grant')).toBe(granted + 1);
    expect(sent.map((m) => m.to)).toEqual([home.secretaris.email]);
    expect(sent[0]?.subject).toContain(report.reference);
    expect(`${sent[0]?.subject} ${sent[0]?.text}`).not.toMatch(/raadhuis|bedreigend|Raadslid/);
    const seen = (await (await c.secretaris.request('GET', path)).json()) as ReportDetail;
    expect(seen.access).toBe('granted');
    expect(seen.abilities.grant).toBe(false);
    const history = (await (await c.griffier.request('GET', path)).json()) as ReportDetail;
    expect(history.history.find((h) => h.kind === 'grant')?.detail).toBe(
      'Secretaris Test: Gemeentesecretaris regelt de beveiliging van het raadhuis.',
    );
    const melder = (await (await c.melder.request('GET', path)).json()) as ReportDetail;
    expect(melder.history.some((h) => h.kind === 'grant')).toBe(false);
  });

  it('ends the access at the end of the last day, Dutch time', async () => {
    expect(endOfDutchDay('2026-07-01').toISOString()).toBe('2026-07-01T21:59:59.999Z');
    expect(endOfDutchDay('2026-12-01').toISOString()).toBe('2026-12-01T22:59:59.999Z');
  });

  it('refuses bad input with Dutch field errors and changes nothing', async () => {
    const report = await fileReport(c.melder);
    const path = `/api/v1/reports/${report.id}/grants`;
    const rows = await grantRows();
    const cases: [unknown, string][] = [
      [{ userId: home.secretaris.id, reason: 'kort' }, 'reason'],
      [{ userId: 'iemand', reason: 'Een goede reden om mee te kijken.' }, 'userId'],
      [{ userId: home.analist.id, reason: 'De analist wil meelezen.' }, 'userId'],
      [{ userId: home.melder.id, reason: 'Een melder hoort hier niet.', extra: 1 }, ''],
      [{ userId: other.griffier.id, reason: 'Griffier van een andere gemeente.' }, 'userId'],
      [
        { userId: home.secretaris.id, reason: 'Een goede reden.', expiresOn: '2026-11-01' },
        'expiresOn',
      ],
      [
        { userId: home.secretaris.id, reason: 'Een goede reden.', expiresOn: '2028-01-01' },
        'expiresOn',
      ],
    ];
    for (const [body, field] of cases) {
      const r = await send(c.griffier, 'POST', path, body);
      expect(r.status, JSON.stringify(body)).toBe(400);
      expect(r.json.detail.length).toBeGreaterThan(10);
      if (field) expect(r.json.errors?.map((e) => e.field)).toContain(field);
    }
    const short = await send(c.griffier, 'POST', path, { userId: home.secretaris.id, reason: 'x' });
    expect(short.json.errors?.[0]?.message).toBe('Reden moet minstens 10 tekens hebben.');
    expect(await grantRows()).toBe(rows);
  });

  it('answers 409 when the person already has access, and changes nothing', async () => {
    const report = await fileReport(c.melder);
    const path = `/api/v1/reports/${report.id}/grants`;
    const reason = 'Graag meekijken bij deze melding.';
    const rows = await grantRows();
    const self = await send(c.griffier, 'POST', path, { userId: home.griffier.id, reason });
    expect(self.status).toBe(409);
    expect(self.json.detail).toBe('Griffier Test heeft al toegang tot deze melding.');
    expect(
      (await send(c.griffier, 'POST', path, { userId: home.vertrouwenspersoon.id, reason })).status,
    ).toBe(201);
    expect(
      (await send(c.griffier, 'POST', path, { userId: home.vertrouwenspersoon.id, reason })).status,
    ).toBe(409);
    expect(await grantRows()).toBe(rows + 1);
  });

  it('answers 404 to those outside the case and 403 to those who may only look, changing nothing', async () => {
    const report = await fileReport(c.melder);
    const path = `/api/v1/reports/${report.id}/grants`;
    const body = { userId: home.bestuurder.id, reason: 'Burgemeester moet dit weten.' };
    const denied = await audits('report.grant', 'denied');
    expect((await send(otherGriffier, 'POST', path, body)).status).toBe(404);
    expect((await send(c.secretaris, 'POST', path, body)).status).toBe(404);
    expect((await send(c.bestuurder, 'GET', path)).status).toBe(404);
    expect((await send(c.melder, 'POST', path, body)).status).toBe(403);
    expect((await send(c.melder, 'GET', path)).status).toBe(403);
    expect(await audits('report.grant', 'denied')).toBe(denied + 5);
    expect(
      await count('select count(*)::int as n from report_grant where report_id = $1', [report.id]),
    ).toBe(0);
  });

  it('lets only the vertrouwenspersoon share a case only they hold', async () => {
    const report = await fileReport(c.melder, { confidentiality: 'vertrouwenspersoon' });
    const path = `/api/v1/reports/${report.id}`;
    const vp = (await (await c.vertrouwenspersoon.request('GET', path)).json()) as ReportDetail;
    expect(vp.abilities.grant).toBe(true);
    const assigned = await c.vertrouwenspersoon.request('POST', `${path}/assignment`, {
      assigneeUserId: home.griffier.id,
      version: vp.version,
      reason: 'Griffier helpt met de aangifte.',
    });
    expect(assigned.status).toBe(200);
    const griffier = (await (await c.griffier.request('GET', path)).json()) as ReportDetail;
    expect(griffier.access).toBe('handler');
    expect(griffier.abilities.grant).toBe(false);
    const body = { userId: home.secretaris.id, reason: 'Secretaris moet het ook weten.' };
    expect((await send(c.griffier, 'POST', `${path}/grants`, body)).status).toBe(403);
    const ok = await send(c.vertrouwenspersoon, 'POST', `${path}/grants`, body);
    expect(ok.status).toBe(201);
    const secretaris = (await (await c.secretaris.request('GET', path)).json()) as ReportDetail;
    expect(secretaris.access).toBe('granted');
    expect(secretaris.reporter).toBeNull();
  });
});

describe('DELETE /api/v1/reports/{id}/grants/{userId}', () => {
  it('ends explicit and break-glass access, audited and in the history', async () => {
    const report = await fileReport(c.melder);
    const path = `/api/v1/reports/${report.id}`;
    await send(c.griffier, 'POST', `${path}/grants`, {
      userId: jurist.id,
      reason: 'Jurist beoordeelt of dit strafbaar is.',
    });
    const glass = await c.bestuurder.request('POST', `${path}/break-glass`, {
      reason: 'Dreiging vanavond, politie vraagt om overleg met de burgemeester.',
    });
    expect(glass.status).toBe(200);
    const listed = await send(c.griffier, 'GET', `${path}/grants`);
    // Granted at the same moment: listed by name.
    expect(listed.json.grants.map((g) => [g.user.name, g.breakGlass])).toEqual([
      ['Burgemeester Test', true],
      ['Jurist Test', false],
    ]);
    const revoked = await audits('report.grant.revoke');
    const r = await send(c.griffier, 'DELETE', `${path}/grants/${home.bestuurder.id}`);
    expect(r.status).toBe(200);
    expect(r.json.grants.map((g) => g.user.name)).toEqual(['Jurist Test']);
    expect(await audits('report.grant.revoke')).toBe(revoked + 1);
    expect((await c.bestuurder.request('GET', path)).status).toBe(404);
    const again = await send(c.griffier, 'DELETE', `${path}/grants/${home.bestuurder.id}`);
    expect(again.status).toBe(404);
    expect((await send(c.melder, 'DELETE', `${path}/grants/${jurist.id}`)).status).toBe(403);
    const history = (await (await c.griffier.request('GET', path)).json()) as ReportDetail;
    expect(history.history.filter((h) => h.kind === 'grant.revoke').map((h) => h.detail)).toEqual([
      'Burgemeester Test',
    ]);
  });

  it('lets an expired grant lapse without revoking it', async () => {
    const report = await fileReport(c.melder);
    const path = `/api/v1/reports/${report.id}`;
    const r = await send(c.griffier, 'POST', `${path}/grants`, {
      userId: home.secretaris.id,
      reason: 'Alleen vandaag meekijken.',
      expiresOn: '2026-11-02',
    });
    expect(r.status).toBe(201);
    expect((await c.secretaris.request('GET', path)).status).toBe(200);
    harness.clock.advance(24 * 3_600_000);
    // The sessions went idle meanwhile.
    c = await clientsFor(harness, home);
    beheerder = await signedIn(harness, beheerderUser);
    otherGriffier = await signedIn(harness, other.griffier);
    expect((await c.secretaris.request('GET', path)).status).toBe(404);
    const listed = await send(c.griffier, 'GET', `${path}/grants`);
    expect(listed.json.grants.map((g) => g.active)).toEqual([false]);
    expect(listed.json.candidates.map((p) => p.name)).toContain('Secretaris Test');
  });
});

describe('/api/v1/orgs/{code}/report-lines', () => {
  const path = () => `/api/v1/orgs/${home.org.code}/report-lines`;

  it('lets the beheerder put a behandelaar in the raad line, the college line or both; audited', async () => {
    const list = await beheerder.request('GET', path());
    expect(list.status).toBe(200);
    const members = ((await list.json()) as LineMemberList).members;
    expect(members.map((m) => [m.name, m.lines.join('+'), m.all])).toEqual([
      ['Griffier Test', 'raad', false],
      ['Jurist Test', 'college', false],
      ['Secretaris Test', 'college', false],
    ]);
    const report = await fileReport(c.melder, { targetRole: 'raadslid' });
    const jc = await signedIn(harness, jurist);
    expect((await jc.request('GET', `/api/v1/reports/${report.id}`)).status).toBe(404);
    const updates = await audits('report.lines.update');
    const r = await beheerder.request('PUT', `${path()}/${jurist.id}`, {
      lines: ['raad', 'college'],
    });
    expect(r.status).toBe(200);
    const after = ((await r.json()) as LineMemberList).members.find((m) => m.id === jurist.id);
    expect(after).toMatchObject({ lines: ['raad', 'college'], all: true });
    expect(await audits('report.lines.update')).toBe(updates + 1);
    expect((await jc.request('GET', `/api/v1/reports/${report.id}`)).status).toBe(200);
    const back = await beheerder.request('PUT', `${path()}/${jurist.id}`, { lines: ['college'] });
    expect(back.status).toBe(200);
    expect((await jc.request('GET', `/api/v1/reports/${report.id}`)).status).toBe(404);
  });

  it('refuses bad input with Dutch field errors, others’ organisations with 404, and changes nothing', async () => {
    const rows = () => count('select count(*)::int as n from report_line_member');
    const before = await rows();
    const bad: [string, unknown][] = [
      [home.griffier.id, { lines: [] }],
      [home.griffier.id, { lines: ['raad', 'raad'] }],
      [home.griffier.id, { lines: ['griffie'] }],
      [home.melder.id, { lines: ['raad'] }],
      [other.griffier.id, { lines: ['raad'] }],
    ];
    for (const [userId, body] of bad) {
      const r = await beheerder.request('PUT', `${path()}/${userId}`, body);
      expect(r.status, JSON.stringify(body)).toBe(400);
      const problem = (await r.json()) as { errors: { field: string; message: string }[] };
      expect(problem.errors[0]?.message).toMatch(/^[A-Z][a-z]/);
    }
    const empty = await beheerder.request('PUT', `${path()}/${home.griffier.id}`, { lines: [] });
    expect(((await empty.json()) as { errors: { message: string }[] }).errors[0]?.message).toBe(
      'Lijnen is te klein.',
    );
    expect((await c.griffier.request('GET', path())).status).toBe(404);
    expect(
      (await c.griffier.request('PUT', `${path()}/${home.griffier.id}`, { lines: ['college'] }))
        .status,
    ).toBe(404);
    const foreign = `/api/v1/orgs/${other.org.code}/report-lines`;
    expect((await beheerder.request('GET', foreign)).status).toBe(404);
    expect(
      (await beheerder.request('PUT', `${foreign}/${other.griffier.id}`, { lines: ['college'] }))
        .status,
    ).toBe(404);
    expect(await rows()).toBe(before);
  });
});

describe('GET /api/v1/reports?organisation=CODE', () => {
  it('lists the cases of one of the viewer’s organisations', async () => {
    const both = await buildUser(harness.deps, [
      { org: home.org, role: 'melder' },
      { org: other.org, role: 'melder' },
    ]);
    const client = await signedIn(harness, both);
    const unnamed = await client.request('POST', '/api/v1/reports', {
      submit: true,
      category: 'threat',
      channel: 'phone',
      targetRole: 'raadslid',
      content: { description: 'Gebeld en bedreigd.' },
    });
    expect(unnamed.status).toBe(400);
    expect(((await unnamed.json()) as { errors: { field: string }[] }).errors[0]?.field).toBe(
      'organisationCode',
    );
    const atHome = await fileReport(client, { organisationCode: home.org.code });
    const atOther = await fileReport(client, { organisationCode: other.org.code });
    const list = async (query: string) =>
      (
        (await (await client.request('GET', `/api/v1/reports${query}`)).json()) as {
          reports: ReportSummary[];
        }
      ).reports.map((r) => r.id);
    expect(await list('')).toEqual(expect.arrayContaining([atHome.id, atOther.id]));
    expect(await list(`?organisation=${other.org.code}`)).toEqual([atOther.id]);
    expect((await client.request('GET', '/api/v1/reports?organisation=gm')).status).toBe(400);
  });
});

describe('API description', () => {
  it('documents the grants and lines endpoints', async () => {
    const doc = (await (await harness.app.request('/api/openapi.json')).json()) as {
      paths: Record<string, Record<string, unknown>>;
    };
    const methods = (path: string) => Object.keys(doc.paths[path] ?? {}).sort();
    expect(methods('/api/v1/reports/{id}/grants')).toEqual(['get', 'post']);
    expect(methods('/api/v1/reports/{id}/grants/{userId}')).toEqual(['delete']);
    expect(methods('/api/v1/orgs/{code}/report-lines')).toEqual(['get']);
    expect(methods('/api/v1/orgs/{code}/report-lines/{userId}')).toEqual(['put']);
  });
});
