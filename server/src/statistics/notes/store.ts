// SPDX-License-Identifier: EUPL-1.2
import type { Queryable } from '../../platform/db';

/** A stored note with its organisation and the names of the people who wrote and changed it. */
export interface NoteRecord {
  id: string;
  organisation_id: string;
  organisation_code: string;
  organisation_name: string;
  region_code: string;
  indicator_id: string | null;
  text_enc: string;
  version: number;
  created_by: string | null;
  author_name: string | null;
  updated_by_name: string | null;
  created_at: Date;
  updated_at: Date;
}

const selectNotes = `select n.id, n.organisation_id, o.code as organisation_code, o.name as organisation_name,
    n.region_code, n.indicator_id, n.text_enc, n.version, n.created_by, a.name as author_name,
    u.name as updated_by_name, n.created_at, n.updated_at
  from region_note n
  join organisation o on o.id = n.organisation_id
  left join app_user a on a.id = n.created_by
  left join app_user u on u.id = n.updated_by`;

/** The notes of these organisations about one region, optionally one indicator, oldest first. */
export function listNotes(
  db: Queryable,
  organisationIds: readonly string[],
  regionCode: string,
  indicatorId: string | null,
): Promise<NoteRecord[]> {
  return db.query<NoteRecord>(
    `${selectNotes}
     where n.organisation_id = any($1::uuid[]) and n.region_code = $2
       and ($3::text is null or n.indicator_id = $3)
     order by n.created_at, n.id`,
    [organisationIds, regionCode, indicatorId],
  );
}

/** One note by id, whoever's it is; the caller decides who may see it. */
export async function findNote(db: Queryable, id: string): Promise<NoteRecord | null> {
  const [row] = await db.query<NoteRecord>(`${selectNotes} where n.id = $1`, [id]);
  return row ?? null;
}

export interface NewNote {
  organisationId: string;
  regionCode: string;
  indicatorId: string | null;
  textEnc: string;
  userId: string;
  at: Date;
}

/** Inserts a note at version 1 and returns its id. */
export async function insertNote(tx: Queryable, note: NewNote): Promise<string> {
  const [row] = await tx.query<{ id: string }>(
    `insert into region_note (organisation_id, region_code, indicator_id, text_enc, created_by, updated_by, created_at, updated_at)
     values ($1, $2, $3, $4, $5, $5, $6, $6) returning id`,
    [note.organisationId, note.regionCode, note.indicatorId, note.textEnc, note.userId, note.at],
  );
  return row!.id;
}

/** Replaces the text when the note is still at `version`; false when someone changed it first. */
export async function updateNoteText(
  tx: Queryable,
  update: { id: string; version: number; textEnc: string; userId: string; at: Date },
): Promise<boolean> {
  const rows = await tx.query(
    `update region_note set text_enc = $3, version = version + 1, updated_by = $4, updated_at = $5
     where id = $1 and version = $2 returning id`,
    [update.id, update.version, update.textEnc, update.userId, update.at],
  );
  return rows.length === 1;
}

/** Deletes the note (when still at `version`, if given); false when it was changed or gone. */
export async function deleteNote(
  tx: Queryable,
  id: string,
  version: number | undefined,
): Promise<boolean> {
  const rows = await tx.query(
    'delete from region_note where id = $1 and ($2::integer is null or version = $2) returning id',
    [id, version ?? null],
  );
  return rows.length === 1;
}
