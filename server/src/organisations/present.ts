// SPDX-License-Identifier: EUPL-1.2
import type { OrganisationView, OrgUser } from '../../../common/contracts/accounts';

import type { OrganisationRecord, OrgUserRow } from './store';

/** Allow-list presenter: only these organisation fields leave the server. */
export function presentOrganisation(org: OrganisationRecord): OrganisationView {
  return {
    id: org.id,
    code: org.code,
    type: org.type,
    name: org.name,
    provinceCode: org.provinceCode,
    riecCode: org.riecCode,
  };
}

/** A member as their beheerder sees them: no hashes, secrets or lock counters. */
export function presentOrgUser(row: OrgUserRow, now: Date): OrgUser {
  const status = row.disabled_at
    ? 'uitgeschakeld'
    : !row.password_hash_set
      ? 'uitgenodigd'
      : row.locked_until && new Date(row.locked_until) > now
        ? 'geblokkeerd'
        : 'actief';
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    roles: row.roles,
    totpEnabled: row.totp_enabled_at !== null,
    status,
    createdAt: new Date(row.created_at).toISOString(),
  };
}
