// SPDX-License-Identifier: EUPL-1.2
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { ReportDetail } from '../../../common/contracts/reports';
import { createHarness, type Harness } from '../../test/harness';
import { buildMeldpuntOrg, buildReportInput, clientsFor } from '../../test/report-factories';
import { keyringOf } from '../platform/keyring';

let harness: Harness;

beforeAll(async () => {
  harness = await createHarness();
});
afterAll(() => harness.close());

/** Every row of every table in the schema as text: what a database dump would contain. */
async function dumpAll(): Promise<string> {
  const tables = await harness.db.query<{ table_name: string }>(
    `select table_name from information_schema.tables
      where table_schema = current_schema() and table_type = 'BASE TABLE'`,
  );
  const parts: string[] = [];
  for (const { table_name } of tables) {
    const rows = await harness.db.query<{ row: string }>(
      `select row_to_json(t)::text as row from "${table_name}" t`,
    );
    parts.push(...rows.map((r) => r.row));
  }
  return parts.join('\n');
}

describe('confidential fields at rest', () => {
  it('never stores a canary from any confidential field in plain text', async () => {
    const home = await buildMeldpuntOrg(harness);
    const c = await clientsFor(harness, home);
    const canary = (field: string) => `KANARIE-${field}-7f3a`;
    const created = await c.melder.request(
      'POST',
      '/api/v1/reports',
      buildReportInput({
        content: {
          description: canary('omschrijving'),
          location: canary('locatie'),
          impact: canary('impact'),
          homeAddress: canary('woonadres'),
          familyInvolved: true,
        },
        perpetrator: { name: canary('dadernaam'), description: canary('daderomschrijving') },
        onBehalfOf: { name: canary('namens'), contact: canary('contact') },
      }),
    );
    expect(created.status).toBe(201);
    let report = (await created.json()) as ReportDetail;
    const path = `/api/v1/reports/${report.id}`;
    const step = async (method: string, url: string, body: unknown) => {
      const response = await c.griffier.request(method, url, body);
      expect(response.status).toBeLessThan(300);
      if (response.status === 200) report = (await response.json()) as ReportDetail;
    };
    await step('PUT', `${path}/records/triage`, {
      version: report.version,
      data: {
        severity: 'hoog',
        sameDayAftercare: true,
        policeNow: true,
        threatAssessment: false,
        note: canary('triage'),
      },
    });
    await step('POST', `${path}/transitions`, {
      to: 'care',
      version: report.version,
      note: canary('stapnotitie'),
    });
    await step('PUT', `${path}/records/aftercare`, {
      version: report.version,
      data: {
        checkIns: [{ day: 1, plannedOn: '2026-11-03', doneOn: null, note: canary('checkin') }],
        familyIncluded: true,
        supportOffered: ['slachtofferhulp'],
        supportAccepted: [],
        homeSecurityScheme: false,
        kvkAddressShielded: true,
        note: canary('nazorg'),
      },
    });
    await step('PUT', `${path}/records/aangifte`, {
      version: report.version,
      data: {
        kind: 'aangifte',
        filedBy: 'slachtoffer',
        filedOn: null,
        functionStated: true,
        domicile: canary('domicilie'),
        vptCodeAsked: true,
        vptCodeReceived: false,
        underNumber: false,
        policeRegistrationNumber: canary('pv'),
        omDecision: 'onbekend',
        outcome: canary('aangifte-uitkomst'),
      },
    });
    await step('PUT', `${path}/records/measures`, {
      version: report.version,
      data: { items: [{ type: 'brief', on: '2026-11-04', outcome: canary('maatregel') }] },
    });
    await step('PUT', `${path}/records/outcome`, {
      version: report.version,
      data: { summary: canary('uitkomst'), lessons: canary('lessen') },
    });
    await step('POST', `${path}/assignment`, {
      assigneeUserId: home.secretaris.id,
      version: report.version,
      reason: canary('toewijzing'),
    });
    await step('POST', `${path}/messages`, { body: canary('bericht') });
    const breakGlass = await c.bestuurder.request('POST', `${path}/break-glass`, {
      reason: `${canary('noodtoegang')} met een lange reden`,
    });
    expect(breakGlass.status).toBe(200);

    // The canaries come back to those allowed to see them…
    const seen = (await (await c.griffier.request('GET', path)).json()) as ReportDetail;
    expect(seen.content?.description).toBe(canary('omschrijving'));
    expect(seen.perpetrator?.name).toBe(canary('dadernaam'));
    expect(seen.records.aangifte?.policeRegistrationNumber).toBe(canary('pv'));
    // …and are nowhere in the database in plain text.
    const dump = await dumpAll();
    expect(dump).toContain(report.reference);
    expect(dump).not.toMatch(/KANARIE/);
  });

  it('cannot open a case with another master key', async () => {
    const home = await buildMeldpuntOrg(harness);
    const c = await clientsFor(harness, home);
    const created = (await (
      await c.melder.request('POST', '/api/v1/reports', buildReportInput())
    ).json()) as ReportDetail;
    const original = harness.deps.keys;
    harness.deps.keys = keyringOf(Buffer.alloc(32, 7));
    try {
      const response = await c.griffier.request('GET', `/api/v1/reports/${created.id}`);
      expect(response.status).toBe(500);
    } finally {
      harness.deps.keys = original;
    }
  });
});
