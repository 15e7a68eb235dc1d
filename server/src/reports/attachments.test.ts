// SPDX-License-Identifier: EUPL-1.2
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Attachment } from '../../../common/contracts/reports';
import { signedIn, type TestClient } from '../../test/factories';
import { createHarness, type Harness } from '../../test/harness';
import { buildMeldpuntOrg, clientsFor, fileReport } from '../../test/report-factories';

let harness: Harness;
let varDir: string;
let c: Awaited<ReturnType<typeof clientsFor>>;
let outsider: TestClient;

beforeAll(async () => {
  varDir = mkdtempSync(join(tmpdir(), 'weerbaar-bijlagen-'));
  harness = await createHarness({ WEERBAAR_VAR_DIR: varDir });
  c = await clientsFor(harness, await buildMeldpuntOrg(harness));
  outsider = await signedIn(harness, (await buildMeldpuntOrg(harness)).griffier);
});
afterAll(async () => {
  await harness.close();
  rmSync(varDir, { recursive: true, force: true });
});

const png = (extra = 'KANARIE-bijlage-91c') =>
  Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    Buffer.from(`IHDR ${extra} IEND`),
  ]);
const upload = (client: TestClient, id: string, fileName: string, bytes: Buffer) =>
  client.request('POST', `/api/v1/reports/${id}/attachments`, {
    fileName,
    contentBase64: bytes.toString('base64'),
  });
const files = () => {
  try {
    return readdirSync(join(varDir, 'files'));
  } catch {
    return [];
  }
};

describe('POST /api/v1/reports/{id}/attachments', () => {
  it('stores evidence encrypted on disk with its SHA-256, and gives the same bytes back to the case', async () => {
    const report = await fileReport(c.melder);
    const bytes = png();
    const response = await upload(c.melder, report.id, 'scherm foto.png', bytes);
    expect(response.status).toBe(201);
    const attachment = (await response.json()) as Attachment;
    expect(attachment).toMatchObject({
      fileName: 'scherm foto.png',
      mediaType: 'image/png',
      sizeBytes: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
    });
    const stored = files();
    expect(stored).toHaveLength(1);
    expect(readFileSync(join(varDir, 'files', stored[0] ?? '')).toString('latin1')).not.toContain(
      'KANARIE',
    );
    const rows = await harness.db.query(
      'select row_to_json(a)::text as row from report_attachment a',
    );
    expect(JSON.stringify(rows)).not.toContain('scherm foto');
    const download = await c.griffier.request(
      'GET',
      `/api/v1/reports/${report.id}/attachments/${attachment.id}`,
    );
    expect(download.status).toBe(200);
    expect(download.headers.get('content-disposition')).toMatch(/^attachment;/);
    expect(Buffer.from(await download.arrayBuffer())).toEqual(bytes);
    const list = (await (
      await c.griffier.request('GET', `/api/v1/reports/${report.id}/attachments`)
    ).json()) as { attachments: Attachment[] };
    expect(list.attachments.map((a) => a.id)).toEqual([attachment.id]);
    expect(
      (await outsider.request('GET', `/api/v1/reports/${report.id}/attachments/${attachment.id}`))
        .status,
    ).toBe(404);
  });

  it('refuses wrong types, mismatched names, traversal, polyglots, active PDF and oversized files, storing nothing', async () => {
    const report = await fileReport(c.melder);
    const before = files().length;
    const refused: [string, Buffer][] = [
      ['notitie.png', Buffer.from('gewoon tekst, geen plaatje')],
      ['foto.pdf', png()],
      ['../../etc/passwd.png', png()],
      ['map\\foto.png', png()],
      ['.verborgen.png', png()],
      ['foto.png', png('<script>alert(1)</script>')],
      ['foto.png', png('%PDF-1.7 tweede formaat')],
      [
        'brief.pdf',
        Buffer.from('%PDF-1.7\n1 0 obj << /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >>'),
      ],
      ['foto.exe', png()],
    ];
    for (const [name, bytes] of refused) {
      const response = await upload(c.melder, report.id, name, bytes);
      expect(response.status, name).toBe(400);
      expect(((await response.json()) as { detail: string }).detail.length).toBeGreaterThan(10);
    }
    const big = await upload(
      c.melder,
      report.id,
      'groot.png',
      Buffer.concat([png(), Buffer.alloc(5 * 1024 * 1024)]),
    );
    expect([400, 413]).toContain(big.status);
    expect(
      (
        await outsider.request('POST', `/api/v1/reports/${report.id}/attachments`, {
          fileName: 'foto.png',
          contentBase64: png().toString('base64'),
        })
      ).status,
    ).toBe(404);
    expect(files().length).toBe(before);
    const rows = await harness.db.query('select 1 from report_attachment where report_id = $1', [
      report.id,
    ]);
    expect(rows).toEqual([]);
  });
});
