// SPDX-License-Identifier: EUPL-1.2
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { TipDetail, TipMailbox, TipSummary } from '../../../common/contracts/tips';
import { buildOrganisation, signedIn, type TestClient } from '../../test/factories';
import { createHarness, type Harness } from '../../test/harness';
import {
  buildMeldpuntOrg,
  clientsFor,
  fileReport,
  type MeldpuntOrg,
} from '../../test/report-factories';
import { anonymous, buildTipInput, credentials, leaveTip, tinyPng } from '../../test/tip-factories';

let harness: Harness;
let varDir: string;
let home: MeldpuntOrg;
let c: Awaited<ReturnType<typeof clientsFor>>;
let outsider: TestClient;

beforeAll(async () => {
  varDir = mkdtempSync(join(tmpdir(), 'weerbaar-tips-'));
  harness = await createHarness({ WEERBAAR_VAR_DIR: varDir, TRUST_PROXY: 'true' });
  home = await buildMeldpuntOrg(harness);
  c = await clientsFor(harness, home);
  outsider = await signedIn(harness, (await buildMeldpuntOrg(harness)).secretaris);
});
afterAll(async () => {
  await harness.close();
  rmSync(varDir, { recursive: true, force: true });
});

const quarter = 16 * 60_000;
const files = () => {
  try {
    return readdirSync(join(varDir, 'files'));
  } catch {
    return [];
  }
};
const count = async (table: string) =>
  Number((await harness.db.query<{ n: string }>(`select count(*) as n from ${table}`))[0]?.n);
const mailbox = (tip: { receipt: string; secret: string }) =>
  anonymous(harness, 'POST', '/api/v1/tip-mailbox', credentials({ ...tip, reference: '' }));
const findTip = async (client: TestClient, reference: string) => {
  const { tips } = (await (await client.request('GET', '/api/v1/tips')).json()) as {
    tips: TipSummary[];
  };
  const tip = tips.find((t) => t.reference === reference);
  if (!tip) throw new Error(`tip ${reference} not listed`);
  return tip;
};

describe('the tip channel in GET /api/openapi.json', () => {
  it('documents the anonymous routes without a session and the handler routes with one', async () => {
    const doc = (await (await harness.app.request('/api/openapi.json')).json()) as {
      paths: Record<string, Record<string, { security?: unknown[] }>>;
    };
    for (const path of ['/api/v1/tip-box/{code}/tips', '/api/v1/tip-mailbox'])
      expect(doc.paths[path]?.post?.security).toBeUndefined();
    expect(doc.paths['/api/v1/tips/{id}/conversion']?.post?.security).toEqual([
      { sessionCookie: [] },
    ]);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/tip-box/{code}',
        '/api/v1/tip-mailbox/messages',
        '/api/v1/tips',
        '/api/v1/tips/{id}',
        '/api/v1/tips/{id}/messages',
        '/api/v1/tips/{id}/status',
        '/api/v1/tips/{id}/attachments/{attachmentId}',
      ]),
    );
  });
});

describe('GET /api/v1/tip-box/{code}', () => {
  it('shows the public tip page of a gemeente without sign-in', async () => {
    const response = await anonymous(harness, 'GET', `/api/v1/tip-box/${home.org.code}`);
    expect(response.status).toBe(200);
    const box = (await response.json()) as { organisation: { name: string }; categories: string[] };
    expect(box.organisation.name).toBe(home.org.name);
    expect(box.categories).toContain('undermining_signal');
    expect(response.headers.get('set-cookie')).toBeNull();
  });

  it('answers 404 for an unknown code and for organisations without a tip channel', async () => {
    const riec = await buildOrganisation(harness.deps, 'riec');
    for (const code of ['GM9999', riec.code]) {
      const response = await anonymous(harness, 'GET', `/api/v1/tip-box/${code}`);
      expect(response.status).toBe(404);
    }
  });
});

describe('POST /api/v1/tip-box/{code}/tips', () => {
  it('gives a 16-digit receipt and a secret once, and stores only their hashes', async () => {
    const receipt = await leaveTip(harness, home.org.code);
    expect(receipt.receipt).toMatch(/^\d{4} \d{4} \d{4} \d{4}$/);
    expect(receipt.secret).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){4}$/);
    expect(receipt.reference).toMatch(/^T-\d{4}-\d{4}$/);
    const [row] = await harness.db.query<{ receipt_hash: string; secret_hash: string }>(
      'select receipt_hash, secret_hash from tip where reference = $1',
      [receipt.reference],
    );
    expect(row?.receipt_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row?.secret_hash).toMatch(/^\$argon2id\$/);
    expect(JSON.stringify(row)).not.toContain(receipt.receipt.replace(/ /g, ''));
  });

  it('refuses bad input with Dutch field errors and stores nothing', async () => {
    const before = await count('tip');
    const empty = await anonymous(harness, 'POST', `/api/v1/tip-box/${home.org.code}/tips`, {
      ...buildTipInput(),
      description: '   ',
    });
    expect(empty.status).toBe(400);
    const problem = (await empty.json()) as { errors: { field: string }[]; detail: string };
    expect(problem.errors.map((e) => e.field)).toContain('description');
    const wrongCategory = await anonymous(
      harness,
      'POST',
      `/api/v1/tip-box/${home.org.code}/tips`,
      { ...buildTipInput(), category: 'parking' },
    );
    expect(wrongCategory.status).toBe(400);
    expect(await count('tip')).toBe(before);
  });

  it('limits submissions per client address (in memory only)', async () => {
    const from = { 'x-forwarded-for': '198.51.100.23' };
    const submit = () =>
      anonymous(harness, 'POST', `/api/v1/tip-box/${home.org.code}/tips`, buildTipInput(), from);
    for (let i = 0; i < 10; i++) expect((await submit()).status).toBe(201);
    const blocked = await submit();
    expect(blocked.status).toBe(429);
    expect(((await blocked.json()) as { detail: string }).detail).toMatch(/^Te veel pogingen/);
  });

  it('keeps HTML and script as plain text', async () => {
    const text = '<script>alert(1)</script><b>vet</b> & meer';
    const receipt = await leaveTip(harness, home.org.code, { description: text });
    const box = (await (await mailbox(receipt)).json()) as TipMailbox;
    expect(box.description).toBe(text);
  });

  it('takes a PNG or PDF checked from its bytes, and refuses a wrong type or an oversized file without storing anything', async () => {
    const before = { tips: await count('tip'), files: files().length };
    const exe = await anonymous(harness, 'POST', `/api/v1/tip-box/${home.org.code}/tips`, {
      ...buildTipInput(),
      attachments: [
        { fileName: 'foto.png', contentBase64: tinyPng().toString('base64') },
        { fileName: 'foto2.png', contentBase64: Buffer.from('MZ programma').toString('base64') },
      ],
    });
    expect(exe.status).toBe(400);
    const problem = (await exe.json()) as { errors: { field: string }[] };
    expect(problem.errors[0]?.field).toBe('attachments.1.fileName');
    const big = await anonymous(harness, 'POST', `/api/v1/tip-box/${home.org.code}/tips`, {
      ...buildTipInput(),
      attachments: [
        {
          fileName: 'groot.png',
          contentBase64: tinyPng('x'.repeat(5 * 1024 * 1024)).toString('base64'),
        },
      ],
    });
    expect([400, 413]).toContain(big.status);
    expect({ tips: await count('tip'), files: files().length }).toEqual(before);
    const ok = await leaveTip(harness, home.org.code, {
      attachments: [{ fileName: 'foto.png', contentBase64: tinyPng().toString('base64') }],
    });
    expect(files().length).toBe(before.files + 1);
    const tip = await findTip(c.secretaris, ok.reference);
    const detail = (await (
      await c.secretaris.request('GET', `/api/v1/tips/${tip.id}`)
    ).json()) as TipDetail;
    expect(detail.attachments).toHaveLength(1);
    const download = await c.secretaris.request(
      'GET',
      `/api/v1/tips/${tip.id}/attachments/${detail.attachments[0]?.id}`,
    );
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer())).toEqual(tinyPng());
    expect(download.headers.get('content-disposition')).toMatch(/^attachment;/);
  });
});

describe('POST /api/v1/tip-mailbox', () => {
  it('answers a wrong receipt and a wrong secret with the same generic problem', async () => {
    const receipt = await leaveTip(harness, home.org.code);
    const wrongSecret = await mailbox({ ...receipt, secret: 'aaaa-bbbb-cccc-dddd-eeee' });
    const wrongReceipt = await mailbox({ receipt: '1234 5678 9012 3456', secret: receipt.secret });
    const nonsense = await mailbox({ receipt: 'abc', secret: '' });
    const bodies = await Promise.all(
      [wrongSecret, wrongReceipt, nonsense].map(async (r) => {
        const { instance: _instance, ...problem } = (await r.json()) as Record<string, unknown>;
        return { status: r.status, problem };
      }),
    );
    expect(bodies[0]?.status).toBe(404);
    expect(bodies[1]).toEqual(bodies[0]);
    expect(bodies[2]).toEqual(bodies[0]);
  });

  it('throttles attempts on one receipt, also when the secret is right', async () => {
    const receipt = await leaveTip(harness, home.org.code);
    for (let i = 0; i < 10; i++)
      expect((await mailbox({ ...receipt, secret: `fout-${i}` })).status).toBe(404);
    const blocked = await mailbox(receipt);
    expect(blocked.status).toBe(429);
    expect(blocked.headers.get('retry-after')).not.toBeNull();
    harness.clock.advance(quarter);
    expect((await mailbox(receipt)).status).toBe(200);
  });

  it('accepts the receipt typed without spaces and the secret in capitals', async () => {
    const receipt = await leaveTip(harness, home.org.code);
    const response = await mailbox({
      receipt: receipt.receipt.replace(/ /g, ''),
      secret: receipt.secret.toUpperCase(),
    });
    expect(response.status).toBe(200);
  });
});

describe('handling a tip: /api/v1/tips', () => {
  it('lets the college-line behandelaar read (audited), reply, and the sender answer with the receipt', async () => {
    const receipt = await leaveTip(harness, home.org.code);
    const tip = await findTip(c.secretaris, receipt.reference);
    expect(tip.status).toBe('new');
    expect(tip.awaitingReply).toBe(true);
    expect(JSON.stringify(tip)).not.toContain('Havenkwartier');
    const read = await c.secretaris.request('GET', `/api/v1/tips/${tip.id}`);
    expect(read.status).toBe(200);
    expect(((await read.json()) as TipDetail).location).toBe('Havenkwartier');
    const audited = await harness.db.query<{ action: string; result: string }>(
      `select action, result from audit_event where object_id = $1 order by seq`,
      [tip.id],
    );
    expect(audited.map((a) => a.action)).toEqual(['tip.submit', 'tip.view']);

    const reply = await c.secretaris.request('POST', `/api/v1/tips/${tip.id}/messages`, {
      body: 'Dank u. Weet u welke dagen de busjes komen?',
    });
    expect(reply.status).toBe(200);
    const box = (await (await mailbox(receipt)).json()) as TipMailbox;
    expect(box.messages.map((m) => [m.fromTipper, m.body])).toEqual([
      [false, 'Dank u. Weet u welke dagen de busjes komen?'],
    ]);
    expect(JSON.stringify(box)).not.toMatch(/Secretaris Test|secretaris/i);
    const answer = await anonymous(harness, 'POST', '/api/v1/tip-mailbox/messages', {
      ...credentials(receipt),
      body: 'Vooral op dinsdag en vrijdag.',
    });
    expect(answer.status).toBe(200);
    expect(((await answer.json()) as TipMailbox).messages).toHaveLength(2);
    expect((await findTip(c.secretaris, receipt.reference)).awaitingReply).toBe(true);
  });

  it('answers 404 to other organisations, the raad line and other roles, and audits the attempt', async () => {
    const receipt = await leaveTip(harness, home.org.code);
    const tip = await findTip(c.secretaris, receipt.reference);
    for (const client of [outsider, c.griffier, c.vertrouwenspersoon, c.bestuurder, c.melder]) {
      expect((await client.request('GET', `/api/v1/tips/${tip.id}`)).status).toBe(404);
      const listed = (await (await client.request('GET', '/api/v1/tips')).json()) as {
        tips: TipSummary[];
      };
      expect(listed.tips.map((t) => t.id)).not.toContain(tip.id);
    }
    const reply = await outsider.request('POST', `/api/v1/tips/${tip.id}/messages`, {
      body: 'Mag ik dit zien?',
    });
    expect(reply.status).toBe(404);
    const denied = await harness.db.query<{ n: string }>(
      `select count(*) as n from audit_event where object_id = $1 and result = 'denied'`,
      [tip.id],
    );
    expect(Number(denied[0]?.n)).toBe(6);
    expect((await anonymous(harness, 'GET', `/api/v1/tips/${tip.id}`)).status).toBe(401);
  });

  it('sets the status: forwarded needs a target, closed needs a reason, and a stale version changes nothing', async () => {
    const receipt = await leaveTip(harness, home.org.code);
    let tip = await findTip(c.secretaris, receipt.reference);
    const status = (body: Record<string, unknown>) =>
      c.secretaris.request('POST', `/api/v1/tips/${tip.id}/status`, body);
    expect((await status({ to: 'forwarded', version: tip.version })).status).toBe(400);
    const forwarded = await status({ to: 'forwarded', version: tip.version, forwardedTo: 'riec' });
    expect(forwarded.status).toBe(200);
    const detail = (await forwarded.json()) as TipDetail;
    expect([detail.status, detail.forwardedTo]).toEqual(['forwarded', 'riec']);
    expect(
      (await status({ to: 'closed', version: tip.version, closeReason: 'handled' })).status,
    ).toBe(409);
    tip = await findTip(c.secretaris, receipt.reference);
    expect((await status({ to: 'closed', version: tip.version })).status).toBe(400);
    const closed = await status({
      to: 'closed',
      version: tip.version,
      closeReason: 'handled',
      note: 'Doorgegeven aan het RIEC.',
    });
    expect(((await closed.json()) as TipDetail).closeReason).toBe('handled');
    expect(((await (await mailbox(receipt)).json()) as TipMailbox).status).toBe('closed');
    const late = await anonymous(harness, 'POST', '/api/v1/tip-mailbox/messages', {
      ...credentials(receipt),
      body: 'Nog iets.',
    });
    expect(late.status).toBe(409);
    const lateReply = await c.secretaris.request('POST', `/api/v1/tips/${tip.id}/messages`, {
      body: 'Nog een vraag',
    });
    expect(lateReply.status).toBe(409);
  });

  it('converts a tip about a threat to an office-holder into a meldpunt case with its files', async () => {
    const receipt = await leaveTip(harness, home.org.code, {
      category: 'threat',
      description: 'Op een forum staat een dreigbericht aan de wethouder.',
      attachments: [{ fileName: 'forum.png', contentBase64: tinyPng().toString('base64') }],
    });
    const tip = await findTip(c.secretaris, receipt.reference);
    const converted = await c.secretaris.request('POST', `/api/v1/tips/${tip.id}/conversion`, {
      version: tip.version,
      category: 'threat',
      targetRole: 'wethouder',
    });
    expect(converted.status).toBe(200);
    const detail = (await converted.json()) as TipDetail;
    expect(detail.report?.reference).toMatch(/^M-\d{4}-\d{4}$/);
    expect(detail.status).toBe('in_progress');
    expect(detail.abilities.convert).toBe(false);
    const report = (await (
      await c.secretaris.request('GET', `/api/v1/reports/${detail.report?.id}`)
    ).json()) as { category: string; line: string; content: { description: string } };
    expect(report.category).toBe('threat');
    expect(report.line).toBe('college');
    expect(report.content.description).toContain('dreigbericht aan de wethouder');
    const evidence = (await (
      await c.secretaris.request('GET', `/api/v1/reports/${detail.report?.id}/attachments`)
    ).json()) as { attachments: { fileName: string }[] };
    expect(evidence.attachments.map((a) => a.fileName)).toEqual(['forum.png']);
    const again = await c.secretaris.request('POST', `/api/v1/tips/${tip.id}/conversion`, {
      version: detail.version,
      category: 'threat',
      targetRole: 'wethouder',
    });
    expect(again.status).toBe(409);
  });

  it('files one case when the same tip is converted twice at once, and a link waits for it', async () => {
    const receipt = await leaveTip(harness, home.org.code, { category: 'threat' });
    const tip = await findTip(c.secretaris, receipt.reference);
    const reports = await count('report');
    const body = { version: tip.version, category: 'threat', targetRole: 'wethouder' };
    const path = `/api/v1/tips/${tip.id}/conversion`;
    const answers = await Promise.all([
      c.secretaris.request('POST', path, body),
      c.secretaris.request('POST', path, body),
    ]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    const refused = answers.find((a) => a.status === 409);
    expect(((await refused?.json()) as { detail: string }).detail).toMatch(
      /om in een melding|gewijzigd/,
    );
    expect(await count('report')).toBe(reports + 1);
    const [row] = await harness.db.query<{ claim: string | null; report_id: string | null }>(
      'select conversion_claim as claim, report_id from tip where id = $1',
      [tip.id],
    );
    expect(row?.claim).toBeNull();
    expect(row?.report_id).not.toBeNull();
  });

  it('refuses to link a tip while it is being converted, and a failed conversion leaves no claim', async () => {
    const receipt = await leaveTip(harness, home.org.code, { category: 'intimidation' });
    const tip = await findTip(c.secretaris, receipt.reference);
    const existing = await fileReport(c.secretaris);
    // Another handler's conversion is under way: the tip is claimed, its version unchanged.
    await harness.db.query(
      'update tip set conversion_claim = gen_random_uuid(), conversion_claimed_at = $2 where id = $1',
      [tip.id, harness.clock.now()],
    );
    const path = `/api/v1/tips/${tip.id}/conversion`;
    const link = await c.secretaris.request('POST', path, {
      version: tip.version,
      reportId: existing.id,
    });
    expect(link.status).toBe(409);
    const convert = await c.secretaris.request('POST', path, {
      version: tip.version,
      category: 'intimidation',
      targetRole: 'burgemeester',
    });
    expect(convert.status).toBe(409);
    expect(((await convert.json()) as { detail: string }).detail).toMatch(/om in een melding/);
    // A claim left by a process that stopped half-way lapses after five minutes.
    harness.clock.advance(6 * 60_000);
    const linked = await c.secretaris.request('POST', path, {
      version: tip.version,
      reportId: existing.id,
    });
    expect(linked.status).toBe(200);
  });

  it('links a tip to an existing case of the same organisation only', async () => {
    const first = await leaveTip(harness, home.org.code, { category: 'intimidation' });
    const firstTip = await findTip(c.secretaris, first.reference);
    const converted = (await (
      await c.secretaris.request('POST', `/api/v1/tips/${firstTip.id}/conversion`, {
        version: firstTip.version,
        category: 'intimidation',
        targetRole: 'burgemeester',
      })
    ).json()) as TipDetail;
    const second = await leaveTip(harness, home.org.code, { category: 'intimidation' });
    const secondTip = await findTip(c.secretaris, second.reference);
    const otherOrgReport = '00000000-0000-4000-8000-000000000000';
    const missing = await c.secretaris.request('POST', `/api/v1/tips/${secondTip.id}/conversion`, {
      version: secondTip.version,
      reportId: otherOrgReport,
    });
    expect(missing.status).toBe(404);
    const linked = await c.secretaris.request('POST', `/api/v1/tips/${secondTip.id}/conversion`, {
      version: secondTip.version,
      reportId: converted.report?.id,
    });
    expect(linked.status).toBe(200);
    expect(((await linked.json()) as TipDetail).report?.id).toBe(converted.report?.id);
  });
});
