// SPDX-License-Identifier: EUPL-1.2
import { randomBytes } from 'node:crypto';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { ReportDetail, ReportSummary } from '../../../common/contracts/reports';
import { signedIn, type TestUser } from '../../test/factories';
import { createHarness, type Harness } from '../../test/harness';
import { buildMeldpuntOrg, clientsFor, fileReport } from '../../test/report-factories';
import { openSecret, sealSecret } from '../platform/crypto';
import { keyringOf, type Keyring } from '../platform/keyring';

import { keyHolders } from './holders';
import { keyStatus, rotateKeys, RotationError } from './rotation';

let harness: Harness;
let oldRing: Keyring;
let melder: TestUser;
let reportId: string;

/** The columns the rotation touches, as they are stored now. */
async function keyedValues(): Promise<string> {
  const rows = await harness.db.query<{ v: string }>(
    `select coalesce(string_agg(x, '|' order by x), '') as v from (
       select totp_secret_enc as x from app_user where totp_secret_enc is not null
       union all select text_enc from region_note
       union all select key_wrapped || reporter_index from report) t`,
  );
  return rows[0]?.v ?? '';
}

const pendingOf = async (ring: Keyring) =>
  (await keyStatus(harness.db, ring, keyHolders)).reduce((n, s) => n + s.pending, 0);

beforeAll(async () => {
  harness = await createHarness();
  oldRing = harness.deps.keys;
  const home = await buildMeldpuntOrg(harness);
  const c = await clientsFor(harness, home);
  melder = home.melder;
  reportId = (await fileReport(c.melder)).id;
  await fileReport(c.melder, { confidentiality: 'vertrouwenspersoon' });
  await harness.db.query(
    `insert into region_note (organisation_id, region_code, text_enc, created_at, updated_at)
     values ($1, 'GM0363', $2, now(), now())`,
    [home.org.id, sealSecret(oldRing, 'Bekende oorzaak: nieuwbouwwijk')],
  );
});
afterAll(() => harness.close());

describe('rotateKeys(db, keyring, holders)', () => {
  it('keeps every value readable under either key during the window, then moves all of it', async () => {
    const newKey = randomBytes(32);
    harness.deps.keys = keyringOf(newKey, oldRing.current.key);
    // During the window: old values open, new values are sealed under the new key.
    const c = await clientsFor(harness, await buildMeldpuntOrg(harness));
    const seen = (await (
      await (await signedIn(harness, melder)).request('GET', `/api/v1/reports/${reportId}`)
    ).json()) as ReportDetail;
    expect(seen.content?.description).toContain('bedreigend bericht');
    const fresh = await fileReport(c.melder);
    const [row] = await harness.db.query<{ key_wrapped: string; reporter_index: string }>(
      'select key_wrapped, reporter_index from report where id = $1',
      [fresh.id],
    );
    expect(row?.key_wrapped.startsWith(`k2.${harness.deps.keys.current.id}.`)).toBe(true);
    expect(row?.reporter_index.startsWith(`${harness.deps.keys.current.id}.`)).toBe(true);
    expect(await pendingOf(harness.deps.keys)).toBeGreaterThan(5);

    const result = await rotateKeys(harness.db, harness.deps.keys, keyHolders, { batchSize: 2 });
    expect(result.moved['report.key_wrapped']).toBe(2);
    expect(result.moved['report.reporter_index']).toBe(2);
    expect(result.moved['region_note.text_enc']).toBe(1);
    expect(result.moved['app_user.totp_secret_enc']).toBe(6);
    expect(result.batches).toBeGreaterThan(4);
    expect(await pendingOf(harness.deps.keys)).toBe(0);
    const audited = await harness.db.query<{ object_type: string }>(
      "select object_type from audit_event where action = 'keys.rotate'",
    );
    expect(audited).toHaveLength(result.batches);

    // Again: nothing left to do, nothing changes.
    const before = await keyedValues();
    expect(await rotateKeys(harness.db, harness.deps.keys, keyHolders)).toEqual({
      moved: Object.fromEntries(keyHolders.map((h) => [h.name, 0])),
      batches: 0,
    });
    expect(await keyedValues()).toBe(before);

    // The old key is gone: sign-in with TOTP, the case, "my reports" and the note still work.
    harness.deps.keys = keyringOf(newKey);
    const client = await signedIn(harness, melder);
    const mine = (await (await client.request('GET', '/api/v1/reports')).json()) as {
      reports: ReportSummary[];
    };
    expect(mine.reports.filter((r) => r.access === 'reporter')).toHaveLength(2);
    const detail = (await (
      await client.request('GET', `/api/v1/reports/${reportId}`)
    ).json()) as ReportDetail;
    expect(detail.reporter?.id).toBe(melder.id);
    const [note] = await harness.db.query<{ text_enc: string }>('select text_enc from region_note');
    expect(openSecret(harness.deps.keys, note?.text_enc ?? '')).toBe(
      'Bekende oorzaak: nieuwbouwwijk',
    );
    expect(() => openSecret(oldRing, note?.text_enc ?? '')).toThrow();
  });

  it('changes nothing when the previous key is wrong, and says which columns it cannot open', async () => {
    const current = harness.deps.keys.current.key;
    const wrong = keyringOf(randomBytes(32), randomBytes(32));
    const before = await keyedValues();
    const error = await rotateKeys(harness.db, wrong, keyHolders).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RotationError);
    expect((error as Error).message).toContain('report.key_wrapped');
    expect((error as Error).message).toContain('app_user.totp_secret_enc');
    expect((error as Error).message).toContain('Er is niets gewijzigd');
    expect(await keyedValues()).toBe(before);
    expect(await pendingOf(keyringOf(current))).toBe(0);
  });
});
