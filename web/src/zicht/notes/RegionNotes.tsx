// SPDX-License-Identifier: EUPL-1.2
import { useContext, useState } from 'react';

import { noteListSchema } from '../../../../common/contracts/statistics-notes';
import { ApiError, errorMessage } from '../../api/client';
import { useQuery } from '../../api/use-query';
import { SessionContext } from '../../session/session-context';
import { Alert } from '../../ui/Alert';
import { Heading } from '../../ui/Heading';
import { Paragraph } from '../../ui/Paragraph';

import { NoteForm } from './NoteForm';
import { NoteItem } from './NoteItem';
import { createNote, notesPath } from './api';
import './notes.css';

/** Properties of {@link RegionNotes}: the region, and optionally one indicator in it. */
export interface RegionNotesProps {
  regionCode: string;
  regionName: string;
  indicatorId?: string;
  indicatorName?: string;
}

/**
 * The private notes of the viewer's organisation about a region (or one indicator there):
 * list, add, edit and delete. Notes never leave the organisation and never appear in exports.
 */
export function RegionNotes({
  regionCode,
  regionName,
  indicatorId,
  indicatorName,
}: RegionNotesProps) {
  // Notes are for signed-in members only: with public statistics an anonymous visitor sees the
  // profile, and asking for notes would only earn a 401 (and a session refresh).
  const session = useContext(SessionContext);
  const signedIn = !session || session.state.status === 'signed-in';
  const query = useQuery(signedIn ? notesPath(regionCode, indicatorId) : null, noteListSchema);
  const [message, setMessage] = useState<string | null>(null);
  // Deleted notes, hidden until the reloaded list (which no longer has them) arrives: the list
  // keeps its last answer while reloading, and "verwijderd" beside the note itself would confuse.
  const [removed, setRemoved] = useState<ReadonlySet<string>>(new Set());
  const subject = indicatorName ? `${indicatorName} in ${regionName}` : regionName;
  const headingId = `notities-${regionCode}${indicatorId ? `-${indicatorId}` : ''}`;

  const changed = (text: string, removedId?: string) => {
    setMessage(text);
    if (removedId) setRemoved((ids) => new Set(ids).add(removedId));
    query.reload();
  };

  if (!signedIn) return null;
  let body;
  if (query.status === 'loading') body = <Paragraph>Notities laden…</Paragraph>;
  else if (query.status === 'error')
    body =
      query.error instanceof ApiError && query.error.status === 403 ? (
        <Paragraph>Notities zijn er voor wie in Zicht werkt. U heeft daar geen rol voor.</Paragraph>
      ) : (
        <Alert type="error">{errorMessage(query.error)}</Alert>
      );
  else {
    const { organisations } = query.data;
    const notes = query.data.notes.filter((note) => !removed.has(note.id));
    body = (
      <>
        {notes.length === 0 ? (
          <Paragraph>Uw organisatie heeft nog geen notities over {subject}.</Paragraph>
        ) : (
          <ul className="weerbaar-note-list" aria-labelledby={headingId}>
            {notes.map((note) => (
              <NoteItem
                key={`${note.id}-${note.version}`}
                note={note}
                showIndicator={!indicatorId}
                showOrganisation={organisations.length > 1}
                onChanged={(text, gone) => changed(text, gone ? note.id : undefined)}
                onReload={query.reload}
              />
            ))}
          </ul>
        )}
        <NoteForm
          idPrefix={`${headingId}-nieuw`}
          label={`Nieuwe notitie over ${subject}`}
          organisations={organisations}
          submitLabel="Notitie opslaan"
          onSubmit={async (values) => {
            await createNote(regionCode, { ...values, ...(indicatorId ? { indicatorId } : {}) });
            changed('De notitie is opgeslagen.');
          }}
        />
      </>
    );
  }

  return (
    <section aria-labelledby={headingId} className="weerbaar-notes">
      <Heading level={2} id={headingId}>
        Notities van uw organisatie
      </Heading>
      <Paragraph>
        Alleen mensen van uw organisatie die met Zicht werken zien deze notities. Ze staan niet in
        downloads, de databijlage of openbare cijfers.
      </Paragraph>
      {message ? <Alert type="ok">{message}</Alert> : null}
      {body}
    </section>
  );
}
