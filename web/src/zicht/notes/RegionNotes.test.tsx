// @vitest-environment jsdom
// SPDX-License-Identifier: EUPL-1.2
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import type { Note } from '../../../../common/contracts/statistics-notes';
import { SessionProvider } from '../../session/SessionProvider';
import { problem, server, signedIn, installMockServer } from '../../test/mock-server';

import { RegionNotes } from './RegionNotes';

installMockServer();

const own = { code: 'GM0363', name: 'Gemeente Amsterdam' };
const riec = { code: 'RIEC-NH', name: 'RIEC Noord-Holland' };

function buildNote(overrides: Partial<Note> = {}): Note {
  return {
    id: '6f1c2a1e-0000-4000-8000-000000000001',
    organisation: own,
    regionCode: 'GM0363',
    indicatorId: null,
    indicatorName: null,
    text: 'bekende oorzaak: nieuwbouwwijk',
    version: 1,
    author: 'Ana Analist',
    updatedBy: 'Ana Analist',
    createdAt: '2026-11-02T09:00:00.000Z',
    updatedAt: '2026-11-02T09:00:00.000Z',
    canEdit: true,
    canDelete: true,
    ...overrides,
  };
}

/** A small notes API in memory that keeps versions like the server does (409 when stale). */
function notesApi(initial: Note[], organisations = [own]) {
  let notes = initial;
  const sent: { method: string; url: string; body: unknown; csrf: string | null }[] = [];
  const record = async (request: Request) => {
    const body: unknown = request.method === 'DELETE' ? null : await request.clone().json();
    sent.push({
      method: request.method,
      url: request.url,
      body,
      csrf: request.headers.get('x-csrf-token'),
    });
    return body;
  };
  server.use(
    ...signedIn(),
    http.get('/api/v1/regions/GM0363/notes', ({ request }) => {
      const indicator = new URL(request.url).searchParams.get('indicator');
      const shown = notes.filter((n) => !indicator || n.indicatorId === indicator);
      return HttpResponse.json({
        regionCode: 'GM0363',
        indicatorId: indicator,
        organisations,
        notes: shown,
      });
    }),
    http.post('/api/v1/regions/GM0363/notes', async ({ request }) => {
      const body = (await record(request)) as {
        text: string;
        indicatorId?: string;
        organisation?: string;
      };
      const note = buildNote({
        id: `6f1c2a1e-0000-4000-8000-00000000000${notes.length + 2}`,
        text: body.text,
        indicatorId: body.indicatorId ?? null,
        indicatorName: body.indicatorId ? 'Geregistreerde misdrijven per 1000 inwoners' : null,
        organisation: organisations.find((o) => o.code === body.organisation) ?? own,
      });
      notes = [...notes, note];
      return HttpResponse.json(note, { status: 201 });
    }),
    http.patch('/api/v1/notes/:id', async ({ request, params }) => {
      const body = (await record(request)) as { text: string; version: number };
      const current = notes.find((n) => n.id === params.id);
      if (!current) return problem(404, 'Deze notitie bestaat niet (meer).');
      if (current.version !== body.version)
        return problem(409, 'Iemand anders heeft deze notitie intussen gewijzigd of verwijderd.');
      const updated = { ...current, text: body.text, version: current.version + 1 };
      notes = notes.map((n) => (n.id === current.id ? updated : n));
      return HttpResponse.json(updated);
    }),
    http.delete('/api/v1/notes/:id', async ({ request, params }) => {
      await record(request);
      const version = Number(new URL(request.url).searchParams.get('version'));
      const current = notes.find((n) => n.id === params.id);
      if (!current || current.version !== version) return problem(409, 'Intussen gewijzigd.');
      notes = notes.filter((n) => n.id !== params.id);
      return new HttpResponse(null, { status: 204 });
    }),
  );
  return {
    sent,
    /** Someone else edits the note on the server in the meantime. */
    changeBehindTheBack: (id: string) => {
      notes = notes.map((n) =>
        n.id === id ? { ...n, text: 'andermans tekst', version: n.version + 1 } : n,
      );
    },
  };
}

const renderNotes = (props: Partial<Parameters<typeof RegionNotes>[0]> = {}) => {
  const user = userEvent.setup();
  render(<RegionNotes regionCode="GM0363" regionName="Amsterdam" {...props} />);
  return user;
};

describe('RegionNotes', () => {
  it('lists the notes with author, and shows HTML in a note as plain text', async () => {
    notesApi([buildNote({ text: '<b>RIEC-casus</b> loopt' })]);
    renderNotes();
    const list = await screen.findByRole('list', { name: 'Notities van uw organisatie' });
    expect(within(list).getByText('<b>RIEC-casus</b> loopt')).toBeTruthy();
    expect(list.querySelector('b')).toBeNull();
    expect(within(list).getByText(/Ana Analist/)).toBeTruthy();
  });

  it('adds a note about an indicator, with the CSRF token', async () => {
    const api = notesApi([]);
    const user = renderNotes({
      indicatorId: 'geregistreerde-misdrijven-per-1000-inwoners',
      indicatorName: 'Misdrijven',
    });
    expect(await screen.findByText(/nog geen notities over Misdrijven in Amsterdam/)).toBeTruthy();
    await user.type(
      screen.getByLabelText('Nieuwe notitie over Misdrijven in Amsterdam'),
      'RIEC-casus loopt',
    );
    await user.click(screen.getByRole('button', { name: 'Notitie opslaan' }));
    expect(await screen.findByText('De notitie is opgeslagen.')).toBeTruthy();
    expect(await screen.findByText('RIEC-casus loopt')).toBeTruthy();
    expect(api.sent).toEqual([
      {
        method: 'POST',
        url: expect.stringContaining('/api/v1/regions/GM0363/notes') as string,
        body: {
          text: 'RIEC-casus loopt',
          indicatorId: 'geregistreerde-misdrijven-per-1000-inwoners',
        },
        csrf: 'csrf-token-1',
      },
    ]);
  });

  it('refuses an empty note without calling the server', async () => {
    const api = notesApi([]);
    const user = renderNotes();
    await user.click(await screen.findByRole('button', { name: 'Notitie opslaan' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByText('Schrijf eerst een notitie.')).toBeTruthy();
    expect(
      screen.getByLabelText('Nieuwe notitie over Amsterdam').getAttribute('aria-invalid'),
    ).toBe('true');
    expect(api.sent).toEqual([]);
  });

  it('asks for the organisation when the author works for several', async () => {
    const api = notesApi([], [own, riec]);
    const user = renderNotes();
    await user.type(await screen.findByLabelText('Nieuwe notitie over Amsterdam'), 'voor het RIEC');
    await user.click(screen.getByRole('button', { name: 'Notitie opslaan' }));
    expect(
      await screen.findByText('Kies voor welke organisatie de notitie is.', { selector: 'a' }),
    ).toBeTruthy();
    await user.selectOptions(screen.getByLabelText('Organisatie'), riec.code);
    await user.click(screen.getByRole('button', { name: 'Notitie opslaan' }));
    expect(await screen.findByText('voor het RIEC')).toBeTruthy();
    expect(api.sent[0]!.body).toEqual({ text: 'voor het RIEC', organisation: riec.code });
  });

  it('edits a note, and says so when someone else changed it first', async () => {
    const note = buildNote();
    const api = notesApi([note]);
    const user = renderNotes();
    await user.click(await screen.findByRole('button', { name: 'Bewerken' }));
    const box = screen.getByLabelText('Notitie bewerken');
    await user.clear(box);
    await user.type(box, 'oorzaak bevestigd');
    api.changeBehindTheBack(note.id);
    await user.click(screen.getByRole('button', { name: 'Wijziging opslaan' }));
    expect(await screen.findByText(/intussen gewijzigd/)).toBeTruthy();
    expect(api.sent.at(-1)!.body).toEqual({ text: 'oorzaak bevestigd', version: 1 });
    // Cancelling loads the list again: the other person's text shows and edits fine.
    await user.click(screen.getByRole('button', { name: 'Annuleren' }));
    expect(await screen.findByText('andermans tekst')).toBeTruthy();
    await user.click(await screen.findByRole('button', { name: 'Bewerken' }));
    const fresh = screen.getByLabelText('Notitie bewerken');
    expect((fresh as HTMLTextAreaElement).value).toBe('andermans tekst');
    await user.type(fresh, ', bevestigd');
    await user.click(screen.getByRole('button', { name: 'Wijziging opslaan' }));
    expect(await screen.findByText('andermans tekst, bevestigd')).toBeTruthy();
    expect(api.sent.at(-1)!.body).toEqual({ text: 'andermans tekst, bevestigd', version: 2 });
  });

  it('deletes after confirmation, sending the version', async () => {
    const api = notesApi([
      buildNote(),
      buildNote({ id: '6f1c2a1e-0000-4000-8000-000000000009', text: 'tweede', canDelete: false }),
    ]);
    const user = renderNotes();
    const buttons = await screen.findAllByRole('button', { name: 'Verwijderen' });
    expect(buttons).toHaveLength(1);
    await user.click(buttons[0]!);
    await user.click(screen.getByRole('button', { name: 'Ja, verwijderen' }));
    expect(await screen.findByText('De notitie is verwijderd.')).toBeTruthy();
    expect(screen.queryByText('bekende oorzaak: nieuwbouwwijk')).toBeNull();
    expect(screen.getByText('tweede')).toBeTruthy();
    expect(api.sent.at(-1)).toMatchObject({
      method: 'DELETE',
      url: expect.stringContaining('?version=1') as string,
    });
  });

  it('explains when the viewer has no Zicht role', async () => {
    server.use(
      ...signedIn(),
      http.get('/api/v1/regions/GM0363/notes', () => problem(403, 'Geen toegang tot Zicht.')),
    );
    renderNotes();
    expect(await screen.findByText(/U heeft daar geen rol voor/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Notitie opslaan' })).toBeNull();
  });

  it('shows nothing and asks for nothing when nobody is signed in (public statistics)', async () => {
    let asked = 0;
    server.use(
      http.get('/api/v1/session', () => problem(401, 'Niet ingelogd.')),
      http.get('/api/v1/regions/GM0363/notes', () => {
        asked += 1;
        return problem(401, 'Niet ingelogd.');
      }),
    );
    const { container } = render(
      <SessionProvider>
        <p>profiel</p>
        <RegionNotes regionCode="GM0363" regionName="Amsterdam" />
      </SessionProvider>,
    );
    expect(await screen.findByText('profiel')).toBeTruthy();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(container.querySelector('section')).toBeNull();
    expect(asked).toBe(0);
  });
});
