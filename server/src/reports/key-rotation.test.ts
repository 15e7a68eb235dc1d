// SPDX-License-Identifier: EUPL-1.2
import { randomBytes } from 'node:crypto';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { ReportDetail } from '../../../common/contracts/reports';
import { createHarness, type Harness } from '../../test/harness';
import { buildMeldpuntOrg, clientsFor, fileReport } from '../../test/report-factories';

import { rewrapCaseKeys } from './key-rotation';

let harness: Harness;

beforeAll(async () => {
  harness = await createHarness();
});
afterAll(() => harness.close());

describe('rewrapCaseKeys(db, oldKey, newKey)', () => {
  it('moves every case to a new master key; the old key no longer opens them', async () => {
    const home = await buildMeldpuntOrg(harness);
    const c = await clientsFor(harness, home);
    const report = await fileReport(c.melder);
    const oldKey = harness.deps.masterKey;
    const newKey = randomBytes(32);
    const before = await harness.db.query<{ content_sealed: string }>(
      'select content_sealed from report',
    );
    expect(await rewrapCaseKeys(harness.db, oldKey, newKey)).toBe(1);
    expect(await harness.db.query('select content_sealed from report')).toEqual(before);
    expect((await c.griffier.request('GET', `/api/v1/reports/${report.id}`)).status).toBe(500);
    harness.deps.masterKey = newKey;
    const seen = (await (
      await c.griffier.request('GET', `/api/v1/reports/${report.id}`)
    ).json()) as ReportDetail;
    expect(seen.content?.description).toContain('bedreigend bericht');
    await expect(rewrapCaseKeys(harness.db, oldKey, randomBytes(32))).rejects.toThrow();
  });
});
