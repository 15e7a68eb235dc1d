// SPDX-License-Identifier: EUPL-1.2
import type { Queryable } from '../platform/db';

/** A user row as the accounts domain needs it; secrets stay sealed until used. */
export interface UserRecord {
  id: string;
  email: string;
  name: string;
  passwordHash: string | null;
  totpSecretEnc: string | null;
  totpPendingEnc: string | null;
  totpEnabledAt: Date | null;
  totpLastStep: number;
  failedLogins: number;
  lockedUntil: Date | null;
  disabledAt: Date | null;
  createdAt: Date;
}

interface UserRow {
  id: string;
  email: string;
  name: string;
  password_hash: string | null;
  totp_secret_enc: string | null;
  totp_pending_enc: string | null;
  totp_enabled_at: Date | null;
  totp_last_step: string | number;
  failed_logins: number;
  locked_until: Date | null;
  disabled_at: Date | null;
  created_at: Date;
}

const toRecord = (row: UserRow): UserRecord => ({
  id: row.id,
  email: row.email,
  name: row.name,
  passwordHash: row.password_hash,
  totpSecretEnc: row.totp_secret_enc,
  totpPendingEnc: row.totp_pending_enc,
  totpEnabledAt: row.totp_enabled_at ? new Date(row.totp_enabled_at) : null,
  totpLastStep: Number(row.totp_last_step),
  failedLogins: row.failed_logins,
  lockedUntil: row.locked_until ? new Date(row.locked_until) : null,
  disabledAt: row.disabled_at ? new Date(row.disabled_at) : null,
  createdAt: new Date(row.created_at),
});

export async function findUserByEmail(db: Queryable, email: string): Promise<UserRecord | null> {
  const [row] = await db.query<UserRow>('select * from app_user where lower(email) = lower($1)', [
    email,
  ]);
  return row ? toRecord(row) : null;
}

/** Locks the row (`for update`) so concurrent sign-ins cannot both use one TOTP step. */
export async function findUserForUpdate(tx: Queryable, id: string): Promise<UserRecord | null> {
  const [row] = await tx.query<UserRow>('select * from app_user where id = $1 for update', [id]);
  return row ? toRecord(row) : null;
}

export async function findUserById(db: Queryable, id: string): Promise<UserRecord | null> {
  const [row] = await db.query<UserRow>('select * from app_user where id = $1', [id]);
  return row ? toRecord(row) : null;
}

export async function insertUser(
  tx: Queryable,
  input: { email: string; name: string; passwordHash: string | null; now: Date },
): Promise<string> {
  const [row] = await tx.query<{ id: string }>(
    'insert into app_user (email, name, password_hash, password_changed_at, created_at) values ($1, $2, $3, $4, $5) returning id',
    [input.email, input.name, input.passwordHash, input.passwordHash ? input.now : null, input.now],
  );
  if (!row) throw new Error('user insert returned nothing');
  return row.id;
}

export async function recordFailedSignIn(
  tx: Queryable,
  userId: string,
  lockedUntil: Date | null,
): Promise<void> {
  await tx.query(
    'update app_user set failed_logins = failed_logins + 1, locked_until = $2 where id = $1',
    [userId, lockedUntil],
  );
}

export async function clearFailedSignIns(tx: Queryable, userId: string): Promise<void> {
  await tx.query('update app_user set failed_logins = 0, locked_until = null where id = $1', [
    userId,
  ]);
}

export async function setPassword(
  tx: Queryable,
  userId: string,
  passwordHash: string,
  now: Date,
): Promise<void> {
  await tx.query(
    'update app_user set password_hash = $2, password_changed_at = $3, failed_logins = 0, locked_until = null where id = $1',
    [userId, passwordHash, now],
  );
}

export async function setTotpLastStep(tx: Queryable, userId: string, step: number): Promise<void> {
  await tx.query('update app_user set totp_last_step = $2 where id = $1', [userId, step]);
}

export async function setPendingTotp(
  tx: Queryable,
  userId: string,
  sealedSecret: string,
): Promise<void> {
  await tx.query('update app_user set totp_pending_enc = $2 where id = $1', [userId, sealedSecret]);
}

/** Makes the pending secret the active one and replaces all recovery codes. */
export async function activateTotp(
  tx: Queryable,
  userId: string,
  step: number,
  now: Date,
  recoveryHashes: string[],
): Promise<void> {
  await tx.query(
    `update app_user set totp_secret_enc = totp_pending_enc, totp_pending_enc = null, totp_enabled_at = $2, totp_last_step = $3
      where id = $1`,
    [userId, now, step],
  );
  await replaceRecoveryCodes(tx, userId, recoveryHashes);
}

export async function replaceRecoveryCodes(
  tx: Queryable,
  userId: string,
  hashes: string[],
): Promise<void> {
  await tx.query('delete from recovery_code where user_id = $1', [userId]);
  for (const hash of hashes)
    await tx.query('insert into recovery_code (code_hash, user_id) values ($1, $2)', [
      hash,
      userId,
    ]);
}

/** Marks an unused recovery code as used; true when it existed and was unused. */
export async function useRecoveryCode(
  tx: Queryable,
  userId: string,
  hash: string,
  now: Date,
): Promise<boolean> {
  const rows = await tx.query(
    'update recovery_code set used_at = $3 where user_id = $1 and code_hash = $2 and used_at is null returning code_hash',
    [userId, hash, now],
  );
  return rows.length === 1;
}

export async function countUnusedRecoveryCodes(db: Queryable, userId: string): Promise<number> {
  const [row] = await db.query<{ n: number }>(
    'select count(*)::int as n from recovery_code where user_id = $1 and used_at is null',
    [userId],
  );
  return row?.n ?? 0;
}
