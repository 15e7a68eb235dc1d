// SPDX-License-Identifier: EUPL-1.2
import type { Role } from '../../../common/accounts/roles';
import type { ReportLine } from '../../../common/workflow/taxonomy';
import type { Queryable } from '../platform/db';

export interface GrantRow {
  user_id: string;
  user_name: string;
  break_glass: boolean;
  reason_sealed: string;
  granted_by_name: string | null;
  granted_at: Date;
  expires_at: Date | null;
}

/** Every grant of a case, oldest first, with the names of grantee and granter. */
export async function listGrants(db: Queryable, reportId: string): Promise<GrantRow[]> {
  return db.query<GrantRow>(
    `select g.user_id, u.name as user_name, g.break_glass, g.reason_sealed, b.name as granted_by_name,
            g.granted_at, g.expires_at
       from report_grant g join app_user u on u.id = g.user_id left join app_user b on b.id = g.granted_by
      where g.report_id = $1 order by g.granted_at, u.name`,
    [reportId],
  );
}

/** Removes one person's grant; false when there was none. */
export async function deleteGrant(tx: Queryable, reportId: string, userId: string) {
  const rows = await tx.query(
    'delete from report_grant where report_id = $1 and user_id = $2 returning user_id',
    [reportId, userId],
  );
  return rows.length === 1;
}

/** An active member of the organisation with their roles and lines there. */
export interface OrgMember {
  id: string;
  name: string;
  roles: Role[];
  lines: ReportLine[];
}

const parse = <T>(value: T[] | string): T[] =>
  typeof value === 'string' ? (JSON.parse(value) as T[]) : value;

/** The active members of an organisation, by name, with their roles and lines there. */
export async function membersOf(db: Queryable, organisationId: string): Promise<OrgMember[]> {
  const rows = await db.query<{
    id: string;
    name: string;
    roles: Role[] | string;
    lines: ReportLine[] | string;
  }>(
    `select u.id, u.name, json_agg(distinct m.role) as roles,
            coalesce((select json_agg(l.line order by l.line) from report_line_member l
                       where l.user_id = u.id and l.organisation_id = $1), '[]') as lines
       from membership m join app_user u on u.id = m.user_id
      where m.organisation_id = $1 and u.disabled_at is null
      group by u.id, u.name order by u.name`,
    [organisationId],
  );
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    roles: parse(r.roles),
    lines: parse(r.lines),
  }));
}

/** Replaces the lines of one behandelaar in one organisation; no rows means both lines. */
export async function replaceLines(
  tx: Queryable,
  organisationId: string,
  userId: string,
  lines: readonly ReportLine[],
): Promise<void> {
  await tx.query('delete from report_line_member where organisation_id = $1 and user_id = $2', [
    organisationId,
    userId,
  ]);
  for (const line of lines)
    await tx.query(
      'insert into report_line_member (organisation_id, user_id, line) values ($1, $2, $3)',
      [organisationId, userId, line],
    );
}
