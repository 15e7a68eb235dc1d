// SPDX-License-Identifier: EUPL-1.2
import type { OrganisationType, Role } from '../../../common/accounts/roles';
import type { Queryable } from '../platform/db';

export interface OrganisationRecord {
  id: string;
  code: string;
  type: OrganisationType;
  name: string;
  provinceCode: string | null;
  riecCode: string | null;
  hasBeheerder: boolean;
}

const organisationColumns = `o.id, o.code, o.type, o.name, p.code as province_code, r.code as riec_code,
  exists (select 1 from membership b where b.organisation_id = o.id and b.role = 'beheerder') as has_beheerder`;

interface OrganisationRow {
  id: string;
  code: string;
  type: OrganisationType;
  name: string;
  province_code: string | null;
  riec_code: string | null;
  has_beheerder: boolean;
}

const toOrganisation = (row: OrganisationRow): OrganisationRecord => ({
  id: row.id,
  code: row.code,
  type: row.type,
  name: row.name,
  provinceCode: row.province_code,
  riecCode: row.riec_code,
  hasBeheerder: row.has_beheerder,
});

export async function findOrganisationByCode(
  db: Queryable,
  code: string,
): Promise<OrganisationRecord | null> {
  const [row] = await db.query<OrganisationRow>(
    `select ${organisationColumns} from organisation o
       left join organisation p on p.id = o.province_id left join organisation r on r.id = o.riec_id
      where o.code = $1`,
    [code],
  );
  return row ? toOrganisation(row) : null;
}

export async function listOrganisations(db: Queryable): Promise<OrganisationRecord[]> {
  const rows = await db.query<OrganisationRow>(
    `select ${organisationColumns} from organisation o
       left join organisation p on p.id = o.province_id left join organisation r on r.id = o.riec_id
      order by o.type, o.name`,
  );
  return rows.map(toOrganisation);
}

export interface OrgUserRow {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  totp_enabled_at: Date | null;
  password_hash_set: boolean;
  locked_until: Date | null;
  disabled_at: Date | null;
  created_at: Date;
}

/** Members of one organisation with their roles there (roles elsewhere are not shown). */
export async function listOrgUsers(
  db: Queryable,
  organisationId: string,
  userId?: string,
): Promise<OrgUserRow[]> {
  return db.query<OrgUserRow>(
    `select u.id, u.email, u.name, array_agg(m.role order by m.role) as roles, u.totp_enabled_at,
            u.password_hash is not null as password_hash_set, u.locked_until, u.disabled_at, u.created_at
       from membership m join app_user u on u.id = m.user_id
      where m.organisation_id = $1 and ($2::uuid is null or u.id = $2)
      group by u.id order by lower(u.name), u.id`,
    [organisationId, userId ?? null],
  );
}

export async function countBeheerders(db: Queryable, organisationId: string): Promise<number> {
  const [row] = await db.query<{ n: number }>(
    "select count(distinct user_id)::int as n from membership where organisation_id = $1 and role = 'beheerder'",
    [organisationId],
  );
  return row?.n ?? 0;
}

export async function replaceMemberships(
  tx: Queryable,
  userId: string,
  organisationId: string,
  roles: readonly Role[],
): Promise<void> {
  await tx.query('delete from membership where user_id = $1 and organisation_id = $2', [
    userId,
    organisationId,
  ]);
  for (const role of roles) {
    await tx.query('insert into membership (user_id, organisation_id, role) values ($1, $2, $3)', [
      userId,
      organisationId,
      role,
    ]);
  }
}

export interface OrganisationInput {
  code: string;
  type: OrganisationType;
  name: string;
  provinceCode?: string | null;
  riecCode?: string | null;
}

/** Inserts or updates one organisation by code; returns whether anything changed. */
export async function upsertOrganisation(
  tx: Queryable,
  input: OrganisationInput,
): Promise<'created' | 'updated' | 'unchanged'> {
  const rows = await tx.query<{ inserted: boolean }>(
    `insert into organisation (code, type, name, province_id, riec_id)
     values ($1, $2, $3, (select id from organisation where code = $4), (select id from organisation where code = $5))
     on conflict (code) do update set
       name = excluded.name,
       province_id = coalesce(excluded.province_id, organisation.province_id),
       riec_id = coalesce(excluded.riec_id, organisation.riec_id)
     where organisation.name is distinct from excluded.name
        or (excluded.province_id is not null and organisation.province_id is distinct from excluded.province_id)
        or (excluded.riec_id is not null and organisation.riec_id is distinct from excluded.riec_id)
     returning (xmax = 0) as inserted`,
    [input.code, input.type, input.name, input.provinceCode ?? null, input.riecCode ?? null],
  );
  const [row] = rows;
  if (!row) return 'unchanged';
  return row.inserted ? 'created' : 'updated';
}
