// SPDX-License-Identifier: EUPL-1.2
import { createHmac } from 'node:crypto';

import * as client from 'openid-client';

import { recordEvent, type AuditResult } from '../audit/service';
import type { Config } from '../platform/config';
import { safeEqual, sha256Hex } from '../platform/crypto';
import type { Deps } from '../platform/deps';
import type { Keyring } from '../platform/keyring';

import { openFirstStepSession, secondFactorDue } from './sign-in';
import * as store from './store';

/** A login started at the issuer must come back within this time. */
const loginMinutes = 10;
/** RFC 8176 method references that mean the issuer already checked a second factor. */
const mfaMethods = new Set(['mfa', 'otp', 'hwk']);

type Tokens = Awaited<ReturnType<typeof client.authorizationCodeGrant>>;

/** What the callback leads to; failures carry a reason code for the log, never claim values. */
export type OidcOutcome =
  | { kind: 'signed-in'; token: string; maxAgeSeconds: number; next: string }
  | { kind: 'unknown' }
  | { kind: 'failed' };

/** True when an issuer and client id are configured. */
export function oidcEnabled(config: Config): boolean {
  return Boolean(config.OIDC_ISSUER && config.OIDC_CLIENT_ID);
}

const discovered = new Map<string, Promise<client.Configuration>>();

/** The issuer's metadata plus this client; discovered once per process (config is fixed at boot). */
export function oidcClient(config: Config): Promise<client.Configuration> {
  const { OIDC_ISSUER: issuer, OIDC_CLIENT_ID: clientId, OIDC_CLIENT_SECRET: secret } = config;
  if (!issuer || !clientId) throw new Error('OIDC is not configured');
  const key = `${issuer} ${clientId}`;
  const cached = discovered.get(key);
  if (cached) return cached;
  const auth = secret ? client.ClientSecretBasic(secret) : client.None();
  const execute = allowsPlainHttp(config, new URL(issuer)) ? [client.allowInsecureRequests] : [];
  const pending = client.discovery(new URL(issuer), clientId, undefined, auth, { execute });
  // Forget a failed discovery so the next sign-in retries instead of failing until restart.
  pending.catch(() => discovered.delete(key));
  discovered.set(key, pending);
  return pending;
}

/**
 * openid-client refuses http:// issuers. Tests and local development run a provider on this
 * machine without TLS; anywhere else, or in production, plain HTTP would expose codes and tokens.
 */
function allowsPlainHttp(config: Config, issuer: URL): boolean {
  const local = ['localhost', '127.0.0.1', '[::1]'].includes(issuer.hostname);
  return config.NODE_ENV !== 'production' && issuer.protocol === 'http:' && local;
}

/**
 * Nonce and PKCE verifier follow from the state via the current master key, so the database holds
 * neither. A sign-in begun before a key switch (at most ten minutes) has to be started again.
 */
function derive(keys: Keyring, purpose: 'nonce' | 'pkce', state: string): string {
  return createHmac('sha256', keys.current.key)
    .update(`oidc-${purpose}:${state}`)
    .digest('base64url');
}

/** Records a pending login (state hash only) and returns the issuer URL plus the state to bind to the browser. */
export async function beginOidcLogin(
  deps: Deps,
  redirectUri: string,
): Promise<{ url: URL; state: string }> {
  const oidc = await oidcClient(deps.config);
  const now = deps.clock();
  const state = client.randomState();
  await deps.db.query('delete from oidc_login where expires_at < $1', [now]);
  await deps.db.query(
    'insert into oidc_login (state_hash, created_at, expires_at) values ($1, $2, $3)',
    [sha256Hex(state), now, new Date(now.getTime() + loginMinutes * 60_000)],
  );
  const url = client.buildAuthorizationUrl(oidc, {
    redirect_uri: redirectUri,
    scope: 'openid email',
    state,
    nonce: derive(deps.keys, 'nonce', state),
    code_challenge: await client.calculatePKCECodeChallenge(derive(deps.keys, 'pkce', state)),
    code_challenge_method: 'S256',
  });
  return { url, state };
}

export interface CallbackInput {
  /** The redirect URI with the query string the issuer sent back. */
  callbackUrl: URL;
  /** The state from this browser's login cookie. */
  boundState: string | undefined;
  device: string;
}

/** Checks state, exchanges the code, finds (or links by verified e-mail) the local user and opens a session; never creates users. */
export async function finishOidcLogin(deps: Deps, input: CallbackInput): Promise<OidcOutcome> {
  const now = deps.clock();
  const params = input.callbackUrl.searchParams;
  const state = params.get('state');
  if (!state || !input.boundState || !safeEqual(state, input.boundState))
    return refuse(deps, now, 'state');
  // Deleting consumes the login, so a replayed callback finds nothing.
  const [login] = await deps.db.query<{ expires_at: Date }>(
    'delete from oidc_login where state_hash = $1 returning expires_at',
    [sha256Hex(state)],
  );
  if (!login) return refuse(deps, now, 'state');
  if (new Date(login.expires_at) <= now) return refuse(deps, now, 'expired');
  if (params.has('error')) return refuse(deps, now, 'issuer-error');
  try {
    // openid-client checks state, PKCE, and the ID token's signature, issuer, audience, expiry and nonce.
    const tokens = await client.authorizationCodeGrant(
      await oidcClient(deps.config),
      input.callbackUrl,
      {
        pkceCodeVerifier: derive(deps.keys, 'pkce', state),
        expectedState: state,
        expectedNonce: derive(deps.keys, 'nonce', state),
        idTokenExpected: true,
      },
    );
    const claims = tokens.claims();
    if (!claims) return await refuse(deps, now, 'exchange');
    const user = await findOrLinkUser(deps, tokens, claims, now);
    if (!user || user.disabledAt)
      return await refuse(deps, now, 'unknown-user', { userId: user?.id });
    if (user.lockedUntil && user.lockedUntil > now)
      return await refuse(deps, now, 'locked', { userId: user.id });
    const amr = Array.isArray(claims.amr) ? claims.amr : [];
    const issuerMfa =
      deps.config.OIDC_TRUST_MFA ||
      amr.some((method) => typeof method === 'string' && mfaMethods.has(method));
    return await openSession(deps, user, issuerMfa, input.device, now);
  } catch (error) {
    return refuse(deps, now, 'exchange', { error });
  }
}

/** The user linked to (issuer, subject); else links the active user with this verified address. */
async function findOrLinkUser(
  deps: Deps,
  tokens: Tokens,
  claims: client.IDToken,
  now: Date,
): Promise<store.UserRecord | null> {
  const [linked] = await deps.db.query<{ user_id: string }>(
    'select user_id from oidc_identity where issuer = $1 and subject = $2',
    [claims.iss, claims.sub],
  );
  if (linked) return store.findUserById(deps.db, linked.user_id);
  const { email, verified } = await emailOf(deps, tokens, claims);
  if (!email || !verified) return null;
  const user = await store.findUserByEmail(deps.db, email);
  if (!user || user.disabledAt) return null;
  const done = await deps.db.transaction(async (tx) => {
    // One subject per issuer per user: a second account at the issuer with the same address is not linked silently.
    const rows = await tx.query(
      `insert into oidc_identity (issuer, subject, user_id, created_at)
       select $1, $2, $3::uuid, $4::timestamptz where not exists (select 1 from oidc_identity where issuer = $1 and user_id = $3::uuid)
       on conflict do nothing returning user_id`,
      [claims.iss, claims.sub, user.id, now],
    );
    if (rows.length === 0) return false;
    await recordEvent(tx, {
      actorUserId: user.id,
      organisationId: null,
      action: 'oidc-identity.link',
      objectType: 'user',
      objectId: user.id,
      origin: 'oidc',
      occurredAt: now,
    });
    return true;
  });
  return done ? user : null;
}

/** E-mail claims from the ID token, or from UserInfo when the issuer keeps them out of the ID token (code flow). */
async function emailOf(
  deps: Deps,
  tokens: Tokens,
  claims: client.IDToken,
): Promise<{ email: string | null; verified: boolean }> {
  let source: Readonly<Record<string, unknown>> = claims;
  if (claims.email === undefined && tokens.access_token) {
    source = await client.fetchUserInfo(
      await oidcClient(deps.config),
      tokens.access_token,
      claims.sub,
    );
  }
  return {
    email: typeof source.email === 'string' ? source.email : null,
    verified: source.email_verified === true,
  };
}

async function openSession(
  deps: Deps,
  user: store.UserRecord,
  issuerMfa: boolean,
  device: string,
  now: Date,
): Promise<OidcOutcome> {
  const enrolled = user.totpEnabledAt !== null;
  const localStep = !issuerMfa && (await secondFactorDue(deps.db, user));
  const session = await deps.db.transaction((tx) =>
    openFirstStepSession(tx, deps, {
      userId: user.id,
      method: 'oidc',
      pending: localStep,
      device,
      now,
    }),
  );
  const next = !localStep ? '/' : enrolled ? '/inloggen/tweede-stap' : '/tweede-factor-instellen';
  return { kind: 'signed-in', token: session.token, maxAgeSeconds: session.maxAgeSeconds, next };
}

type RefusalReason = 'state' | 'expired' | 'issuer-error' | 'exchange' | 'unknown-user' | 'locked';

/** Audits and logs a refused login: reason, error type and code only (token errors can quote claim values). */
async function refuse(
  deps: Deps,
  now: Date,
  reason: RefusalReason,
  { error, userId }: { error?: unknown; userId?: string | undefined } = {},
): Promise<OidcOutcome> {
  const result: AuditResult = userId ? 'denied' : 'failure';
  await deps.db.transaction((tx) =>
    recordEvent(tx, {
      actorUserId: userId ?? null,
      organisationId: null,
      action: 'session.create',
      result,
      origin: 'oidc',
      occurredAt: now,
    }),
  );
  const err =
    error instanceof Error
      ? { type: error.name, code: (error as { code?: unknown }).code }
      : undefined;
  deps.logger.warn({ event: 'oidc.refused', reason, err });
  return { kind: reason === 'unknown-user' ? 'unknown' : 'failed' };
}
