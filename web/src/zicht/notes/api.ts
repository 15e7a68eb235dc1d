// SPDX-License-Identifier: EUPL-1.2
import { noteSchema } from '../../../../common/contracts/statistics-notes';
import { apiSend } from '../../api/client';

/** API path of the notes about a region, optionally only those about one indicator. */
export function notesPath(regionCode: string, indicatorId?: string): string {
  const base = `/api/v1/regions/${encodeURIComponent(regionCode)}/notes`;
  return indicatorId ? `${base}?indicator=${encodeURIComponent(indicatorId)}` : base;
}

/** Writes a new note; `organisation` only when the author works for several. */
export function createNote(
  regionCode: string,
  note: { text: string; indicatorId?: string; organisation?: string },
) {
  return apiSend('POST', notesPath(regionCode), note, noteSchema);
}

/** Replaces the text; the server answers 409 when someone changed the note since `version`. */
export function updateNote(id: string, text: string, version: number) {
  return apiSend('PATCH', `/api/v1/notes/${encodeURIComponent(id)}`, { text, version }, noteSchema);
}

/** Deletes the note when it is still at `version`. */
export function deleteNote(id: string, version: number): Promise<void> {
  return apiSend('DELETE', `/api/v1/notes/${encodeURIComponent(id)}?version=${version}`);
}
