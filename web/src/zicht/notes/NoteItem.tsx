// SPDX-License-Identifier: EUPL-1.2
import { useState } from 'react';

import type { Note } from '../../../../common/contracts/statistics-notes';
import { errorMessage } from '../../api/client';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { formatDateTime } from '../../ui/format';

import { NoteForm } from './NoteForm';
import { deleteNote, updateNote } from './api';

/**
 * One note: its text as plain text (never as HTML), who wrote and changed it when, and the
 * edit and delete actions the server allows this viewer.
 */
export function NoteItem({
  note,
  showIndicator,
  showOrganisation,
  onChanged,
  onReload,
}: {
  note: Note;
  showIndicator: boolean;
  showOrganisation: boolean;
  /** After a change; `removed` is true when the note is gone, so the list hides it at once. */
  onChanged: (message: string, removed?: boolean) => void;
  /** Loads the list again (after a cancelled edit, which may have met someone else's change). */
  onReload: () => void;
}) {
  const [mode, setMode] = useState<'view' | 'edit' | 'confirm-delete'>('view');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const textId = `notitie-${note.id}-tekst`;

  const remove = async () => {
    setBusy(true);
    try {
      await deleteNote(note.id, note.version);
      onChanged('De notitie is verwijderd.', true);
    } catch (caught) {
      setError(errorMessage(caught));
      setMode('view');
    } finally {
      setBusy(false);
    }
  };

  const meta = [
    `${note.author ?? 'Onbekende schrijver'}, ${formatDateTime(note.createdAt)}`,
    note.version > 1
      ? `gewijzigd door ${note.updatedBy ?? 'onbekend'}, ${formatDateTime(note.updatedAt)}`
      : null,
    showIndicator && note.indicatorName ? `over ${note.indicatorName}` : null,
    showOrganisation ? note.organisation.name : null,
  ].filter(Boolean);

  return (
    <li className="weerbaar-note">
      {mode === 'edit' ? (
        <NoteForm
          idPrefix={`notitie-${note.id}`}
          label="Notitie bewerken"
          initialText={note.text}
          submitLabel="Wijziging opslaan"
          onCancel={() => {
            setMode('view');
            onReload();
          }}
          onSubmit={async ({ text }) => {
            await updateNote(note.id, text, note.version);
            setMode('view');
            onChanged('De notitie is gewijzigd.');
          }}
        />
      ) : (
        <>
          <p id={textId} className="utrecht-paragraph weerbaar-note-text">
            {note.text}
          </p>
          <p className="utrecht-paragraph weerbaar-note-meta">{meta.join(' · ')}</p>
          {error ? <Alert type="error">{error}</Alert> : null}
          {mode === 'confirm-delete' ? (
            <div role="group" aria-label="Verwijderen bevestigen" className="weerbaar-note-actions">
              <p className="utrecht-paragraph">Weet u zeker dat u deze notitie wilt verwijderen?</p>
              <Button danger appearance="primary" busy={busy} onClick={() => void remove()}>
                Ja, verwijderen
              </Button>
              <Button onClick={() => setMode('view')}>Annuleren</Button>
            </div>
          ) : (
            <div className="weerbaar-note-actions">
              {note.canEdit ? (
                <Button
                  appearance="subtle"
                  aria-describedby={textId}
                  onClick={() => {
                    setError(null);
                    setMode('edit');
                  }}
                >
                  Bewerken
                </Button>
              ) : null}
              {note.canDelete ? (
                <Button
                  appearance="subtle"
                  aria-describedby={textId}
                  onClick={() => {
                    setError(null);
                    setMode('confirm-delete');
                  }}
                >
                  Verwijderen
                </Button>
              ) : null}
            </div>
          )}
        </>
      )}
    </li>
  );
}
