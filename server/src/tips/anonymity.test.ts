// SPDX-License-Identifier: EUPL-1.2
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { TipDetail, TipSummary } from '../../../common/contracts/tips';
import { createHarness, type Harness } from '../../test/harness';
import { buildMeldpuntOrg, clientsFor, type MeldpuntOrg } from '../../test/report-factories';
import { anonymous, buildTipInput, credentials, tinyPng } from '../../test/tip-factories';
import { createLogger } from '../platform/logger';

let harness: Harness;
let varDir: string;
let home: MeldpuntOrg;
let c: Awaited<ReturnType<typeof clientsFor>>;
const logLines: string[] = [];

beforeAll(async () => {
  varDir = mkdtempSync(join(tmpdir(), 'weerbaar-tips-anoniem-'));
  harness = await createHarness({ WEERBAAR_VAR_DIR: varDir, TRUST_PROXY: 'true' });
  // Every log line at the most talkative level, to look for the sender in it.
  harness.deps.logger = createLogger('debug', { write: (line: string) => logLines.push(line) });
  home = await buildMeldpuntOrg(harness);
  c = await clientsFor(harness, home);
});
afterAll(async () => {
  await harness.close();
  rmSync(varDir, { recursive: true, force: true });
});

/** Every row of every table as text: what a database dump would contain. */
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

/** The names and bytes of every file under the var folder. */
function filesOnDisk(dir = varDir): string {
  return readdirSync(dir)
    .map((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory()
        ? `${name}\n${filesOnDisk(path)}`
        : `${name}\n${readFileSync(path).toString('latin1')}`;
    })
    .join('\n');
}

const canary = (field: string) => `KANARIE-${field}-c41f`;
const address = '198.51.100.199';
const device = 'Mozilla/5.0 (KANARIE-apparaat-77)';

describe('the tip channel at rest and in the logs', () => {
  it('never stores or logs a canary from any tip field, the sender’s address or device', async () => {
    const sender = { 'x-forwarded-for': address, 'user-agent': device };
    const submitted = await anonymous(
      harness,
      'POST',
      `/api/v1/tip-box/${home.org.code}/tips`,
      buildTipInput({
        category: 'threat',
        description: canary('omschrijving'),
        location: canary('plaats'),
        when: canary('wanneer'),
        attachments: [
          {
            fileName: `${canary('bestandsnaam')}.png`,
            contentBase64: tinyPng(`IHDR ${canary('bestandsinhoud')} IEND`).toString('base64'),
          },
        ],
      }),
      sender,
    );
    expect(submitted.status).toBe(201);
    const receipt = credentials(await submitted.json());
    const { tips } = (await (await c.secretaris.request('GET', '/api/v1/tips')).json()) as {
      tips: TipSummary[];
    };
    const tip = tips[0];
    if (!tip) throw new Error('no tip');
    const path = `/api/v1/tips/${tip.id}`;
    expect(
      (await c.secretaris.request('POST', `${path}/messages`, { body: canary('antwoord') })).status,
    ).toBe(200);
    const answer = await anonymous(
      harness,
      'POST',
      '/api/v1/tip-mailbox/messages',
      { ...receipt, body: canary('reactie') },
      sender,
    );
    expect(answer.status).toBe(200);
    const status = await c.secretaris.request('POST', `${path}/status`, {
      to: 'in_progress',
      version: tip.version,
      note: canary('notitie'),
    });
    expect(status.status).toBe(200);
    const converted = await c.secretaris.request('POST', `${path}/conversion`, {
      version: ((await status.json()) as TipDetail).version,
      category: 'threat',
      targetRole: 'wethouder',
    });
    expect(converted.status).toBe(200);

    // The canaries come back to the handler…
    const seen = (await (await c.secretaris.request('GET', path)).json()) as TipDetail;
    expect(seen.description).toBe(canary('omschrijving'));
    expect(seen.attachments[0]?.fileName).toBe(`${canary('bestandsnaam')}.png`);
    expect(seen.statusNote).toBe(canary('notitie'));
    // …and are nowhere at rest, and neither is the sender's address or device.
    const dump = await dumpAll();
    expect(dump).toContain(tip.reference);
    expect(dump).not.toMatch(/KANARIE/);
    expect(dump).not.toContain(address);
    expect(filesOnDisk()).not.toMatch(/KANARIE/);
    const logs = logLines.join('\n');
    expect(logs).toContain('/api/v1/tip-box/:code/tips');
    expect(logs).not.toMatch(/KANARIE|198\.51\.100\.199/);
    expect(logs).not.toContain(receipt.secret);
  });

  it('sets no cookie and neither reads nor touches a session of a sender who is signed in', async () => {
    const before = await harness.db.query<{ last_seen_at: Date }>(
      'select last_seen_at from user_session where revoked_at is null order by last_seen_at desc limit 1',
    );
    harness.clock.advance(5 * 60_000);
    const response = await c.melder.request(
      'POST',
      `/api/v1/tip-box/${home.org.code}/tips`,
      buildTipInput(),
      { 'x-forwarded-for': '192.0.2.200' },
    );
    expect(response.status).toBe(201);
    expect(response.headers.get('set-cookie')).toBeNull();
    const after = await harness.db.query<{ last_seen_at: Date }>(
      'select last_seen_at from user_session where revoked_at is null order by last_seen_at desc limit 1',
    );
    expect(after).toEqual(before);
    const events = await harness.db.query<{ actor_user_id: string | null }>(
      `select actor_user_id from audit_event where action = 'tip.submit'`,
    );
    expect(events.every((e) => e.actor_user_id === null)).toBe(true);
    // An expired session cookie is not cleared there either: the answer carries no cookie at all.
    harness.clock.advance(2 * 3_600_000);
    const late = await c.melder.request('GET', `/api/v1/tip-box/${home.org.code}`);
    expect(late.headers.get('set-cookie')).toBeNull();
  });
});
