// SPDX-License-Identifier: EUPL-1.2
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { ReportDetail, ReportSummary } from '../../../common/contracts/reports';
import { buildOrganisation, buildUser, signedIn, type TestClient } from '../../test/factories';
import { createHarness, type Harness } from '../../test/harness';
import {
  buildMeldpuntOrg,
  buildReportInput,
  clientsFor,
  fileReport,
  type MeldpuntOrg,
} from '../../test/report-factories';

let harness: Harness;
let home: MeldpuntOrg;
let other: MeldpuntOrg;
let c: Awaited<ReturnType<typeof clientsFor>>;
let otherGriffier: TestClient;

beforeAll(async () => {
  harness = await createHarness();
  home = await buildMeldpuntOrg(harness);
  other = await buildMeldpuntOrg(harness);
  c = await clientsFor(harness, home);
  otherGriffier = await signedIn(harness, other.griffier);
});
afterAll(() => harness.close());

const auditCount = async (action: string, result = 'success') =>
  Number(
    (
      await harness.db.query<{ n: number }>(
        'select count(*)::int as n from audit_event where action = $1 and result = $2',
        [action, result],
      )
    )[0]?.n,
  );

describe('POST /api/v1/reports', () => {
  it('files a report as the signed-in melder, routed to the raad line, with a reference and a deadline', async () => {
    const now = harness.clock.now().getTime();
    const response = await c.melder.request('POST', '/api/v1/reports', buildReportInput());
    expect(response.status).toBe(201);
    const report = (await response.json()) as ReportDetail;
    expect(report.reference).toMatch(/^M-2026-\d{4}$/);
    expect(report.status).toBe('registered');
    expect(report.line).toBe('raad');
    expect(report.workflow).toBe('stappenplan');
    expect(report.access).toBe('reporter');
    expect(report.reporter?.name).toBe('Raadslid Test');
    expect(report.dueAt).toBe(new Date(now + 4 * 3_600_000).toISOString());
    expect(report.content?.description).toContain('bedreigend bericht');
  });

  it('keeps HTML as text, exactly as typed', async () => {
    const html = '<script>alert(1)</script><b>vet</b>';
    const report = await fileReport(c.melder, {
      content: { description: html, familyInvolved: false },
    });
    const response = await c.melder.request('GET', `/api/v1/reports/${report.id}`);
    expect(((await response.json()) as ReportDetail).content?.description).toBe(html);
  });

  it('lets a griffier report on behalf of a raadslid', async () => {
    const report = await fileReport(c.griffier, {
      onBehalfOf: { name: 'Raadslid Jansen', contact: '06-12345678' },
    });
    const seen = (await (
      await c.griffier.request('GET', `/api/v1/reports/${report.id}`)
    ).json()) as ReportDetail;
    expect(seen.onBehalfOf).toEqual({ name: 'Raadslid Jansen', contact: '06-12345678' });
    expect(seen.reporter?.name).toBe('Griffier Test');
    expect(seen.access).toBe('handler');
  });

  it('routes integrity reports to the Wbk timeline: acknowledgement due in 7 days', async () => {
    const now = harness.clock.now().getTime();
    const report = (await fileReport(c.melder, {
      category: 'integrity_violation',
      targetRole: 'wethouder',
    })) as unknown as ReportDetail;
    expect(report.workflow).toBe('integriteit');
    expect(report.line).toBe('college');
    expect(report.dueAt).toBe(new Date(now + 7 * 86_400_000).toISOString());
  });

  it('refuses bad input with Dutch field errors and stores nothing', async () => {
    const before = await harness.db.query<{ n: number }>('select count(*)::int as n from report');
    const cases: unknown[] = [
      { ...buildReportInput(), category: 'ruzie' },
      { ...buildReportInput(), content: { description: '', familyInvolved: false } },
      { ...buildReportInput(), occurredAt: '2030-01-01T00:00:00Z' },
      { ...buildReportInput(), extra: 1 },
      { ...buildReportInput(), content: { description: 'x'.repeat(5001), familyInvolved: false } },
      { ...buildReportInput(), organisationCode: other.org.code },
    ];
    for (const body of cases) {
      const response = await c.melder.request('POST', '/api/v1/reports', body);
      expect(response.status).toBe(400);
      const problem = (await response.json()) as { detail: string; errors?: unknown[] };
      expect(problem.detail.length).toBeGreaterThan(10);
      expect(problem.errors?.length).toBeGreaterThan(0);
    }
    const after = await harness.db.query<{ n: number }>('select count(*)::int as n from report');
    expect(after).toEqual(before);
  });

  it('refuses people without a reporting role and signed-out requests', async () => {
    const response = await c.analist.request('POST', '/api/v1/reports', buildReportInput());
    expect(response.status).toBe(400);
    const anonymous = await harness.app.request('/api/v1/reports', { method: 'GET' });
    expect(anonymous.status).toBe(401);
  });
});

describe('drafts', () => {
  it('are the reporter’s alone until submitted', async () => {
    const draft = await fileReport(c.melder, {
      submit: false,
      content: { description: '', familyInvolved: false },
    });
    expect(draft.status).toBe('draft');
    expect((await c.griffier.request('GET', `/api/v1/reports/${draft.id}`)).status).toBe(404);
    const submitted = await c.melder.request('PUT', `/api/v1/reports/${draft.id}`, {
      ...buildReportInput(),
      organisationCode: undefined,
      submit: true,
      version: draft.version,
    });
    expect(submitted.status).toBe(200);
    expect(((await submitted.json()) as ReportDetail).status).toBe('registered');
    expect((await c.griffier.request('GET', `/api/v1/reports/${draft.id}`)).status).toBe(200);
    const again = await c.melder.request('PUT', `/api/v1/reports/${draft.id}`, {
      ...buildReportInput(),
      submit: false,
      version: draft.version + 1,
    });
    expect(again.status).toBe(403);
  });
});

describe('GET /api/v1/reports/{id}', () => {
  it('answers 404 for another organisation’s case and audits the attempt', async () => {
    const report = await fileReport(c.melder);
    const denied = await auditCount('report.view', 'denied');
    const response = await otherGriffier.request('GET', `/api/v1/reports/${report.id}`);
    expect(response.status).toBe(404);
    expect(await auditCount('report.view', 'denied')).toBe(denied + 1);
    const missing = await c.griffier.request(
      'GET',
      '/api/v1/reports/00000000-0000-4000-8000-000000000000',
    );
    expect(missing.status).toBe(404);
  });

  it('audits every read', async () => {
    const report = await fileReport(c.melder);
    const reads = await auditCount('report.view');
    await c.griffier.request('GET', `/api/v1/reports/${report.id}`);
    expect(await auditCount('report.view')).toBe(reads + 1);
  });

  it('keeps the raad line apart from the college line', async () => {
    const raad = await fileReport(c.melder, { targetRole: 'raadslid' });
    const college = await fileReport(c.melder, { targetRole: 'wethouder' });
    expect((await c.secretaris.request('GET', `/api/v1/reports/${raad.id}`)).status).toBe(404);
    expect((await c.griffier.request('GET', `/api/v1/reports/${college.id}`)).status).toBe(404);
    expect((await c.secretaris.request('GET', `/api/v1/reports/${college.id}`)).status).toBe(200);
  });

  it('hides the reporter from the line in a vertrouwenspersoon-only case', async () => {
    const report = await fileReport(c.melder, {
      confidentiality: 'vertrouwenspersoon',
      content: {
        description: 'Alleen voor de vertrouwenspersoon.',
        familyInvolved: true,
        homeAddress: 'Dorpsstraat 5, Teststad',
      },
    });
    expect((await c.griffier.request('GET', `/api/v1/reports/${report.id}`)).status).toBe(404);
    const vp = (await (
      await c.vertrouwenspersoon.request('GET', `/api/v1/reports/${report.id}`)
    ).json()) as ReportDetail;
    expect(vp.reporter?.name).toBe('Raadslid Test');
    const assigned = await c.vertrouwenspersoon.request(
      'POST',
      `/api/v1/reports/${report.id}/assignment`,
      {
        assigneeUserId: home.griffier.id,
        version: vp.version,
        reason: 'Griffier helpt met de aangifte, zonder naam van de melder.',
      },
    );
    expect(assigned.status).toBe(200);
    const line = (await (
      await c.griffier.request('GET', `/api/v1/reports/${report.id}`)
    ).json()) as ReportDetail;
    expect(line.reporter).toBeNull();
    expect(line.onBehalfOf).toBeNull();
    expect(line.content?.homeAddress).toBeUndefined();
    expect(line.content?.description).toBe('Alleen voor de vertrouwenspersoon.');
  });
});

describe('GET /api/v1/reports', () => {
  it('lists what the viewer may see: own reports, the line’s cases, summaries for the bestuurder', async () => {
    const report = await fileReport(c.melder, { targetRole: 'wethouder' });
    const list = async (client: TestClient) =>
      (
        (await (await client.request('GET', '/api/v1/reports')).json()) as {
          reports: ReportSummary[];
        }
      ).reports;
    expect((await list(c.melder)).some((r) => r.id === report.id && r.access === 'reporter')).toBe(
      true,
    );
    expect(
      (await list(c.secretaris)).some((r) => r.id === report.id && r.access === 'handler'),
    ).toBe(true);
    expect((await list(c.griffier)).some((r) => r.id === report.id)).toBe(false);
    expect((await list(c.bestuurder)).find((r) => r.id === report.id)?.access).toBe('summary');
    expect((await list(otherGriffier)).some((r) => r.id === report.id)).toBe(false);
    expect(await list(c.analist)).toEqual([]);
    expect((await c.bestuurder.request('GET', `/api/v1/reports/${report.id}`)).status).toBe(404);
  });

  it('lists the reports a melder of another organisation files there only to them', async () => {
    const outsider = await buildUser(harness.deps, [
      { org: await buildOrganisation(harness.deps), role: 'melder' },
    ]);
    const client = await signedIn(harness, outsider);
    const report = await fileReport(client);
    expect((await c.griffier.request('GET', `/api/v1/reports/${report.id}`)).status).toBe(404);
  });
});
