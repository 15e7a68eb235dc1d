// SPDX-License-Identifier: EUPL-1.2
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { TipSummary } from '../../../common/contracts/tips';
import { createHarness, type Harness } from '../../test/harness';
import { buildMeldpuntOrg, clientsFor, type MeldpuntOrg } from '../../test/report-factories';
import { leaveTip, tinyPng } from '../../test/tip-factories';

import { runTipRetention } from './retention-job';

let harness: Harness;
let varDir: string;
let home: MeldpuntOrg;

beforeAll(async () => {
  varDir = mkdtempSync(join(tmpdir(), 'weerbaar-tips-bewaren-'));
  harness = await createHarness({ WEERBAAR_VAR_DIR: varDir, TRUST_PROXY: 'true' });
  home = await buildMeldpuntOrg(harness);
});
afterAll(async () => {
  await harness.close();
  rmSync(varDir, { recursive: true, force: true });
});

const month = 31 * 86_400_000;

describe('runTipRetention(deps)', () => {
  it('deletes a closed tip after 12 months and a forgotten one after 36, with files, leaving a deletion log', async () => {
    const c = await clientsFor(harness, home);
    const closed = await leaveTip(harness, home.org.code, {
      attachments: [{ fileName: 'a.png', contentBase64: tinyPng().toString('base64') }],
    });
    const open = await leaveTip(harness, home.org.code);
    const { tips } = (await (await c.secretaris.request('GET', '/api/v1/tips')).json()) as {
      tips: TipSummary[];
    };
    const toClose = tips.find((t) => t.reference === closed.reference);
    const response = await c.secretaris.request('POST', `/api/v1/tips/${toClose?.id}/status`, {
      to: 'closed',
      version: toClose?.version,
      closeReason: 'no_follow_up',
    });
    expect(response.status).toBe(200);
    expect(readdirSync(join(varDir, 'files'))).toHaveLength(1);

    harness.clock.advance(11 * month);
    expect(await runTipRetention(harness.deps)).toEqual({ deleted: 0 });
    harness.clock.advance(2 * month);
    expect(await runTipRetention(harness.deps)).toEqual({ deleted: 1 });
    expect(readdirSync(join(varDir, 'files'))).toHaveLength(0);
    const left = await harness.db.query<{ reference: string }>('select reference from tip');
    expect(left.map((t) => t.reference)).toEqual([open.reference]);
    const counts = await harness.db.query<{ n: string }>(
      `select (select count(*) from tip_message) + (select count(*) from tip_attachment) as n`,
    );
    expect(Number(counts[0]?.n)).toBe(0);

    harness.clock.advance(24 * month);
    expect(await runTipRetention(harness.deps)).toEqual({ deleted: 1 });
    const log = await harness.db.query<{
      reference: string;
      reason: string;
      close_reason: string | null;
    }>('select reference, reason, close_reason from tip_deletion_log order by deleted_at');
    expect(log).toEqual([
      { reference: closed.reference, reason: 'retention', close_reason: 'no_follow_up' },
      { reference: open.reference, reason: 'stale', close_reason: null },
    ]);
    const audited = await harness.db.query<{ n: string }>(
      `select count(*) as n from audit_event where action = 'tip.retention.delete' and origin = 'job'`,
    );
    expect(Number(audited[0]?.n)).toBe(2);
  });
});
