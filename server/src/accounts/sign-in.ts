// SPDX-License-Identifier: EUPL-1.2
import { requiresMfa, type Role } from '../../../common/accounts/roles';
import { recordEvent } from '../audit/service';
import { openSecret, sha256Hex, randomToken } from '../platform/crypto';
import type { Queryable } from '../platform/db';
import type { Deps } from '../platform/deps';
import { ProblemError } from '../platform/http/problem';
import { createSession } from '../platform/sessions';

import { formatTime, lockUntilAfterFailure } from './lockout';
import { verifyPassword } from './passwords';
import * as store from './store';
import { hashRecoveryCode, looksLikeRecoveryCode, matchTotpStep } from './totp';

/** A session waiting for its second factor lives this long. */
const pendingSessionMinutes = 10;

export interface SignInResult {
  token: string;
  mfaRequired: boolean;
  enrolmentRequired: boolean;
  maxAgeSeconds: number;
}

const wrongCredentials = () =>
  new ProblemError(401, 'Het e-mailadres of het wachtwoord klopt niet.', 'onjuiste-inloggegevens');
const locked = (until: Date) =>
  new ProblemError(
    423,
    `Dit account is tijdelijk geblokkeerd na te veel mislukte pogingen. Probeer het na ${formatTime(until)} opnieuw.`,
    'geblokkeerd',
  );

/** True when the user must still pass the local second factor: enrolled, or a role requires one. */
export async function secondFactorDue(db: Queryable, user: store.UserRecord): Promise<boolean> {
  if (user.totpEnabledAt !== null) return true;
  const rows = await db.query<{ role: Role }>('select role from membership where user_id = $1', [
    user.id,
  ]);
  return requiresMfa(rows.map((row) => row.role));
}

export interface FirstStepSession {
  token: string;
  maxAgeSeconds: number;
}

/**
 * Opens the session after the first sign-in step (password or OIDC), audited in the same
 * transaction: pending for ten minutes while a second factor is due, otherwise complete. A
 * pending session is audited as `session.<method>`; `session.create` follows the second factor.
 */
export async function openFirstStepSession(
  tx: Queryable,
  deps: Deps,
  input: {
    userId: string;
    method: 'password' | 'oidc';
    pending: boolean;
    device: string;
    now: Date;
  },
): Promise<FirstStepSession> {
  const lifetimeMs = input.pending
    ? pendingSessionMinutes * 60_000
    : deps.config.SESSION_ABSOLUTE_HOURS * 3_600_000;
  const created = await createSession(tx, {
    userId: input.userId,
    method: input.method,
    mfaComplete: !input.pending,
    expiresAt: new Date(input.now.getTime() + lifetimeMs),
    device: input.device,
    now: input.now,
  });
  await recordEvent(tx, {
    actorUserId: input.userId,
    organisationId: null,
    action: input.pending ? `session.${input.method}` : 'session.create',
    objectType: 'session',
    objectId: created.id,
    origin: input.method === 'oidc' ? 'oidc' : 'http',
    occurredAt: input.now,
  });
  return { token: created.token, maxAgeSeconds: Math.round(lifetimeMs / 1000) };
}

/** First step: e-mail and password. Creates a full session, or a pending one when a second factor is due. */
export async function signInWithPassword(
  deps: Deps,
  email: string,
  password: string,
  device: string,
): Promise<SignInResult> {
  const now = deps.clock();
  const user = await store.findUserByEmail(deps.db, email);
  const valid = await verifyPassword(user && !user.disabledAt ? user.passwordHash : null, password);
  if (!user || user.disabledAt) {
    await deps.db.transaction((tx) =>
      recordEvent(tx, {
        actorUserId: null,
        organisationId: null,
        action: 'session.create',
        result: 'failure',
        origin: 'http',
        occurredAt: now,
      }),
    );
    throw wrongCredentials();
  }
  if (user.lockedUntil && user.lockedUntil > now) {
    await deps.db.transaction((tx) =>
      recordEvent(tx, {
        actorUserId: user.id,
        organisationId: null,
        action: 'session.create',
        result: 'denied',
        origin: 'http',
        occurredAt: now,
      }),
    );
    throw locked(user.lockedUntil);
  }
  if (!valid) {
    const lockUntil = lockUntilAfterFailure(user.failedLogins, now);
    await deps.db.transaction(async (tx) => {
      await store.recordFailedSignIn(tx, user.id, lockUntil);
      await recordEvent(tx, {
        actorUserId: user.id,
        organisationId: null,
        action: 'session.create',
        result: 'failure',
        origin: 'http',
        occurredAt: now,
      });
    });
    throw lockUntil ? locked(lockUntil) : wrongCredentials();
  }
  const mfaRequired = await secondFactorDue(deps.db, user);
  const session = await deps.db.transaction(async (tx) => {
    await store.clearFailedSignIns(tx, user.id);
    return openFirstStepSession(tx, deps, {
      userId: user.id,
      method: 'password',
      pending: mfaRequired,
      device,
      now,
    });
  });
  return {
    token: session.token,
    mfaRequired,
    enrolmentRequired: mfaRequired && user.totpEnabledAt === null,
    maxAgeSeconds: session.maxAgeSeconds,
  };
}

/**
 * Second step: a TOTP code (not replayed, within ±30 s) or an unused recovery code. Failures
 * count towards the same lockout as wrong passwords. On success the session token is rotated.
 */
export async function completeSecondFactor(
  deps: Deps,
  sessionId: string,
  userId: string,
  code: string,
): Promise<{ token: string; maxAgeSeconds: number }> {
  const now = deps.clock();
  const outcome = await deps.db.transaction(async (tx) => {
    const user = await store.findUserForUpdate(tx, userId);
    if (!user?.totpSecretEnc)
      throw new ProblemError(
        409,
        'Er is nog geen tweede factor ingesteld. Stel die eerst in.',
        'geen-tweede-factor',
      );
    if (user.lockedUntil && user.lockedUntil > now) throw locked(user.lockedUntil);
    let accepted = false;
    let method = 'totp';
    const step = matchTotpStep(openSecret(deps.keys, user.totpSecretEnc), code.trim(), now);
    if (step !== null && step > user.totpLastStep) {
      await store.setTotpLastStep(tx, user.id, step);
      accepted = true;
    } else if (step === null && looksLikeRecoveryCode(code)) {
      accepted = await store.useRecoveryCode(tx, user.id, hashRecoveryCode(code), now);
      method = 'recovery-code';
    }
    if (!accepted) {
      const lockUntil = lockUntilAfterFailure(user.failedLogins, now);
      await store.recordFailedSignIn(tx, user.id, lockUntil);
      await recordEvent(tx, {
        actorUserId: user.id,
        organisationId: null,
        action: 'session.mfa',
        objectType: 'session',
        objectId: sessionId,
        result: 'failure',
        origin: 'http',
        occurredAt: now,
      });
      return { ok: false as const, replay: step !== null, lockUntil };
    }
    await store.clearFailedSignIns(tx, user.id);
    const token = await promoteSession(tx, sessionId, now, deps.config.SESSION_ABSOLUTE_HOURS);
    await recordEvent(tx, {
      actorUserId: user.id,
      organisationId: null,
      action: method === 'totp' ? 'session.create' : 'session.create.recovery-code',
      objectType: 'session',
      objectId: sessionId,
      origin: 'http',
      occurredAt: now,
    });
    return { ok: true as const, token };
  });
  if (!outcome.ok) {
    // The failure is committed above, so the lockout counts even though the request fails.
    if (outcome.lockUntil) throw locked(outcome.lockUntil);
    throw new ProblemError(
      401,
      outcome.replay
        ? 'Deze code is al gebruikt. Wacht op de volgende code in uw app.'
        : 'De code klopt niet of is verlopen. Gebruik de code die nu in uw app staat.',
      outcome.replay ? 'code-al-gebruikt' : 'onjuiste-code',
    );
  }
  return { token: outcome.token, maxAgeSeconds: deps.config.SESSION_ABSOLUTE_HOURS * 3600 };
}

/** Marks the second factor done and rotates token and CSRF token, so a token seen before sign-in is useless after. */
export async function promoteSession(
  tx: Queryable,
  sessionId: string,
  now: Date,
  absoluteHours: number,
): Promise<string> {
  const token = randomToken();
  await tx.query(
    `update user_session set token_hash = $2, csrf_token = $3, mfa_at = $4, expires_at = created_at + make_interval(hours => $5)
      where id = $1`,
    [sessionId, sha256Hex(token), randomToken(), now, absoluteHours],
  );
  return token;
}
