// SPDX-License-Identifier: EUPL-1.2
import type { Note } from '../../../../common/contracts/statistics-notes';
import { indicatorById } from '../../../../common/statistics/indicators';
import { openSecret } from '../../platform/crypto';
import type { Keyring } from '../../platform/keyring';

import { can, type NoteActor } from './policy';
import type { NoteRecord } from './store';

/** A note for a member of its organisation: decrypted text and what the viewer may do with it. */
export function presentNote(row: NoteRecord, keys: Keyring, viewer: NoteActor): Note {
  const subject = { organisationId: row.organisation_id, createdBy: row.created_by };
  return {
    id: row.id,
    organisation: { code: row.organisation_code, name: row.organisation_name },
    regionCode: row.region_code,
    indicatorId: row.indicator_id,
    indicatorName: row.indicator_id
      ? (indicatorById.get(row.indicator_id)?.name ?? row.indicator_id)
      : null,
    text: openSecret(keys, row.text_enc),
    version: Number(row.version),
    author: row.author_name,
    updatedBy: row.updated_by_name,
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
    canEdit: can(viewer, 'note.update', subject),
    canDelete: can(viewer, 'note.delete', subject),
  };
}
