// SPDX-License-Identifier: EUPL-1.2
import type { Queryable } from '../platform/db';

export interface AuditFilter {
  organisationId: string;
  action?: string | undefined;
  result?: 'success' | 'denied' | 'failure' | undefined;
  from?: string | undefined;
  to?: string | undefined;
  before?: number | undefined;
  limit: number;
}

export interface AuditRow {
  seq: string | number;
  occurred_at: Date;
  actor_user_id: string | null;
  actor_name: string | null;
  action: string;
  object_type: string | null;
  object_id: string | null;
  result: 'success' | 'denied' | 'failure';
  origin: string;
}

/**
 * An organisation's audit log: events about the organisation, personal events (sign-in, password
 * change) of its members, which carry no organisation, and refused attempts of its members to
 * reach another organisation. Newest first, paged by seq.
 */
export async function listOrganisationEvents(
  db: Queryable,
  filter: AuditFilter,
): Promise<AuditRow[]> {
  return db.query<AuditRow>(
    `select e.seq, e.occurred_at, e.actor_user_id, u.name as actor_name, e.action, e.object_type, e.object_id, e.result, e.origin
       from audit_event e left join app_user u on u.id = e.actor_user_id
      where (e.organisation_id = $1
             or ((e.organisation_id is null or e.result = 'denied')
                 and e.actor_user_id in (select user_id from membership where organisation_id = $1)))
        and ($2::text is null or e.action like $2 || '%')
        and ($3::text is null or e.result = $3)
        and ($4::date is null or e.occurred_at >= ($4::date)::timestamp at time zone 'Europe/Amsterdam')
        and ($5::date is null or e.occurred_at < ($5::date + 1)::timestamp at time zone 'Europe/Amsterdam')
        and ($6::bigint is null or e.seq < $6)
      order by e.seq desc
      limit $7`,
    [
      filter.organisationId,
      filter.action ?? null,
      filter.result ?? null,
      filter.from ?? null,
      filter.to ?? null,
      filter.before ?? null,
      filter.limit,
    ],
  );
}
