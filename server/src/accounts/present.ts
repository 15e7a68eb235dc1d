// SPDX-License-Identifier: EUPL-1.2
import { modulesFor } from '../../../common/accounts/modules';
import { requiresMfa } from '../../../common/accounts/roles';
import type { Me, SessionView } from '../../../common/contracts/accounts';
import { isMinisterieBeheerder } from '../organisations/policy';
import { isFullySignedIn } from '../platform/http/authenticate';
import type { Actor, LoadedSession } from '../platform/sessions';

import type { OwnSessionRow } from './own-sessions';

/** What the web needs to know about the viewer, including what they may do (abilities). */
export function presentMe(actor: Actor): Me {
  const roles = actor.memberships.map((m) => m.role);
  const beheerderOf = actor.memberships
    .filter((m) => m.role === 'beheerder')
    .map((m) => m.organisationCode);
  return {
    user: {
      id: actor.userId,
      email: actor.email,
      name: actor.name,
      totpEnabled: actor.totpEnabled,
      mfaRequired: requiresMfa(roles),
    },
    memberships: actor.memberships.map((m) => ({
      organisation: {
        id: m.organisationId,
        code: m.organisationCode,
        type: m.organisationType,
        name: m.organisationName,
      },
      role: m.role,
    })),
    abilities: {
      manageUsers: beheerderOf,
      viewAudit: beheerderOf,
      createFirstBeheerder: isMinisterieBeheerder(actor),
    },
    modules: modulesFor(roles),
  };
}

export function presentSession(
  current: LoadedSession,
  idleMinutes: number,
  absoluteHours: number,
): SessionView {
  const { session, actor } = current;
  const complete = isFullySignedIn(current);
  const absolute = Math.min(
    session.expiresAt.getTime(),
    session.createdAt.getTime() + absoluteHours * 3_600_000,
  );
  return {
    id: session.id,
    method: session.method,
    mfaComplete: complete,
    enrolmentRequired: !complete && !actor.totpEnabled,
    csrfToken: session.csrfToken,
    createdAt: session.createdAt.toISOString(),
    idleExpiresAt: new Date(
      Math.min(session.lastSeenAt.getTime() + idleMinutes * 60_000, absolute),
    ).toISOString(),
    absoluteExpiresAt: new Date(absolute).toISOString(),
  };
}

export function presentOwnSession(row: OwnSessionRow, currentId: string) {
  return {
    id: row.id,
    device: row.device,
    method: row.method,
    createdAt: new Date(row.created_at).toISOString(),
    lastSeenAt: new Date(row.last_seen_at).toISOString(),
    current: row.id === currentId,
  };
}
