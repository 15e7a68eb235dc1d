// SPDX-License-Identifier: EUPL-1.2
import { recordEvent } from '../audit/service';
import { openSecret, sealSecret } from '../platform/crypto';
import type { Deps } from '../platform/deps';
import { ProblemError } from '../platform/http/problem';

import { promoteSession } from './sign-in';
import * as store from './store';
import {
  hashRecoveryCode,
  matchTotpStep,
  newRecoveryCodes,
  newTotpSecret,
  otpauthUrl,
  qrSvg,
} from './totp';

/** Starts (re-)enrolment: a new secret is kept pending until a code from it is confirmed. */
export async function startTotpEnrolment(deps: Deps, userId: string, email: string) {
  const secret = newTotpSecret();
  await deps.db.transaction(async (tx) => {
    await store.setPendingTotp(tx, userId, sealSecret(deps.keys, secret));
    await recordEvent(tx, {
      actorUserId: userId,
      organisationId: null,
      action: 'totp.enrol.start',
      objectType: 'user',
      objectId: userId,
      origin: 'http',
      occurredAt: deps.clock(),
    });
  });
  const url = otpauthUrl(secret, email);
  return { secret, otpauthUrl: url, qrSvg: await qrSvg(url) };
}

/**
 * Confirms enrolment with a code from the pending secret. The new secret replaces the old one,
 * fresh recovery codes are issued, and a session still waiting for its second factor is completed.
 */
export async function confirmTotpEnrolment(
  deps: Deps,
  userId: string,
  session: { id: string; mfaDone: boolean },
  code: string,
) {
  const now = deps.clock();
  const codes = newRecoveryCodes();
  const result = await deps.db.transaction(async (tx) => {
    const user = await store.findUserForUpdate(tx, userId);
    if (!user?.totpPendingEnc)
      throw new ProblemError(
        409,
        'Start eerst het instellen van de tweede factor.',
        'geen-instelling-bezig',
      );
    const step = matchTotpStep(openSecret(deps.keys, user.totpPendingEnc), code, now);
    if (step === null) {
      await recordEvent(tx, {
        actorUserId: userId,
        organisationId: null,
        action: 'totp.enrol',
        objectType: 'user',
        objectId: userId,
        result: 'failure',
        origin: 'http',
        occurredAt: now,
      });
      return null;
    }
    await store.activateTotp(tx, userId, step, now, codes.map(hashRecoveryCode));
    const token = session.mfaDone
      ? null
      : await promoteSession(tx, session.id, now, deps.config.SESSION_ABSOLUTE_HOURS);
    await recordEvent(tx, {
      actorUserId: userId,
      organisationId: null,
      action: 'totp.enrol',
      objectType: 'user',
      objectId: userId,
      origin: 'http',
      occurredAt: now,
    });
    return { token };
  });
  if (!result)
    throw new ProblemError(
      400,
      'De code klopt niet. Controleer de tijd op uw telefoon en probeer de nieuwe code.',
      'onjuiste-code',
    );
  return { recoveryCodes: codes, rotatedToken: result.token };
}

/** Replaces all recovery codes; the old ones stop working at once. */
export async function regenerateRecoveryCodes(deps: Deps, userId: string): Promise<string[]> {
  const codes = newRecoveryCodes();
  await deps.db.transaction(async (tx) => {
    const user = await store.findUserForUpdate(tx, userId);
    if (!user?.totpEnabledAt)
      throw new ProblemError(409, 'Stel eerst een tweede factor in.', 'geen-tweede-factor');
    await store.replaceRecoveryCodes(tx, userId, codes.map(hashRecoveryCode));
    await recordEvent(tx, {
      actorUserId: userId,
      organisationId: null,
      action: 'recovery-codes.regenerate',
      objectType: 'user',
      objectId: userId,
      origin: 'http',
      occurredAt: deps.clock(),
    });
  });
  return codes;
}
