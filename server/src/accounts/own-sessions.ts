// SPDX-License-Identifier: EUPL-1.2
import { recordEvent } from '../audit/service';
import type { Deps } from '../platform/deps';
import { notFound } from '../platform/http/problem';

export interface OwnSessionRow {
  id: string;
  device: string;
  method: 'password' | 'oidc';
  created_at: Date;
  last_seen_at: Date;
}

/** The user's live sessions (not revoked, not past their idle or absolute limit). */
export async function listOwnSessions(deps: Deps, userId: string): Promise<OwnSessionRow[]> {
  const now = deps.clock();
  return deps.db.query<OwnSessionRow>(
    `select id, device, method, created_at, last_seen_at from user_session
      where user_id = $1 and revoked_at is null and expires_at > $2 and last_seen_at > $3 and mfa_at is not null
      order by last_seen_at desc`,
    [userId, now, new Date(now.getTime() - deps.config.SESSION_IDLE_MINUTES * 60_000)],
  );
}

/** Revokes one of the user's own sessions; someone else's session id answers 404. */
export async function revokeOwnSession(
  deps: Deps,
  userId: string,
  sessionId: string,
): Promise<void> {
  const now = deps.clock();
  await deps.db.transaction(async (tx) => {
    const rows = await tx.query(
      'update user_session set revoked_at = $3 where id = $1 and user_id = $2 and revoked_at is null returning id',
      [sessionId, userId, now],
    );
    if (rows.length === 0) throw notFound('Deze sessie bestaat niet (meer).');
    await recordEvent(tx, {
      actorUserId: userId,
      organisationId: null,
      action: 'session.revoke',
      objectType: 'session',
      objectId: sessionId,
      origin: 'http',
      occurredAt: now,
    });
  });
}

/** Signs the user out on every device, this one included. */
export async function revokeAllOwnSessions(deps: Deps, userId: string): Promise<void> {
  const now = deps.clock();
  await deps.db.transaction(async (tx) => {
    await tx.query(
      'update user_session set revoked_at = $2 where user_id = $1 and revoked_at is null',
      [userId, now],
    );
    await recordEvent(tx, {
      actorUserId: userId,
      organisationId: null,
      action: 'session.revoke-all',
      objectType: 'user',
      objectId: userId,
      origin: 'http',
      occurredAt: now,
    });
  });
}

export async function signOut(deps: Deps, userId: string, sessionId: string): Promise<void> {
  const now = deps.clock();
  await deps.db.transaction(async (tx) => {
    await tx.query('update user_session set revoked_at = $2 where id = $1 and revoked_at is null', [
      sessionId,
      now,
    ]);
    await recordEvent(tx, {
      actorUserId: userId,
      organisationId: null,
      action: 'session.delete',
      objectType: 'session',
      objectId: sessionId,
      origin: 'http',
      occurredAt: now,
    });
  });
}
