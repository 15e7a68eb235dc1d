// SPDX-License-Identifier: EUPL-1.2
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Note, NoteList } from '../../../../common/contracts/statistics-notes';
import { buildOrganisation, buildUser, signedIn, type TestClient } from '../../../test/factories';
import { createHarness, type Harness } from '../../../test/harness';
import type { OrganisationRecord } from '../../organisations/store';

let h: Harness;
let org: OrganisationRecord;
let otherOrg: OrganisationRecord;
let analist: TestClient;
let colleague: TestClient;
let beheerder: TestClient;
let outsider: TestClient;
let melder: TestClient;
let twoOrgs: TestClient;

const secret = 'RIEC-casus loopt <script>alert(1)</script>';

beforeAll(async () => {
  h = await createHarness();
  // Real region rows, as an import writes them; notes only need the codes to exist.
  await h.db.query(
    `insert into region (year, code, level, name, parent_code, gemeente_code) values
     (2024, 'GM0363', 'gemeente', 'Amsterdam', 'PV27', 'GM0363'),
     (2024, 'WK036300', 'wijk', 'Burgwallen-Oude Zijde', 'GM0363', 'GM0363'),
     (2023, 'GM0457', 'gemeente', 'Weesp', 'PV27', 'GM0457')`,
  );
  org = await buildOrganisation(h.deps);
  otherOrg = await buildOrganisation(h.deps);
  const plain = { totp: false };
  analist = await signedIn(h, await buildUser(h.deps, [{ org, role: 'analist' }], plain));
  colleague = await signedIn(h, await buildUser(h.deps, [{ org, role: 'bestuurder' }]));
  beheerder = await signedIn(h, await buildUser(h.deps, [{ org, role: 'beheerder' }]));
  outsider = await signedIn(
    h,
    await buildUser(h.deps, [{ org: otherOrg, role: 'analist' }], plain),
  );
  melder = await signedIn(h, await buildUser(h.deps, [{ org, role: 'melder' }]));
  twoOrgs = await signedIn(
    h,
    await buildUser(
      h.deps,
      [
        { org, role: 'analist' },
        { org: otherOrg, role: 'analist' },
      ],
      plain,
    ),
  );
});
afterAll(() => h.close());

const notesOf = async (client: TestClient, path = '/api/v1/regions/GM0363/notes') => {
  const response = await client.request('GET', path);
  expect(response.status, await response.clone().text()).toBe(200);
  return (await response.json()) as NoteList;
};
const create = async (client: TestClient, body: unknown, code = 'GM0363') =>
  client.request('POST', `/api/v1/regions/${code}/notes`, body);
const detail = async (response: Response) => ((await response.json()) as { detail: string }).detail;
const audit = (action: string, objectId?: string) =>
  h.db.query<{ result: string; organisation_id: string | null }>(
    `select result, organisation_id from audit_event where action = $1 and ($2::text is null or object_id = $2) order by seq`,
    [action, objectId ?? null],
  );

describe('notes', () => {
  let note: Note;

  it('writes a note, keeps HTML as plain text and encrypts it at rest', async () => {
    const response = await create(analist, {
      text: `  ${secret}  `,
      indicatorId: 'geregistreerde-misdrijven-per-1000-inwoners',
    });
    expect(response.status, await response.clone().text()).toBe(201);
    note = (await response.json()) as Note;
    expect(note).toMatchObject({
      text: secret,
      version: 1,
      regionCode: 'GM0363',
      organisation: { code: org.code },
      canEdit: true,
      canDelete: true,
    });
    expect(note.indicatorName).toMatch(/misdrijven/i);
    const [row] = await h.db.query<{ text_enc: string }>(
      'select text_enc from region_note where id = $1',
      [note.id],
    );
    expect(row!.text_enc).not.toContain('RIEC');
    expect(row!.text_enc.startsWith(`v2.${h.deps.keys.current.id}.`)).toBe(true);
    const events = await audit('note.create', note.id);
    expect(events).toEqual([{ result: 'success', organisation_id: org.id }]);
  });

  it('shows the note to every Zicht member of the organisation and audits the read', async () => {
    const before = (await audit('note.list')).length;
    const list = await notesOf(colleague);
    expect(list.notes.map((n) => n.text)).toEqual([secret]);
    expect(list.notes[0]).toMatchObject({ canEdit: true, canDelete: false });
    expect(list.organisations).toEqual([{ code: org.code, name: org.name }]);
    expect((await audit('note.list')).length).toBe(before + 1);
  });

  it('filters by indicator and lists region-wide notes apart', async () => {
    h.clock.advance(1000);
    const general = await create(analist, { text: 'bekende oorzaak: nieuwbouwwijk' });
    expect(general.status).toBe(201);
    const all = await notesOf(analist);
    expect(all.notes.map((n) => n.indicatorId)).toEqual([
      'geregistreerde-misdrijven-per-1000-inwoners',
      null,
    ]);
    const filtered = await notesOf(
      analist,
      '/api/v1/regions/GM0363/notes?indicator=geregistreerde-misdrijven-per-1000-inwoners',
    );
    expect(filtered.notes.map((n) => n.id)).toEqual([note.id]);
    expect((await notesOf(analist, '/api/v1/regions/WK036300/notes')).notes).toEqual([]);
  });

  it('never shows the note to another organisation: empty list, 404 on the id', async () => {
    expect((await notesOf(outsider)).notes).toEqual([]);
    const patch = await outsider.request('PATCH', `/api/v1/notes/${note.id}`, {
      text: 'overgenomen',
      version: 1,
    });
    expect(patch.status).toBe(404);
    expect((await outsider.request('DELETE', `/api/v1/notes/${note.id}`)).status).toBe(404);
    expect((await audit('note.update', note.id)).map((e) => e.result)).toEqual(['denied']);
    expect((await notesOf(analist)).notes.find((n) => n.id === note.id)!.text).toBe(secret);
  });

  it('refuses people whose roles do not open Zicht, and anonymous visitors', async () => {
    expect((await melder.request('GET', '/api/v1/regions/GM0363/notes')).status).toBe(403);
    expect((await create(melder, { text: 'x' })).status).toBe(403);
    expect((await h.app.request('/api/v1/regions/GM0363/notes')).status).toBe(401);
  });

  it('edits with optimistic locking: a stale version gets 409 and changes nothing', async () => {
    const first = await colleague.request('PATCH', `/api/v1/notes/${note.id}`, {
      text: 'RIEC-casus afgerond',
      version: 1,
    });
    expect(first.status, await first.clone().text()).toBe(200);
    expect((await first.json()) as Note).toMatchObject({ version: 2, text: 'RIEC-casus afgerond' });
    const stale = await analist.request('PATCH', `/api/v1/notes/${note.id}`, {
      text: 'oude bewerking',
      version: 1,
    });
    expect(stale.status).toBe(409);
    expect(await detail(stale)).toMatch(/intussen gewijzigd/);
    const current = (await notesOf(analist)).notes.find((n) => n.id === note.id)!;
    expect(current).toMatchObject({ text: 'RIEC-casus afgerond', version: 2 });
    expect((await audit('note.update', note.id)).map((e) => e.result)).toEqual([
      'denied',
      'success',
    ]);
  });

  it('needs the CSRF token for changes', async () => {
    const response = await analist.request(
      'PATCH',
      `/api/v1/notes/${note.id}`,
      { text: 'zonder token', version: 2 },
      { 'x-csrf-token': 'fout' },
    );
    expect(response.status).toBe(403);
  });

  it('refuses bad input in Dutch and stores nothing', async () => {
    const count = async () =>
      Number((await h.db.query<{ n: number }>('select count(*)::int as n from region_note'))[0]!.n);
    const before = await count();
    const empty = await create(analist, { text: '   ' });
    expect(empty.status).toBe(400);
    expect(JSON.stringify(await empty.json())).toMatch(/Tekst moet minstens 1 tekens hebben/);
    expect((await create(analist, { text: 'x'.repeat(2001) })).status).toBe(400);
    const control = await create(analist, { text: 'a\u0000b' });
    expect(await detail(control)).toMatch(/stuurtekens/);
    const unknownIndicator = await create(analist, { text: 'x', indicatorId: 'bestaat-niet' });
    expect(unknownIndicator.status).toBe(400);
    expect(await detail(unknownIndicator)).toMatch(
      /Kies uit: inwoners, .*geregistreerde-misdrijven/,
    );
    const malformed = await create(analist, { text: 'x' }, 'XX12');
    expect(malformed.status).toBe(400);
    expect(await detail(malformed)).toMatch(/GM0363 \(gemeente\)/);
    const unknown = await create(analist, { text: 'x' }, 'GM9998');
    expect(unknown.status).toBe(404);
    expect(await detail(unknown)).toMatch(/bestaat niet/);
    const list = await analist.request('GET', '/api/v1/regions/GM0363/notes?indicator=nee');
    expect(list.status).toBe(400);
    expect(await count()).toBe(before);
  });

  it('asks which organisation when the author has several', async () => {
    const unchosen = await create(twoOrgs, { text: 'voor wie?' });
    expect(unchosen.status).toBe(400);
    expect(await detail(unchosen)).toContain(otherOrg.code);
    const chosen = await create(twoOrgs, { text: 'voor de ander', organisation: otherOrg.code });
    expect(chosen.status).toBe(201);
    expect((await notesOf(outsider)).notes.map((n) => n.text)).toEqual(['voor de ander']);
    expect((await notesOf(analist)).notes.map((n) => n.text)).not.toContain('voor de ander');
    expect((await create(analist, { text: 'x', organisation: otherOrg.code })).status).toBe(404);
    expect((await notesOf(twoOrgs)).organisations.map((o) => o.code).sort()).toEqual(
      [org.code, otherOrg.code].sort(),
    );
  });

  it('accepts a region that exists only in an older division', async () => {
    expect((await create(analist, { text: 'opgegaan in Amsterdam' }, 'gm0457')).status).toBe(201);
  });

  it('lets the author or a beheerder delete, not a colleague', async () => {
    const path = `/api/v1/notes/${note.id}`;
    expect((await colleague.request('DELETE', path)).status).toBe(403);
    expect((await beheerder.request('DELETE', `${path}?version=1`)).status).toBe(409);
    expect((await beheerder.request('DELETE', `${path}?version=2`)).status).toBe(204);
    expect((await analist.request('DELETE', path)).status).toBe(404);
    expect((await notesOf(analist)).notes.map((n) => n.id)).not.toContain(note.id);
    // The outsider's attempt, the colleague's, the beheerder's, then the analist's on a gone note.
    expect((await audit('note.delete', note.id)).map((e) => e.result)).toEqual([
      'denied',
      'denied',
      'success',
      'denied',
    ]);
  });
});

describe('API description', () => {
  it('documents the notes endpoints and the annex', async () => {
    const doc = (await (await h.app.request('/api/openapi.json')).json()) as {
      paths: Record<string, Record<string, unknown>>;
    };
    expect(Object.keys(doc.paths['/api/v1/regions/{code}/notes'] ?? {}).sort()).toEqual([
      'get',
      'post',
    ]);
    expect(Object.keys(doc.paths['/api/v1/notes/{id}'] ?? {}).sort()).toEqual(['delete', 'patch']);
    expect(doc.paths['/api/v1/regions/{code}/annex.pdf']).toHaveProperty('get');
  });
});

describe('notes with public statistics', () => {
  it('stay behind sign-in when statistics are open to everyone', async () => {
    const open = await createHarness({ WEERBAAR_PUBLIC_STATISTICS: 'true' });
    try {
      expect((await open.app.request('/api/v1/regions/GM0363/notes')).status).toBe(401);
      expect((await open.app.request('/api/v1/indicators')).status).toBe(200);
    } finally {
      await open.close();
    }
  });
});
