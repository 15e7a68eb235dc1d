// SPDX-License-Identifier: EUPL-1.2
import type { Role } from '../../../common/accounts/roles';
import { orgUserSchema } from '../../../common/contracts/accounts';
import { apiSend } from '../api/client';

/** API path of an organisation's users. */
export function usersPath(code: string): string {
  return `/api/v1/orgs/${encodeURIComponent(code)}/users`;
}

/** Creates a user in the organisation; the server emails them an invitation. */
export function inviteUser(code: string, user: { email: string; name: string; roles: Role[] }) {
  return apiSend('POST', usersPath(code), user, orgUserSchema);
}

/** Replaces the user's roles in this organisation. */
export function setUserRoles(code: string, userId: string, roles: Role[]) {
  return apiSend(
    'PUT',
    `${usersPath(code)}/${encodeURIComponent(userId)}/roles`,
    { roles },
    orgUserSchema,
  );
}

/** Removes the user from this organisation (their account and other memberships stay). */
export function removeUser(code: string, userId: string): Promise<void> {
  return apiSend('DELETE', `${usersPath(code)}/${encodeURIComponent(userId)}`);
}

/** Sends the invitation email again, with a new link. */
export function resendInvitation(code: string, userId: string): Promise<void> {
  return apiSend('POST', `${usersPath(code)}/${encodeURIComponent(userId)}/invitation`);
}
