// SPDX-License-Identifier: EUPL-1.2
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { buildUser, signedIn, type TestUser } from '../../test/factories';
import { createHarness, type Harness } from '../../test/harness';
import {
  buildMeldpuntOrg,
  buildReportInput,
  clientsFor,
  fileReport,
  type MeldpuntOrg,
} from '../../test/report-factories';
import type { Mail } from '../platform/mailer';

const sent: Mail[] = [];
let harness: Harness;
let home: MeldpuntOrg;
let c: Awaited<ReturnType<typeof clientsFor>>;
/** A behandelaar in no line: hears of new cases of both lines. */
let coordinator: TestUser;

beforeAll(async () => {
  harness = await createHarness({}, { enabled: true, send: async (mail) => void sent.push(mail) });
  home = await buildMeldpuntOrg(harness);
  // A second gemeente's handler must never hear of this gemeente's cases.
  await buildMeldpuntOrg(harness);
  c = await clientsFor(harness, home);
  coordinator = await buildUser(harness.deps, [{ org: home.org, role: 'behandelaar' }], {
    name: 'Coördinator Test',
  });
  const disabled = await buildUser(harness.deps, [{ org: home.org, role: 'behandelaar' }], {
    name: 'Vertrokken Behandelaar',
  });
  await harness.db.query('update app_user set disabled_at = now() where id = $1', [disabled.id]);
});
afterAll(() => harness.close());
beforeEach(() => void sent.splice(0));

const recipients = () => sent.map((m) => m.to).sort();

describe('the mail about a new case', () => {
  it('goes to the raad line’s handlers and those in no line, naming only the reference', async () => {
    const filed = await fileReport(c.melder, { targetRole: 'raadslid' });
    expect(recipients()).toEqual([coordinator.email, home.griffier.email].sort());
    for (const mail of sent) {
      expect(mail.subject).toBe(`Er is een update in melding ${filed.reference}`);
      expect(mail.text).not.toContain('bedreigend bericht');
    }
  });

  it('goes to the college line for a wethouder', async () => {
    await fileReport(c.melder, { targetRole: 'wethouder' });
    expect(recipients()).toEqual([coordinator.email, home.secretaris.email].sort());
  });

  it('goes only to the vertrouwenspersonen for a vertrouwenspersoon-only case', async () => {
    await fileReport(c.melder, { confidentiality: 'vertrouwenspersoon' });
    expect(recipients()).toEqual([home.vertrouwenspersoon.email]);
  });

  it('is not sent for a draft, and is sent when the draft is submitted', async () => {
    const draft = await fileReport(c.melder, { submit: false });
    expect(sent).toEqual([]);
    const { submit: _submit, ...fields } = buildReportInput({ targetRole: 'wethouder' });
    const response = await c.melder.request('PUT', `/api/v1/reports/${draft.id}`, {
      ...fields,
      version: draft.version,
      submit: true,
    });
    expect(response.status).toBe(200);
    expect(recipients()).toEqual([coordinator.email, home.secretaris.email].sort());
    expect(sent[0]?.subject).toBe(`Er is een update in melding ${draft.reference}`);
  });
});

describe('filing a case', () => {
  it('numbers cases per organisation without gaps and records each in the audit chain', async () => {
    const other = await buildMeldpuntOrg(harness);
    const otherMelder = await signedIn(harness, other.melder);
    const filed = await Promise.all(
      Array.from({ length: 12 }, () => fileReport(otherMelder, { targetRole: 'raadslid' })),
    );
    const year = harness.clock.now().getUTCFullYear();
    expect(filed.map((f) => f.reference).sort()).toEqual(
      Array.from({ length: 12 }, (_, i) => `M-${year}-${String(i + 1).padStart(4, '0')}`),
    );
    const [audited] = await harness.db.query<{ n: number }>(
      `select count(*)::int as n from audit_event where action = 'report.create' and organisation_id = $1`,
      [other.org.id],
    );
    expect(audited?.n).toBe(12);
  });
});
