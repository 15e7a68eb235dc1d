// SPDX-License-Identifier: EUPL-1.2
import type { OrganisationType, Role } from '../../../common/accounts/roles';

import { randomToken, sha256Hex } from './crypto';
import type { Queryable } from './db';

export interface MembershipInfo {
  organisationId: string;
  organisationCode: string;
  organisationType: OrganisationType;
  organisationName: string;
  role: Role;
}

/** The signed-in person as every handler sees them. */
export interface Actor {
  userId: string;
  email: string;
  name: string;
  totpEnabled: boolean;
  memberships: MembershipInfo[];
}

export interface SessionInfo {
  id: string;
  csrfToken: string;
  method: 'password' | 'oidc';
  mfaAt: Date | null;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
}

export interface LoadedSession {
  session: SessionInfo;
  actor: Actor;
}

interface SessionRow {
  id: string;
  csrf_token: string;
  method: 'password' | 'oidc';
  mfa_at: Date | null;
  created_at: Date;
  last_seen_at: Date;
  expires_at: Date;
  user_id: string;
  email: string;
  name: string;
  totp_enabled_at: Date | null;
  memberships: MembershipInfo[] | string;
}

/**
 * One query for the hot path: session, user and memberships together. Revoked sessions and
 * disabled users are not found; expiry is judged by the caller with its clock.
 */
export async function findSession(db: Queryable, token: string): Promise<LoadedSession | null> {
  const [row] = await db.query<SessionRow>(
    `select s.id, s.csrf_token, s.method, s.mfa_at, s.created_at, s.last_seen_at, s.expires_at,
            u.id as user_id, u.email, u.name, u.totp_enabled_at,
            coalesce((select json_agg(json_build_object(
                'organisationId', o.id, 'organisationCode', o.code, 'organisationType', o.type,
                'organisationName', o.name, 'role', m.role) order by o.code, m.role)
              from membership m join organisation o on o.id = m.organisation_id
              where m.user_id = u.id), '[]') as memberships
       from user_session s join app_user u on u.id = s.user_id
      where s.token_hash = $1 and s.revoked_at is null and u.disabled_at is null`,
    [sha256Hex(token)],
  );
  if (!row) return null;
  const memberships =
    typeof row.memberships === 'string'
      ? (JSON.parse(row.memberships) as MembershipInfo[])
      : row.memberships;
  return {
    session: {
      id: row.id,
      csrfToken: row.csrf_token,
      method: row.method,
      mfaAt: row.mfa_at ? new Date(row.mfa_at) : null,
      createdAt: new Date(row.created_at),
      lastSeenAt: new Date(row.last_seen_at),
      expiresAt: new Date(row.expires_at),
    },
    actor: {
      userId: row.user_id,
      email: row.email,
      name: row.name,
      totpEnabled: row.totp_enabled_at !== null,
      memberships,
    },
  };
}

export interface NewSession {
  userId: string;
  method: 'password' | 'oidc';
  mfaComplete: boolean;
  expiresAt: Date;
  device: string;
  now: Date;
}

/** Creates a session and returns the cookie token (only its hash is stored). */
export async function createSession(
  tx: Queryable,
  input: NewSession,
): Promise<{ id: string; token: string }> {
  const token = randomToken();
  const [row] = await tx.query<{ id: string }>(
    `insert into user_session (token_hash, user_id, csrf_token, method, mfa_at, created_at, last_seen_at, expires_at, device)
     values ($1, $2, $3, $4, $5, $6, $6, $7, $8) returning id`,
    [
      sha256Hex(token),
      input.userId,
      randomToken(),
      input.method,
      input.mfaComplete ? input.now : null,
      input.now,
      input.expiresAt,
      input.device,
    ],
  );
  if (!row) throw new Error('session insert returned nothing');
  return { id: row.id, token };
}

export async function revokeSession(tx: Queryable, sessionId: string, now: Date): Promise<void> {
  await tx.query('update user_session set revoked_at = $2 where id = $1 and revoked_at is null', [
    sessionId,
    now,
  ]);
}

/** Records activity; callers skip it when the last update is recent, to keep reads cheap. */
export async function touchSession(db: Queryable, sessionId: string, now: Date): Promise<void> {
  await db.query('update user_session set last_seen_at = $2 where id = $1', [sessionId, now]);
}

/** A coarse, non-identifying device label from the User-Agent header. */
export function describeDevice(userAgent: string | undefined): string {
  if (!userAgent) return 'onbekend apparaat';
  const browser = /Edg\//.test(userAgent)
    ? 'Edge'
    : /Firefox\//.test(userAgent)
      ? 'Firefox'
      : /Chrome\//.test(userAgent)
        ? 'Chrome'
        : /Safari\//.test(userAgent)
          ? 'Safari'
          : 'Browser';
  const os = /Windows/.test(userAgent)
    ? 'Windows'
    : /Android/.test(userAgent)
      ? 'Android'
      : /iPhone|iPad/.test(userAgent)
        ? 'iOS'
        : /Mac OS/.test(userAgent)
          ? 'macOS'
          : /Linux/.test(userAgent)
            ? 'Linux'
            : 'onbekend systeem';
  return `${browser} op ${os}`;
}
