// SPDX-License-Identifier: EUPL-1.2
import type { z } from 'zod';

import type {
  auditEventSchema,
  Me,
  OrgUser,
  SessionView,
} from '../../../common/contracts/accounts';

/** A complete session as GET /api/v1/session returns it. */
export function buildSession(overrides: Partial<SessionView> = {}): SessionView {
  return {
    id: 'sessie-1',
    method: 'password',
    mfaComplete: true,
    enrolmentRequired: false,
    csrfToken: 'csrf-token-1',
    createdAt: '2025-03-01T09:00:00.000Z',
    idleExpiresAt: '2025-03-01T09:30:00.000Z',
    absoluteExpiresAt: '2025-03-01T21:00:00.000Z',
    ...overrides,
  };
}

/** A beheerder of gemeente Utrecht, as GET /api/v1/me returns them. */
export function buildMe(overrides: Partial<Me> = {}): Me {
  return {
    user: {
      id: 'u-beheer',
      email: 'beheer@utrecht.example',
      name: 'Bea Beheer',
      totpEnabled: true,
      mfaRequired: true,
    },
    memberships: [
      {
        organisation: { id: 'o-1', code: 'GM0344', type: 'gemeente', name: 'Gemeente Utrecht' },
        role: 'beheerder',
      },
    ],
    abilities: { manageUsers: ['GM0344'], viewAudit: ['GM0344'], createFirstBeheerder: false },
    modules: [
      { id: 'zicht', available: true, allowed: true },
      { id: 'meldpunt', available: false, allowed: true },
      { id: 'weerbaarheid', available: false, allowed: false },
      { id: 'regie', available: false, allowed: false },
      { id: 'beheer', available: true, allowed: true },
    ],
    ...overrides,
  };
}

/** A user of an organisation as the user list shows them. */
export function buildOrgUser(overrides: Partial<OrgUser> = {}): OrgUser {
  return {
    id: 'u-2',
    email: 'anna@utrecht.example',
    name: 'Anna Analist',
    roles: ['analist'],
    totpEnabled: false,
    status: 'actief',
    createdAt: '2025-02-01T10:00:00.000Z',
    ...overrides,
  };
}

/** An audit event. */
export function buildAuditEvent(
  overrides: Partial<z.infer<typeof auditEventSchema>> = {},
): z.infer<typeof auditEventSchema> {
  return {
    seq: 100,
    occurredAt: '2025-03-01T09:00:00.000Z',
    actor: { id: 'u-beheer', name: 'Bea Beheer' },
    action: 'session.create',
    objectType: null,
    objectId: null,
    result: 'success',
    origin: 'web',
    ...overrides,
  };
}
