// SPDX-License-Identifier: EUPL-1.2
import type { Role } from '../../../common/accounts/roles';
import { recordEvent, type AuditOrigin } from '../audit/service';
import { sealSecret } from '../platform/crypto';
import type { Queryable } from '../platform/db';
import type { Deps } from '../platform/deps';
import { badRequest, conflict } from '../platform/http/problem';

import { hashPassword, passwordWeakness } from './passwords';
import { findUserByEmail, insertUser, replaceRecoveryCodes } from './store';
import { hashRecoveryCode, newRecoveryCodes } from './totp';

export interface ProvisionInput {
  email: string;
  name: string;
  password: string;
  memberships: { organisationId: string; role: Role }[];
  /** Enrol this TOTP secret right away (demo accounts, scripted provisioning). */
  totpSecret?: string;
}

/**
 * Creates an active account with memberships, for the CLI and demo mode (the web invites
 * instead). Returns the user id and, when a TOTP secret was enrolled, its recovery codes.
 */
export async function provisionUser(
  tx: Queryable,
  deps: Deps,
  input: ProvisionInput,
  origin: AuditOrigin,
) {
  const weakness = passwordWeakness(input.password, input.email);
  if (weakness) throw badRequest(weakness, 'zwak-wachtwoord');
  if (await findUserByEmail(tx, input.email))
    throw conflict(`Er bestaat al een gebruiker met het e-mailadres ${input.email}.`, 'bestaat-al');
  const now = deps.clock();
  const userId = await insertUser(tx, {
    email: input.email,
    name: input.name,
    passwordHash: await hashPassword(input.password),
    now,
  });
  for (const m of input.memberships) {
    await tx.query(
      'insert into membership (user_id, organisation_id, role) values ($1, $2, $3) on conflict do nothing',
      [userId, m.organisationId, m.role],
    );
  }
  let recoveryCodes: string[] = [];
  if (input.totpSecret) {
    recoveryCodes = newRecoveryCodes();
    await tx.query('update app_user set totp_secret_enc = $2, totp_enabled_at = $3 where id = $1', [
      userId,
      sealSecret(deps.keys, input.totpSecret),
      now,
    ]);
    await replaceRecoveryCodes(tx, userId, recoveryCodes.map(hashRecoveryCode));
  }
  for (const organisationId of new Set(input.memberships.map((m) => m.organisationId))) {
    await recordEvent(tx, {
      actorUserId: null,
      organisationId,
      action: 'user.create',
      objectType: 'user',
      objectId: userId,
      origin,
      occurredAt: now,
    });
  }
  return { userId, recoveryCodes };
}
