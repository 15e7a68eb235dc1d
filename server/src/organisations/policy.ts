// SPDX-License-Identifier: EUPL-1.2
import type { OrganisationType, Role } from '../../../common/accounts/roles';

/** What the policy knows about the person acting: their memberships. */
export interface PolicyActor {
  userId: string;
  memberships: readonly {
    organisationId: string;
    organisationType: OrganisationType;
    role: Role;
  }[];
}

/** The organisation an action is about. */
export interface OrganisationSubject {
  id: string;
  type: OrganisationType;
  /** Whether the organisation already has a beheerder (the ministerie may only create the first). */
  hasBeheerder: boolean;
}

export const organisationActions = [
  'organisation.view',
  'organisation.list',
  'user.list',
  'user.create',
  'user.update',
  'user.remove',
  'user.createFirstBeheerder',
  'audit.view',
  'audit.export',
] as const;
export type OrganisationAction = (typeof organisationActions)[number];

const isMember = (actor: PolicyActor, org: OrganisationSubject) =>
  actor.memberships.some((m) => m.organisationId === org.id);
const hasRoleIn = (actor: PolicyActor, org: OrganisationSubject, role: Role) =>
  actor.memberships.some((m) => m.organisationId === org.id && m.role === role);
/** A beheerder of a ministerie organisation: provisions the first beheerder elsewhere. */
export const isMinisterieBeheerder = (actor: PolicyActor) =>
  actor.memberships.some((m) => m.organisationType === 'ministerie' && m.role === 'beheerder');

/** Pure decision: may this actor perform this action on this organisation? */
export function can(
  actor: PolicyActor,
  action: OrganisationAction,
  org: OrganisationSubject,
): boolean {
  switch (action) {
    case 'organisation.view':
      return isMember(actor, org) || isMinisterieBeheerder(actor);
    case 'organisation.list':
      return isMinisterieBeheerder(actor);
    case 'user.list':
    case 'user.create':
    case 'user.update':
    case 'user.remove':
    case 'audit.view':
    case 'audit.export':
      // A beheerder manages their own organisation only; nobody reaches into another one.
      return hasRoleIn(actor, org, 'beheerder');
    case 'user.createFirstBeheerder':
      return (
        hasRoleIn(actor, org, 'beheerder') || (isMinisterieBeheerder(actor) && !org.hasBeheerder)
      );
  }
}
