// SPDX-License-Identifier: EUPL-1.2
import { recordEvent } from '../audit/service';
import { randomToken, sha256Hex } from '../platform/crypto';
import type { Queryable } from '../platform/db';
import type { Deps } from '../platform/deps';
import { ProblemError, badRequest } from '../platform/http/problem';

import { hashPassword, passwordWeakness, verifyPassword } from './passwords';
import * as store from './store';

const resetLifetimeMinutes = 30;
const invitationLifetimeDays = 7;

type TokenPurpose = 'password-reset' | 'invitation';

function assertStrong(password: string, email: string): void {
  const weakness = passwordWeakness(password, email);
  if (weakness)
    throw badRequest(weakness, 'zwak-wachtwoord', [{ field: 'password', message: weakness }]);
}

/** Changes the password after checking the current one; other sessions are signed out. */
export async function changePassword(
  deps: Deps,
  actor: { userId: string; email: string; sessionId: string },
  current: string,
  next: string,
): Promise<void> {
  const user = await store.findUserById(deps.db, actor.userId);
  if (!user || !(await verifyPassword(user.passwordHash, current))) {
    throw badRequest('Uw huidige wachtwoord klopt niet.', 'onjuist-wachtwoord', [
      { field: 'currentPassword', message: 'Uw huidige wachtwoord klopt niet.' },
    ]);
  }
  const weakness = passwordWeakness(next, actor.email);
  if (weakness)
    throw badRequest(weakness, 'zwak-wachtwoord', [{ field: 'newPassword', message: weakness }]);
  const hash = await hashPassword(next);
  const now = deps.clock();
  await deps.db.transaction(async (tx) => {
    await store.setPassword(tx, actor.userId, hash, now);
    await tx.query(
      'update user_session set revoked_at = $3 where user_id = $1 and id <> $2 and revoked_at is null',
      [actor.userId, actor.sessionId, now],
    );
    await recordEvent(tx, {
      actorUserId: actor.userId,
      organisationId: null,
      action: 'password.change',
      objectType: 'user',
      objectId: actor.userId,
      origin: 'http',
      occurredAt: now,
    });
  });
}

/** Creates a single-use token of the given purpose and returns it (only its hash is stored). */
export async function issueToken(
  tx: Queryable,
  userId: string,
  purpose: TokenPurpose,
  now: Date,
): Promise<string> {
  const token = randomToken();
  const lifetimeMs =
    purpose === 'invitation' ? invitationLifetimeDays * 86_400_000 : resetLifetimeMinutes * 60_000;
  // A new token of the same purpose replaces older unused ones.
  await tx.query(
    'update one_time_token set used_at = $3 where user_id = $1 and purpose = $2 and used_at is null',
    [userId, purpose, now],
  );
  await tx.query(
    'insert into one_time_token (token_hash, user_id, purpose, created_at, expires_at) values ($1, $2, $3, $4, $5)',
    [sha256Hex(token), userId, purpose, now, new Date(now.getTime() + lifetimeMs)],
  );
  return token;
}

/**
 * Sends a reset link when the address belongs to an active user. The answer is the same either
 * way, so the endpoint cannot be used to find out who has an account.
 */
export async function requestPasswordReset(
  deps: Deps,
  email: string,
  baseUrl: string,
): Promise<void> {
  const user = await store.findUserByEmail(deps.db, email);
  if (!user || user.disabledAt) return;
  const now = deps.clock();
  const token = await deps.db.transaction(async (tx) => {
    const issued = await issueToken(tx, user.id, 'password-reset', now);
    await recordEvent(tx, {
      actorUserId: user.id,
      organisationId: null,
      action: 'password.reset.request',
      objectType: 'user',
      objectId: user.id,
      origin: 'http',
      occurredAt: now,
    });
    return issued;
  });
  await deps.mailer.send({
    to: user.email,
    subject: 'Weerbaar: nieuw wachtwoord instellen',
    text: `Beste ${user.name},\n\nIemand (hopelijk u) vroeg een nieuw wachtwoord aan voor Weerbaar. Stel het in via deze link, die ${resetLifetimeMinutes} minuten geldig is en één keer werkt:\n\n${baseUrl}/wachtwoord-herstellen?token=${token}\n\nHeeft u dit niet gevraagd? Dan kunt u deze e-mail negeren; uw wachtwoord blijft hetzelfde.\n`,
  });
}

/** Uses a reset or invitation token: sets the password, signs out everywhere, and burns the token. */
export async function redeemToken(
  deps: Deps,
  purpose: TokenPurpose,
  token: string,
  password: string,
): Promise<void> {
  const now = deps.clock();
  const [row] = await deps.db.query<{
    user_id: string;
    email: string;
    expires_at: Date;
    used_at: Date | null;
  }>(
    `select t.user_id, u.email, t.expires_at, t.used_at from one_time_token t join app_user u on u.id = t.user_id
      where t.token_hash = $1 and t.purpose = $2 and u.disabled_at is null`,
    [sha256Hex(token), purpose],
  );
  const label = purpose === 'invitation' ? 'uitnodiging' : 'herstellink';
  if (!row)
    throw new ProblemError(
      400,
      `Deze ${label} is ongeldig. Vraag een nieuwe aan.`,
      'ongeldig-token',
    );
  if (row.used_at)
    throw new ProblemError(
      410,
      `Deze ${label} is al gebruikt. Vraag een nieuwe aan.`,
      'token-gebruikt',
    );
  if (new Date(row.expires_at) <= now)
    throw new ProblemError(
      410,
      `Deze ${label} is verlopen. Vraag een nieuwe aan.`,
      'token-verlopen',
    );
  assertStrong(password, row.email);
  const hash = await hashPassword(password);
  await deps.db.transaction(async (tx) => {
    // The conditional update makes a concurrent second use of the same token fail.
    const burned = await tx.query(
      'update one_time_token set used_at = $2 where token_hash = $1 and used_at is null returning token_hash',
      [sha256Hex(token), now],
    );
    if (burned.length !== 1)
      throw new ProblemError(
        410,
        `Deze ${label} is al gebruikt. Vraag een nieuwe aan.`,
        'token-gebruikt',
      );
    await store.setPassword(tx, row.user_id, hash, now);
    await tx.query(
      'update user_session set revoked_at = $2 where user_id = $1 and revoked_at is null',
      [row.user_id, now],
    );
    await recordEvent(tx, {
      actorUserId: row.user_id,
      organisationId: null,
      action: purpose === 'invitation' ? 'invitation.accept' : 'password.reset',
      objectType: 'user',
      objectId: row.user_id,
      origin: 'http',
      occurredAt: now,
    });
  });
}
