// SPDX-License-Identifier: EUPL-1.2
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { ReportDetail, ReportSummary } from '../../../common/contracts/reports';
import type { TestClient } from '../../test/factories';
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
  home = await buildMeldpuntOrg(harness);
  c = await clientsFor(harness, home);
});
afterAll(() => harness.close());

async function act(client: TestClient, method: string, path: string, body?: unknown) {
  const response = await client.request(method, path, body);
  if (process.env.DEBUG_REPORTS && response.status >= 400)
    console.error(method, path, await response.clone().text());
  return {
    status: response.status,
    json: (await response.json()) as ReportDetail & { detail: string },
  };
}

const triage = {
  severity: 'hoog',
  sameDayAftercare: true,
  policeNow: false,
  threatAssessment: true,
};
const aftercare = {
  checkIns: [{ day: 1, plannedOn: '2026-11-03', doneOn: null }],
  familyIncluded: true,
  supportOffered: ['ondersteuningsteam_weerbaar_bestuur', 'slachtofferhulp'],
  supportAccepted: ['ondersteuningsteam_weerbaar_bestuur'],
  homeSecurityScheme: true,
  kvkAddressShielded: false,
};

describe('the stappenplan from intake to outcome', () => {
  it('walks register → care → assess → aangifte → feedback → closed, and the reporter sees the outcome', async () => {
    const report = await fileReport(c.melder, {
      content: {
        description: 'Bedreigd bij de voordeur.',
        familyInvolved: true,
        homeAddress: 'Kerkstraat 12, 1234 AB Teststad',
      },
    });
    const path = `/api/v1/reports/${report.id}`;
    let r = await act(c.griffier, 'PUT', `${path}/records/triage`, {
      version: report.version,
      data: triage,
    });
    expect(r.status).toBe(200);
    expect(r.json.flags).toEqual({
      sameDayAftercare: true,
      policeNow: false,
      threatAssessment: true,
    });
    r = await act(c.griffier, 'POST', `${path}/transitions`, {
      to: 'care',
      version: r.json.version,
    });
    expect(r.status).toBe(200);
    const missing = await act(c.griffier, 'POST', `${path}/transitions`, {
      to: 'assessment',
      version: r.json.version,
    });
    expect(missing.status).toBe(409);
    expect(missing.json.detail).toContain('Nazorgplan');
    r = await act(c.griffier, 'PUT', `${path}/records/aftercare`, {
      version: r.json.version,
      data: aftercare,
    });
    r = await act(c.griffier, 'POST', `${path}/transitions`, {
      to: 'assessment',
      version: r.json.version,
    });
    r = await act(c.griffier, 'PUT', `${path}/records/assessment`, {
      version: r.json.version,
      data: { classification: 'strafbaar', offence: 'bedreiging (art. 285 Sr)' },
    });
    r = await act(c.griffier, 'POST', `${path}/transitions`, {
      to: 'police_report',
      version: r.json.version,
    });
    expect(r.json.organisationAddress).toBe('Raadhuisplein 1, 1234 AB Teststad');
    const aangifte = {
      kind: 'aangifte',
      filedBy: 'organisatie',
      filedOn: '2026-11-03',
      functionStated: true,
      domicile: 'Kerkstraat 12, 1234 AB Teststad',
      vptCodeAsked: true,
      vptCodeReceived: true,
      underNumber: true,
      policeRegistrationNumber: 'PL0900-2026123456',
      omDecision: 'onbekend',
    };
    r = await act(c.griffier, 'PUT', `${path}/records/aangifte`, {
      version: r.json.version,
      data: aangifte,
    });
    expect(r.json.warnings[0]).toContain('woonadres');
    r = await act(c.griffier, 'PUT', `${path}/records/aangifte`, {
      version: r.json.version,
      data: { ...aangifte, domicile: r.json.organisationAddress },
    });
    expect(r.json.warnings).toEqual([]);
    r = await act(c.griffier, 'POST', `${path}/transitions`, {
      to: 'feedback',
      version: r.json.version,
    });
    r = await act(c.griffier, 'PUT', `${path}/records/outcome`, {
      version: r.json.version,
      data: {
        summary: 'Aangifte gedaan; de dader kreeg een gebouwverbod.',
        lessons: 'Sneller bellen.',
      },
    });
    r = await act(c.griffier, 'POST', `${path}/transitions`, {
      to: 'closed',
      version: r.json.version,
    });
    expect(r.status).toBe(200);
    expect(r.json.closedAt).not.toBeNull();
    const seen = await act(c.melder, 'GET', path);
    expect(seen.json.status).toBe('closed');
    expect(seen.json.records).toEqual({
      outcome: { summary: 'Aangifte gedaan; de dader kreeg een gebouwverbod.' },
    });
    expect(seen.json.history.map((h) => h.to).filter(Boolean)).toEqual([
      'registered',
      'care',
      'assessment',
      'police_report',
      'feedback',
      'closed',
    ]);
    expect(seen.json.perpetrator).toBeNull();
    expect(seen.json.abilities.transition).toBe(false);
    const zgw = await c.griffier.request('GET', `${path}/zgw-export`);
    expect(zgw.status).toBe(200);
    const exported = (await zgw.json()) as { zaak: Record<string, unknown>; statussen: unknown[] };
    expect(exported.zaak).toMatchObject({
      identificatie: report.reference,
      einddatum: expect.any(String),
      vertrouwelijkheidaanduiding: 'geheim',
    });
    expect(exported.statussen).toHaveLength(6);
    expect(JSON.stringify(exported)).not.toMatch(/voordeur|Kerkstraat|Raadslid Test/);
    expect((await c.melder.request('GET', `${path}/zgw-export`)).status).toBe(403);
  });
});

describe('refusals change nothing', () => {
  it('answers 409 naming the allowed steps for a transition the workflow does not allow', async () => {
    const report = await fileReport(c.melder);
    const r = await act(c.griffier, 'POST', `/api/v1/reports/${report.id}/transitions`, {
      to: 'closed',
      version: report.version,
    });
    expect(r.status).toBe(409);
    expect(r.json.detail).toContain('"Zorg voor de melder" (care)');
    const after = await act(c.griffier, 'GET', `/api/v1/reports/${report.id}`);
    expect(after.json.status).toBe('registered');
    expect(after.json.version).toBe(report.version);
  });

  it('answers 409 for a stale version (optimistic locking)', async () => {
    const report = await fileReport(c.melder);
    const path = `/api/v1/reports/${report.id}`;
    const first = await act(c.griffier, 'PUT', `${path}/records/triage`, {
      version: report.version,
      data: triage,
    });
    expect(first.status).toBe(200);
    const stale = await act(c.griffier, 'PUT', `${path}/records/triage`, {
      version: report.version,
      data: { ...triage, severity: 'laag' },
    });
    expect(stale.status).toBe(409);
    expect(stale.json.detail).toContain('net gewijzigd');
    const after = await act(c.griffier, 'GET', path);
    expect(after.json.records.triage?.severity).toBe('hoog');
  });

  it('refuses a record that does not fit its schema with field errors', async () => {
    const report = await fileReport(c.melder);
    const r = await act(c.griffier, 'PUT', `/api/v1/reports/${report.id}/records/triage`, {
      version: report.version,
      data: { severity: 'enorm' },
    });
    expect(r.status).toBe(400);
    expect(r.json.detail).toContain('De invoer klopt niet');
  });

  it('does not let the reporter move their own case', async () => {
    const report = await fileReport(c.melder);
    const r = await act(c.melder, 'POST', `/api/v1/reports/${report.id}/transitions`, {
      to: 'care',
      version: report.version,
    });
    expect(r.status).toBe(403);
  });
});

describe('assignment, messages, break-glass and overdue', () => {
  it('reassigns and escalates with a reason only handlers see', async () => {
    const report = await fileReport(c.melder);
    const path = `/api/v1/reports/${report.id}`;
    const bad = await act(c.griffier, 'POST', `${path}/assignment`, {
      assigneeUserId: home.melder.id,
      version: report.version,
      reason: 'Geen behandelaar.',
    });
    expect(bad.status).toBe(400);
    const r = await act(c.griffier, 'POST', `${path}/assignment`, {
      assigneeUserId: home.secretaris.id,
      version: report.version,
      reason: 'Burgemeester moet meekijken.',
      escalation: true,
    });
    expect(r.status).toBe(200);
    expect(r.json.assignee?.name).toBe('Secretaris Test');
    expect(
      r.json.history.some(
        (h) => h.kind === 'escalation' && h.detail === 'Burgemeester moet meekijken.',
      ),
    ).toBe(true);
    const secretaris = await act(c.secretaris, 'GET', path);
    expect(secretaris.json.access).toBe('handler');
    const melder = await act(c.melder, 'GET', path);
    expect(melder.json.history.some((h) => h.kind === 'escalation')).toBe(false);
  });

  it('carries messages between reporter and handler and records the first contact', async () => {
    const report = await fileReport(c.melder);
    const path = `/api/v1/reports/${report.id}/messages`;
    expect(
      (await c.griffier.request('POST', path, { body: 'Kunnen we vandaag bellen?' })).status,
    ).toBe(201);
    expect((await c.melder.request('POST', path, { body: 'Ja, na 15 uur.' })).status).toBe(201);
    const list = (await (await c.melder.request('GET', path)).json()) as {
      messages: { body: string; fromReporter: boolean }[];
    };
    expect(list.messages.map((m) => [m.body, m.fromReporter])).toEqual([
      ['Kunnen we vandaag bellen?', false],
      ['Ja, na 15 uur.', true],
    ]);
    expect((await c.bestuurder.request('POST', path, { body: 'Mag ik meelezen?' })).status).toBe(
      404,
    );
  });

  it('gives break-glass access only with a reason, audited and written in the history', async () => {
    const report = await fileReport(c.melder);
    const path = `/api/v1/reports/${report.id}`;
    expect((await c.bestuurder.request('GET', path)).status).toBe(404);
    const short = await c.bestuurder.request('POST', `${path}/break-glass`, { reason: 'nodig' });
    expect(short.status).toBe(400);
    const ok = await act(c.bestuurder, 'POST', `${path}/break-glass`, {
      reason: 'Dreiging vanavond bij de raadsvergadering, politie vraagt om overleg.',
    });
    expect(ok.status).toBe(200);
    expect(ok.json.access).toBe('break-glass');
    expect(ok.json.perpetrator).toBeNull();
    const griffier = await act(c.griffier, 'GET', path);
    expect(griffier.json.history.some((h) => h.kind === 'break_glass')).toBe(true);
    const audited = await harness.db.query(
      'select 1 from audit_event where action = $1 and object_id = $2',
      ['report.view.breakGlass', report.id],
    );
    expect(audited.length).toBe(1);
    expect(
      (
        await c.melder.request('POST', `${path}/break-glass`, {
          reason: 'Ik wil mijn eigen melding openen met noodtoegang.',
        })
      ).status,
    ).toBe(409);
    const vpCase = await fileReport(c.melder, { confidentiality: 'vertrouwenspersoon' });
    expect(
      (
        await c.bestuurder.request('POST', `/api/v1/reports/${vpCase.id}/break-glass`, {
          reason: 'Ik wil deze vertrouwelijke melding toch inzien.',
        })
      ).status,
    ).toBe(404);
    harness.clock.advance(9 * 3_600_000);
    c = await clientsFor(harness, home); // the sessions went idle meanwhile
    expect((await c.bestuurder.request('GET', path)).status).toBe(404);
  });

  it('lists overdue cases for handlers once a deadline passes', async () => {
    const report = await fileReport(c.melder);
    const overdue = async () =>
      (
        (await (await c.griffier.request('GET', '/api/v1/reports?overdue=true')).json()) as {
          reports: ReportSummary[];
        }
      ).reports.map((r) => r.id);
    expect(await overdue()).not.toContain(report.id);
    harness.clock.advance(5 * 3_600_000);
    c = await clientsFor(harness, home); // the sessions went idle meanwhile
    expect(await overdue()).toContain(report.id);
    const melderList = (await (
      await c.melder.request('GET', '/api/v1/reports?overdue=true')
    ).json()) as { reports: unknown[] };
    expect(melderList.reports).toEqual([]);
  });
});
