// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';

import type { Role } from '../../../../common/accounts/roles';

import { can, noteActions, type NoteActor } from './policy';

const actor = (role: Role, organisationId = 'org-a', userId = 'u1'): NoteActor => ({
  userId,
  memberships: [{ organisationId, role }],
});
const note = { organisationId: 'org-a', createdBy: 'author' };

describe('note policy', () => {
  it('lets every Zicht role of the organisation read, write and edit', () => {
    for (const role of ['analist', 'bestuurder', 'riec-analist', 'beheerder'] as const) {
      expect(can(actor(role), 'note.list', { id: 'org-a' })).toBe(true);
      expect(can(actor(role), 'note.create', { id: 'org-a' })).toBe(true);
      expect(can(actor(role), 'note.update', note)).toBe(true);
    }
  });

  it('refuses roles that do not open Zicht, even inside the organisation', () => {
    for (const role of ['melder', 'behandelaar', 'vertrouwenspersoon'] as const)
      for (const action of noteActions) expect(can(actor(role), action, note)).toBe(false);
  });

  it('refuses every action on another organisation', () => {
    for (const action of noteActions) {
      expect(can(actor('analist', 'org-b'), action, note)).toBe(false);
      expect(can(actor('beheerder', 'org-b'), action, { id: 'org-a' })).toBe(false);
    }
  });

  it('lets only the author and the beheerder delete', () => {
    expect(can(actor('analist', 'org-a', 'author'), 'note.delete', note)).toBe(true);
    expect(can(actor('analist'), 'note.delete', note)).toBe(false);
    expect(can(actor('beheerder'), 'note.delete', note)).toBe(true);
    // Deleting is about one note, never about a whole organisation.
    expect(can(actor('beheerder'), 'note.delete', { id: 'org-a' })).toBe(false);
  });

  it('does not mix roles across memberships', () => {
    const mixed: NoteActor = {
      userId: 'u1',
      memberships: [
        { organisationId: 'org-a', role: 'melder' },
        { organisationId: 'org-b', role: 'analist' },
      ],
    };
    expect(can(mixed, 'note.list', { id: 'org-a' })).toBe(false);
    expect(can(mixed, 'note.list', { id: 'org-b' })).toBe(true);
  });
});
