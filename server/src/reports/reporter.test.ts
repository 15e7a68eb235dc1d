// SPDX-License-Identifier: EUPL-1.2
import { createCipheriv, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { ReportDetail, ReportMessage, ReportSummary } from '../../../common/contracts/reports';
import { createHarness, type Harness } from '../../test/harness';
import { buildMeldpuntOrg, clientsFor, fileReport } from '../../test/report-factories';
import { openTestDatabase } from '../../test/test-db';
import { sealWithDataKey } from '../platform/crypto';
import { keyringOf } from '../platform/keyring';
import { migrate, readMigrations } from '../platform/migrations';

import { reporterIndexesOf, reportMigrationSteps } from './reporter';

let harness: Harness;
const varDir = mkdtempSync(join(tmpdir(), 'weerbaar-reporter-'));

beforeAll(async () => {
  harness = await createHarness({ WEERBAAR_VAR_DIR: varDir });
});
afterAll(async () => {
  await harness.close();
  rmSync(varDir, { recursive: true, force: true });
});

/** Every row of every table as text, per table: what a database dump holds. */
async function dumpRows(db = harness.db): Promise<{ table: string; row: string }[]> {
  const tables = await db.query<{ table_name: string }>(
    `select table_name from information_schema.tables
      where table_schema = current_schema() and table_type = 'BASE TABLE'`,
  );
  const rows: { table: string; row: string }[] = [];
  for (const { table_name } of tables) {
    const found = await db.query<{ row: string }>(
      `select row_to_json(t)::text as row from "${table_name}" t`,
    );
    rows.push(...found.map((r) => ({ table: table_name, row: r.row })));
  }
  return rows;
}

const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from('IHDR bewijs IEND'),
]);

describe('the reporter of a case at rest', () => {
  it('cannot be joined to the case from a database dump, while the case still works for everyone', async () => {
    const home = await buildMeldpuntOrg(harness);
    const c = await clientsFor(harness, home);
    const draft = await fileReport(c.melder, {
      submit: false,
      confidentiality: 'vertrouwenspersoon',
    });
    const path = `/api/v1/reports/${draft.id}`;
    const { category, channel, targetRole, content } = (await (
      await c.melder.request('GET', path)
    ).json()) as ReportDetail;
    const submitted = await c.melder.request('PUT', path, {
      version: draft.version,
      submit: true,
      category,
      channel,
      targetRole,
      confidentiality: 'vertrouwenspersoon',
      content,
      onBehalfOf: null,
    });
    expect(submitted.status, await submitted.clone().text()).toBe(200);
    expect(
      (await c.melder.request('POST', `${path}/messages`, { body: 'Nog een vraag' })).status,
    ).toBe(201);
    expect(
      (
        await c.melder.request('POST', `${path}/attachments`, {
          fileName: 'scherm.png',
          contentBase64: png.toString('base64'),
        })
      ).status,
    ).toBe(201);
    expect(
      (await c.vertrouwenspersoon.request('POST', `${path}/messages`, { body: 'Antwoord' })).status,
    ).toBe(201);

    // The people allowed to know still do.
    const vp = (await (await c.vertrouwenspersoon.request('GET', path)).json()) as ReportDetail;
    expect(vp.reporter).toEqual({ id: home.melder.id, name: 'Raadslid Test' });
    expect(vp.history.find((h) => h.kind === 'submitted')?.actor).toBe('Raadslid Test');
    const messages = (await (
      await c.vertrouwenspersoon.request('GET', `${path}/messages`)
    ).json()) as { messages: ReportMessage[] };
    expect(messages.messages.map((m) => m.author)).toEqual([
      'Raadslid Test',
      'Vertrouwenspersoon Test',
    ]);
    const mine = (await (await c.melder.request('GET', '/api/v1/reports')).json()) as {
      reports: ReportSummary[];
    };
    expect(mine.reports.find((r) => r.id === draft.id)?.access).toBe('reporter');
    const others = (await (await c.griffier.request('GET', '/api/v1/reports')).json()) as {
      reports: ReportSummary[];
    };
    expect(others.reports.some((r) => r.id === draft.id)).toBe(false);

    // A dump: no row that names the case (by id or reference) names the reporter's account…
    const [stored] = await harness.db.query<{ reference: string }>(
      'select reference from report where id = $1',
      [draft.id],
    );
    const rows = await dumpRows();
    const aboutCase = rows.filter(
      (r) => r.row.includes(draft.id) || (stored && r.row.includes(stored.reference)),
    );
    expect(aboutCase.map((r) => r.table)).toEqual(
      expect.arrayContaining([
        'report',
        'report_event',
        'report_message',
        'report_attachment',
        'audit_event',
      ]),
    );
    expect(aboutCase.filter((r) => r.row.includes(home.melder.id))).toEqual([]);
    // …the reporter's account appears in no meldpunt table at all…
    expect(
      rows.filter((r) => r.table.startsWith('report') && r.row.includes(home.melder.id)),
    ).toEqual([]);
    // …and the reporter's own audit events name an alias no other row contains.
    const own = await harness.db.query<{ object_type: string; object_id: string }>(
      `select object_type, object_id from audit_event where actor_user_id = $1 and object_type like 'report%' and object_id is not null`,
      [home.melder.id],
    );
    expect(own.length).toBeGreaterThanOrEqual(4);
    for (const event of own) {
      expect(event.object_type).toBe('report-alias');
      expect(
        rows.filter((r) => r.table !== 'audit_event' && r.row.includes(event.object_id)),
      ).toEqual([]);
    }
  });
});

describe('migration 0034 (sealing reporters of existing cases)', () => {
  const before = readMigrations().filter((f) => f.name < '0034');

  /** A database migrated up to 0033 holding one case filed the old way (plain reporter, legacy k1 key). */
  async function legacyDatabase(masterKey: Buffer) {
    const db = await openTestDatabase({ files: before });
    const [org] = await db.query<{ id: string }>(
      "insert into organisation (code, type, name) values ('GM9999', 'gemeente', 'Oud') returning id",
    );
    const [user] = await db.query<{ id: string }>(
      "insert into app_user (email, name) values ('oud@test.weerbaar.nl', 'Oude Melder') returning id",
    );
    const dataKey = randomBytes(32);
    // The format before key ids: k1 and the data key wrapped by the master key.
    const wrapped = `k1.${legacyWrap(masterKey, dataKey)}`;
    const now = new Date('2026-01-05T10:00:00Z');
    await db.query(
      `insert into report (organisation_id, reference, reporter_user_id, on_behalf, category, channel, target_role,
         line, confidentiality, workflow, status, step_entered_at, key_wrapped, content_sealed, created_at, updated_at)
       values ($1, 'M-2026-0001', $2, false, 'threat', 'social_media', 'raadslid', 'raad', 'line', 'stappenplan',
         'registered', $3, $4, $5, $3, $3)`,
      [org?.id, user?.id, now, wrapped, sealWithDataKey(dataKey, '{}')],
    );
    return { db, userId: user?.id ?? '' };
  }

  it('refuses to run without the master key while cases exist, changing nothing', async () => {
    const key = randomBytes(32);
    const { db } = await legacyDatabase(key);
    try {
      await expect(migrate(db)).rejects.toThrow(/hoofdsleutel/);
      const [row] = await db.query<{ reporter_sealed: string | null }>(
        'select reporter_sealed from report',
      );
      expect(row?.reporter_sealed).toBeNull();
      await expect(
        migrate(db, readMigrations(), reportMigrationSteps(keyringOf(randomBytes(32)))),
      ).rejects.toThrow();
      expect(await db.query("select 1 from schema_migration where name like '0034%'")).toEqual([]);
    } finally {
      await db.close();
    }
  });

  it('seals the reporter with the case key and drops the plain column', async () => {
    const key = randomBytes(32);
    const { db, userId } = await legacyDatabase(key);
    try {
      const keys = keyringOf(key);
      const applied = await migrate(db, readMigrations(), reportMigrationSteps(keys));
      expect(applied[0]).toBe('0034_drop_reporter_user_id_from_report.sql');
      const [row] = await db.query<{ reporter_index: string }>('select reporter_index from report');
      expect(reporterIndexesOf(keys, userId)).toContain(row?.reporter_index);
      const columns = await db.query(
        `select 1 from information_schema.columns where table_schema = current_schema()
           and table_name = 'report' and column_name = 'reporter_user_id'`,
      );
      expect(columns).toEqual([]);
      expect(
        (await dumpRows(db)).filter((r) => r.table === 'report' && r.row.includes(userId)),
      ).toEqual([]);
    } finally {
      await db.close();
    }
  });
});

function legacyWrap(master: Buffer, key: Buffer): string {
  // Same bytes as the old wrapDataKey: IV, tag, ciphertext.
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', master, iv);
  const body = Buffer.concat([cipher.update(key), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
}
