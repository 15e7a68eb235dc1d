// SPDX-License-Identifier: EUPL-1.2
import { moduleAccess } from '../../../../common/accounts/modules';
import type { Role } from '../../../../common/accounts/roles';

/** What the policy knows about the person acting: their memberships. */
export interface NoteActor {
  userId: string;
  memberships: readonly { organisationId: string; role: Role }[];
}

/** A note as the policy sees it: whose it is and who wrote it. */
export interface NoteSubject {
  organisationId: string;
  createdBy: string | null;
}

/** An organisation notes are listed or written for. */
export interface NoteOrganisation {
  id: string;
}

export const noteActions = ['note.list', 'note.create', 'note.update', 'note.delete'] as const;
export type NoteAction = (typeof noteActions)[number];

const zichtRoles: readonly Role[] = moduleAccess.zicht.roles;

/** True when the actor works in Zicht for this organisation (a role there that opens Zicht). */
export const worksInZichtFor = (actor: NoteActor, organisationId: string) =>
  actor.memberships.some((m) => m.organisationId === organisationId && zichtRoles.includes(m.role));

const isBeheerderOf = (actor: NoteActor, organisationId: string) =>
  actor.memberships.some((m) => m.organisationId === organisationId && m.role === 'beheerder');

const isNote = (subject: NoteSubject | NoteOrganisation): subject is NoteSubject =>
  'organisationId' in subject;

/**
 * Pure decision: may this actor perform this action on this note or organisation? Notes stay
 * inside their organisation: everyone there who works in Zicht reads and edits them (a team keeps
 * them current; optimistic locking guards concurrent edits); deleting is for the author and the
 * organisation's beheerder, so a colleague's note does not silently disappear.
 */
export function can(
  actor: NoteActor,
  action: NoteAction,
  subject: NoteSubject | NoteOrganisation,
): boolean {
  const organisationId = isNote(subject) ? subject.organisationId : subject.id;
  if (!worksInZichtFor(actor, organisationId)) return false;
  switch (action) {
    case 'note.list':
    case 'note.create':
    case 'note.update':
      return true;
    case 'note.delete':
      return (
        isNote(subject) &&
        (subject.createdBy === actor.userId || isBeheerderOf(actor, organisationId))
      );
  }
}
