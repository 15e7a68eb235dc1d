// SPDX-License-Identifier: EUPL-1.2
import type { Queryable } from '../platform/db';

export async function insertMessage(
  tx: Queryable,
  reportId: string,
  authorUserId: string | null,
  fromReporter: boolean,
  bodySealed: string,
  now: Date,
): Promise<void> {
  await tx.query(
    'insert into report_message (report_id, author_user_id, from_reporter, body_sealed, created_at) values ($1, $2, $3, $4, $5)',
    [reportId, authorUserId, fromReporter, bodySealed, now],
  );
}

export interface MessageRow {
  id: string;
  /** Null for the reporter's messages: their account is not stored with them. */
  author_name: string | null;
  from_reporter: boolean;
  body_sealed: string;
  created_at: Date;
}

export async function listMessages(db: Queryable, reportId: string): Promise<MessageRow[]> {
  return db.query<MessageRow>(
    `select m.id, u.name as author_name, m.from_reporter, m.body_sealed, m.created_at
       from report_message m left join app_user u on u.id = m.author_user_id
      where m.report_id = $1 order by m.seq`,
    [reportId],
  );
}
