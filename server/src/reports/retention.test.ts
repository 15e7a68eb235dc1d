// SPDX-License-Identifier: EUPL-1.2
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { ReportDetail } from '../../../common/contracts/reports';
import { createHarness, type Harness } from '../../test/harness';
import {
  buildMeldpuntOrg,
  clientsFor,
  closeCase,
  fileReport,
  sampleRecords,
  type MeldpuntOrg,
} from '../../test/report-factories';

import { runReportRetention } from './retention-job';

let harness: Harness;
let home: MeldpuntOrg;

beforeAll(async () => {
  harness = await createHarness();
  home = await buildMeldpuntOrg(harness);
});
afterAll(() => harness.close());

const month = 31 * 86_400_000;
const exists = async (id: string) =>
  (await harness.db.query('select 1 from report where id = $1', [id])).length === 1;

describe('runReportRetention(deps)', () => {
  it('anonymises contact data, erases perpetrator data, then deletes the case with a log entry; legal hold stops all of it', async () => {
    let c = await clientsFor(harness, home);
    const plain = await fileReport(c.griffier, {
      onBehalfOf: { name: 'Raadslid Jansen', contact: 'jansen@example.org' },
      perpetrator: { name: 'Dader Pietersen' },
      content: {
        description: 'Uitgescholden op de markt.',
        familyInvolved: false,
        homeAddress: 'Dorpsstraat 1',
      },
    });
    await closeCase(c.griffier, plain.id);
    const held = await fileReport(c.melder, { perpetrator: { name: 'Dader Klaassen' } });
    await closeCase(c.griffier, held.id, { aangifte: sampleRecords.aangifte });
    const draft = await fileReport(c.melder, {
      submit: false,
      content: { description: '', familyInvolved: false },
    });

    expect(await runReportRetention(harness.deps)).toEqual({
      anonymised: 0,
      perpetratorErased: 0,
      deleted: 0,
    });

    harness.clock.advance(13 * month);
    expect(await runReportRetention(harness.deps)).toEqual({
      anonymised: 1,
      perpetratorErased: 1,
      deleted: 1,
    });
    expect(await exists(draft.id)).toBe(false);
    c = await clientsFor(harness, home);
    const after = (await (
      await c.griffier.request('GET', `/api/v1/reports/${plain.id}`)
    ).json()) as ReportDetail;
    expect(after.onBehalfOf).toEqual({ name: 'Geanonimiseerd' });
    expect(after.content?.homeAddress).toBeUndefined();
    expect(after.content?.description).toBe('Uitgescholden op de markt.');
    expect(after.perpetrator).toBeNull();
    const heldView = (await (
      await c.griffier.request('GET', `/api/v1/reports/${held.id}`)
    ).json()) as ReportDetail;
    expect(heldView.perpetrator?.name).toBe('Dader Klaassen');

    harness.clock.advance(48 * month);
    expect(await runReportRetention(harness.deps)).toEqual({
      anonymised: 0,
      perpetratorErased: 0,
      deleted: 1,
    });
    expect(await exists(plain.id)).toBe(false);
    expect(await exists(held.id)).toBe(true);
    const log = await harness.db.query<{ reference: string; reason: string }>(
      'select reference, reason from report_deletion_log order by deleted_at',
    );
    expect(log.map((l) => l.reason)).toEqual(['draft-expired', 'retention']);
    expect(JSON.stringify(log)).not.toContain('Jansen');
    const audited = await harness.db.query(
      `select 1 from audit_event where action = 'report.retention.delete' and origin = 'job'`,
    );
    expect(audited.length).toBe(2);
  });
});
