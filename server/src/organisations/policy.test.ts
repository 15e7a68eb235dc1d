// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';

import {
  organisationTypes,
  roles,
  type OrganisationType,
  type Role,
} from '../../../common/accounts/roles';

import {
  can,
  organisationActions,
  type OrganisationAction,
  type OrganisationSubject,
  type PolicyActor,
} from './policy';

const own: OrganisationSubject = { id: 'own', type: 'gemeente', hasBeheerder: true };
const other: OrganisationSubject = { id: 'other', type: 'gemeente', hasBeheerder: true };
const otherWithoutBeheerder: OrganisationSubject = {
  id: 'fresh',
  type: 'gemeente',
  hasBeheerder: false,
};

function actorWith(role: Role, type: OrganisationType = 'gemeente'): PolicyActor {
  return { userId: 'u', memberships: [{ organisationId: 'own', organisationType: type, role }] };
}

/** The expected answer for every role × action on the actor's own organisation and on another one. */
function expected(
  role: Role,
  orgType: OrganisationType,
  action: OrganisationAction,
  subject: 'own' | 'other' | 'fresh',
): boolean {
  const ministerieBeheerder = role === 'beheerder' && orgType === 'ministerie';
  if (subject === 'own') {
    if (action === 'organisation.view') return true;
    if (action === 'organisation.list') return ministerieBeheerder;
    return role === 'beheerder';
  }
  if (action === 'organisation.view' || action === 'organisation.list') return ministerieBeheerder;
  if (action === 'user.createFirstBeheerder') return ministerieBeheerder && subject === 'fresh';
  return false;
}

describe('can(actor, action, organisation)', () => {
  for (const orgType of organisationTypes) {
    for (const role of roles) {
      it(`decides every action for a ${role} of a ${orgType}, own and other organisation`, () => {
        const actor = actorWith(role, orgType);
        const ownOrg = { ...own, type: orgType };
        for (const action of organisationActions) {
          expect(can(actor, action, ownOrg), `${action} own`).toBe(
            expected(role, orgType, action, 'own'),
          );
          expect(can(actor, action, other), `${action} other`).toBe(
            expected(role, orgType, action, 'other'),
          );
          expect(can(actor, action, otherWithoutBeheerder), `${action} fresh`).toBe(
            expected(role, orgType, action, 'fresh'),
          );
        }
      });
    }
  }

  it('gives nothing to someone without memberships', () => {
    const nobody: PolicyActor = { userId: 'n', memberships: [] };
    for (const action of organisationActions) expect(can(nobody, action, own)).toBe(false);
  });
});
