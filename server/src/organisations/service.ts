// SPDX-License-Identifier: EUPL-1.2
import { rolesByOrganisationType, type Role } from '../../../common/accounts/roles';
import { issueToken } from '../accounts/passwords-service';
import { findUserByEmail, insertUser } from '../accounts/store';
import { recordEvent, type AuditOrigin } from '../audit/service';
import type { Queryable } from '../platform/db';
import type { Deps } from '../platform/deps';
import { ProblemError, badRequest, notFound } from '../platform/http/problem';

import { can, type OrganisationAction, type PolicyActor } from './policy';
import * as store from './store';
import type { OrganisationRecord } from './store';

/**
 * Loads an organisation and authorizes the action. Missing and forbidden look the same (404)
 * so nobody learns what exists elsewhere; a forbidden attempt is audited.
 */
export async function loadAuthorized(
  deps: Deps,
  actor: PolicyActor,
  code: string,
  action: OrganisationAction,
): Promise<OrganisationRecord> {
  const org = await store.findOrganisationByCode(deps.db, code);
  if (org && can(actor, action, org)) return org;
  await deps.db.transaction((tx) =>
    recordEvent(tx, {
      actorUserId: actor.userId,
      organisationId: org?.id ?? null,
      action: `${action}`,
      objectType: 'organisation',
      objectId: org ? org.code : null,
      result: 'denied',
      origin: 'http',
      occurredAt: deps.clock(),
    }),
  );
  throw notFound();
}

function assertRolesFit(org: OrganisationRecord, roles: readonly Role[]): void {
  const allowed = rolesByOrganisationType[org.type];
  const wrong = roles.filter((role) => !allowed.includes(role));
  if (wrong.length > 0) {
    throw badRequest(
      `De rol ${wrong.join(', ')} past niet bij een organisatie van het type ${org.type}. Kies uit: ${allowed.join(', ')}.`,
      'rol-past-niet',
      [{ field: 'roles', message: 'Deze rol past niet bij dit type organisatie.' }],
    );
  }
}

export interface AddMemberInput {
  email: string;
  name: string;
  roles: Role[];
}

/**
 * Adds a person to the organisation. A new address gets an account and an invitation; an
 * existing account gets the roles added. Returns the user id and the invitation token, if any.
 */
export async function addMember(
  tx: Queryable,
  deps: Deps,
  org: OrganisationRecord,
  input: AddMemberInput,
  actorUserId: string | null,
  origin: AuditOrigin,
) {
  assertRolesFit(org, input.roles);
  const now = deps.clock();
  const existing = await findUserByEmail(tx, input.email);
  const userId =
    existing?.id ??
    (await insertUser(tx, { email: input.email, name: input.name, passwordHash: null, now }));
  const current = await tx.query<{ role: Role }>(
    'select role from membership where user_id = $1 and organisation_id = $2',
    [userId, org.id],
  );
  if (existing && current.length > 0) {
    throw new ProblemError(
      409,
      'Deze persoon is al lid van deze organisatie. Pas de rollen aan in de lijst.',
      'al-lid',
    );
  }
  await store.replaceMemberships(tx, userId, org.id, input.roles);
  const invitation = existing?.passwordHash
    ? null
    : await issueToken(tx, userId, 'invitation', now);
  await recordEvent(tx, {
    actorUserId,
    organisationId: org.id,
    action: existing ? 'membership.create' : 'user.create',
    objectType: 'user',
    objectId: userId,
    origin,
    occurredAt: now,
  });
  return { userId, invitation };
}

/** Sends the invitation mail (after the transaction committed). */
export async function sendInvitation(
  deps: Deps,
  to: { email: string; name: string },
  org: OrganisationRecord,
  token: string,
  baseUrl: string,
): Promise<void> {
  await deps.mailer.send({
    to: to.email,
    subject: `Uitnodiging voor Weerbaar (${org.name})`,
    text: `Beste ${to.name},\n\nU bent uitgenodigd voor Weerbaar, het platform voor weerbaar bestuur, namens ${org.name}. Kies uw wachtwoord via deze link (7 dagen geldig, werkt één keer):\n\n${baseUrl}/uitnodiging?token=${token}\n\nDaarna stelt u een tweede inlogstap in met een app op uw telefoon.\n`,
  });
}

/** Replaces a member's roles in this organisation; the last beheerder cannot be removed. */
export async function setMemberRoles(
  tx: Queryable,
  deps: Deps,
  org: OrganisationRecord,
  userId: string,
  roles: Role[],
  actorUserId: string,
): Promise<void> {
  assertRolesFit(org, roles);
  const members = await store.listOrgUsers(tx, org.id, userId);
  if (members.length === 0) throw notFound('Deze gebruiker is geen lid van deze organisatie.');
  await assertKeepsABeheerder(tx, org, userId, roles);
  await store.replaceMemberships(tx, userId, org.id, roles);
  await recordEvent(tx, {
    actorUserId,
    organisationId: org.id,
    action: 'user.roles.update',
    objectType: 'user',
    objectId: userId,
    origin: 'http',
    occurredAt: deps.clock(),
  });
}

/** Removes a member from this organisation (their account and other memberships remain). */
export async function removeMember(
  tx: Queryable,
  deps: Deps,
  org: OrganisationRecord,
  userId: string,
  actorUserId: string,
): Promise<void> {
  const members = await store.listOrgUsers(tx, org.id, userId);
  if (members.length === 0) throw notFound('Deze gebruiker is geen lid van deze organisatie.');
  await assertKeepsABeheerder(tx, org, userId, []);
  await store.replaceMemberships(tx, userId, org.id, []);
  await recordEvent(tx, {
    actorUserId,
    organisationId: org.id,
    action: 'user.remove',
    objectType: 'user',
    objectId: userId,
    origin: 'http',
    occurredAt: deps.clock(),
  });
}

async function assertKeepsABeheerder(
  tx: Queryable,
  org: OrganisationRecord,
  userId: string,
  newRoles: readonly Role[],
): Promise<void> {
  if (newRoles.includes('beheerder')) return;
  const [row] = await tx.query<{ is_beheerder: boolean }>(
    "select exists (select 1 from membership where user_id = $1 and organisation_id = $2 and role = 'beheerder') as is_beheerder",
    [userId, org.id],
  );
  if (row?.is_beheerder && (await store.countBeheerders(tx, org.id)) <= 1) {
    throw new ProblemError(
      409,
      'Een organisatie houdt minstens één beheerder. Wijs eerst een andere beheerder aan.',
      'laatste-beheerder',
    );
  }
}
