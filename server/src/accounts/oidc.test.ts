// SPDX-License-Identifier: EUPL-1.2
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { buildOrganisation, buildUser, TestClient, type TestUser } from '../../test/factories';
import { createHarness, type Harness } from '../../test/harness';
import type { OrganisationRecord } from '../organisations/store';
import { createLogger } from '../platform/logger';

import { currentTotpCode } from './totp';

/** The slice of oidc-provider (which ships no types) this test uses. */
interface Provider {
  Grant: new (input: { accountId: string; clientId: string }) => {
    addOIDCScope(scope: string): void;
    save(): Promise<string>;
  };
  callback(): (req: IncomingMessage, res: ServerResponse) => void;
  interactionDetails(
    req: IncomingMessage,
    res: ServerResponse,
  ): Promise<{ params: { client_id: string; scope: string } }>;
  interactionFinished(
    req: IncomingMessage,
    res: ServerResponse,
    result: object,
    options: { mergeWithLastSubmission: boolean },
  ): Promise<void>;
}

interface Account {
  email: string;
  email_verified: boolean;
  /** Authentication methods the issuer reports in the ID token. */
  amr: string[];
}

const publicUrl = 'http://weerbaar.test';
const accounts = new Map<string, Account>();
let nextAccountId = '';
let server: Server;
let issuer: string;
let h: Harness;
let org: OrganisationRecord;
let counter = 0;

/** A real OpenID provider on 127.0.0.1 that logs in `nextAccountId` without a browser. */
async function startProvider(): Promise<void> {
  const moduleName: string = 'oidc-provider';
  const { default: ProviderClass } = (await import(moduleName)) as {
    default: new (issuer: string, configuration: object) => Provider;
  };
  // The issuer URL carries the port, so listen first and attach the provider afterwards.
  server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const provider = new ProviderClass(issuer, {
    clients: [
      {
        client_id: 'weerbaar',
        client_secret: 'proef-geheim',
        redirect_uris: [`${publicUrl}/api/v1/oidc/callback`],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    // amr under `openid` puts it in every ID token, as identity providers that report it do.
    claims: { openid: ['sub', 'amr'], email: ['email', 'email_verified'] },
    cookies: { keys: ['proef-sleutel'] },
    ttl: { AccessToken: 600, Grant: 600, IdToken: 600, Interaction: 600, Session: 600 },
    features: { devInteractions: { enabled: false } },
    interactions: {
      url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}`,
    },
    findAccount: (_ctx: unknown, id: string) => {
      const account = accounts.get(id);
      return (
        account && {
          accountId: id,
          claims: () => ({ sub: id, email: account.email, email_verified: account.email_verified }),
        }
      );
    },
  });
  const handle = provider.callback();
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (req.url?.startsWith('/interaction/')) void finishInteraction(provider, req, res);
    else handle(req, res);
  });
}

/** Logs in and consents in one step, as a user at the issuer would. */
async function finishInteraction(
  provider: Provider,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const { params } = await provider.interactionDetails(req, res);
  const grant = new provider.Grant({ accountId: nextAccountId, clientId: params.client_id });
  grant.addOIDCScope(params.scope);
  const result = {
    login: { accountId: nextAccountId, amr: accounts.get(nextAccountId)?.amr },
    consent: { grantId: await grant.save() },
  };
  await provider.interactionFinished(req, res, result, { mergeWithLastSubmission: false });
}

/** Follows the issuer's redirects with its cookies until it sends the browser back to Weerbaar. */
async function throughProvider(authorizationUrl: string): Promise<string> {
  const jar = new Map<string, string>();
  let url = authorizationUrl;
  while (!url.startsWith(publicUrl)) {
    const response = await fetch(url, {
      redirect: 'manual',
      headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') },
    });
    for (const line of response.headers.getSetCookie()) {
      const [name = '', value = ''] = (line.split(';')[0] ?? '').split(/=(.*)/);
      if (value) jar.set(name, value);
      else jar.delete(name);
    }
    const location = response.headers.get('location');
    if (!location)
      throw new Error(`provider stopped with ${response.status}: ${await response.text()}`);
    url = new URL(location, url).href;
  }
  return url;
}

const cookieFrom = (response: Response, name: string) =>
  response.headers
    .getSetCookie()
    .find((line) => line.startsWith(`${name}=`))
    ?.split(';')[0] ?? '';

/** An account at the issuer for this user's address (or another one). */
function accountFor(user: TestUser, overrides: Partial<Account> = {}): string {
  const id = `sub-${++counter}`;
  accounts.set(id, { email: user.email, email_verified: true, amr: ['pwd', 'mfa'], ...overrides });
  return id;
}

interface Flow {
  callbackPath: string;
  loginCookie: string;
}

/** Start at Weerbaar and log in at the issuer; returns the callback the browser would open. */
async function startFlow(harness: Harness, accountId: string): Promise<Flow> {
  nextAccountId = accountId;
  const start = await harness.app.request('/api/v1/oidc/start');
  const back = new URL(await throughProvider(start.headers.get('location') ?? ''));
  return {
    callbackPath: `${back.pathname}${back.search}`,
    loginCookie: cookieFrom(start, 'weerbaar_oidc'),
  };
}

/** Opens the callback in the browser that started the flow; the client holds the session cookie afterwards. */
async function callback(
  harness: Harness,
  flow: Flow,
  path = flow.callbackPath,
  cookie = flow.loginCookie,
): Promise<{ response: Response; client: TestClient }> {
  const response = await harness.app.request(path, { headers: { cookie } });
  const client = new TestClient(harness);
  client.cookie = cookieFrom(response, 'weerbaar_sessie');
  return { response, client };
}

const signInWith = async (harness: Harness, accountId: string) =>
  callback(harness, await startFlow(harness, accountId));

const oidcConfig = {
  OIDC_ISSUER: '',
  OIDC_CLIENT_ID: 'weerbaar',
  OIDC_CLIENT_SECRET: 'proef-geheim',
  PUBLIC_URL: publicUrl,
};

beforeAll(async () => {
  await startProvider();
  oidcConfig.OIDC_ISSUER = issuer;
  h = await createHarness(oidcConfig);
  org = await buildOrganisation(h.deps);
});
afterAll(async () => {
  await h.close();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('GET /api/v1/oidc/start', () => {
  it('redirects to the issuer with PKCE (S256), state, nonce and the callback as redirect URI', async () => {
    const response = await h.app.request('/api/v1/oidc/start');
    expect(response.status).toBe(302);
    const location = new URL(response.headers.get('location') ?? '');
    expect(location.origin).toBe(issuer);
    expect(Object.fromEntries(location.searchParams)).toMatchObject({
      client_id: 'weerbaar',
      response_type: 'code',
      code_challenge_method: 'S256',
      redirect_uri: `${publicUrl}/api/v1/oidc/callback`,
    });
    for (const key of ['state', 'nonce', 'code_challenge'])
      expect(location.searchParams.get(key)).toBeTruthy();
    expect(response.headers.get('set-cookie')).toMatch(/^weerbaar_oidc=.*HttpOnly.*SameSite=Lax/);
  });

  it('answers a 404 problem when single sign-on is not configured', async () => {
    const plain = await createHarness();
    const response = await plain.app.request('/api/v1/oidc/start');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    await plain.close();
  });
});

describe('GET /api/v1/oidc/callback', () => {
  it('signs in a user linked by verified e-mail with a full oidc session when the issuer did MFA', async () => {
    const user = await buildUser(h.deps, [{ org, role: 'behandelaar' }]);
    const { response, client } = await signInWith(h, accountFor(user));
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/');
    const session = await client.request('GET', '/api/v1/session');
    expect(await session.json()).toMatchObject({ method: 'oidc', mfaComplete: true });
    expect((await client.request('GET', '/api/v1/me')).status).toBe(200);
  });

  it('finds a linked user by issuer and subject, even after the address changes at the issuer', async () => {
    const user = await buildUser(h.deps, [{ org, role: 'behandelaar' }]);
    const accountId = accountFor(user);
    await signInWith(h, accountId);
    accounts.set(accountId, {
      email: 'ander-adres@test.weerbaar.nl',
      email_verified: false,
      amr: ['mfa'],
    });
    const { response } = await signInWith(h, accountId);
    expect(response.headers.get('location')).toBe('/');
  });

  it('keeps the session pending until the local TOTP step when the issuer did no MFA', async () => {
    const user = await buildUser(h.deps, [{ org, role: 'behandelaar' }]);
    const { response, client } = await signInWith(h, accountFor(user, { amr: ['pwd'] }));
    expect(response.headers.get('location')).toBe('/inloggen/tweede-stap');
    expect((await client.request('GET', '/api/v1/me')).status).toBe(401);
    await client.refreshCsrf();
    const mfa = await client.request('POST', '/api/v1/session/mfa', {
      code: currentTotpCode(user.totpSecret ?? '', h.clock.now()),
    });
    expect(mfa.status).toBe(204);
    expect((await client.request('GET', '/api/v1/me')).status).toBe(200);
  });

  it('sends a user whose roles need MFA but who has no TOTP yet to enrolment', async () => {
    const user = await buildUser(h.deps, [{ org, role: 'behandelaar' }], { totp: false });
    const { response } = await signInWith(h, accountFor(user, { amr: ['pwd'] }));
    expect(response.headers.get('location')).toBe('/tweede-factor-instellen');
  });

  it('trusts the issuer for the second factor when OIDC_TRUST_MFA is set', async () => {
    const trusting = await createHarness({ ...oidcConfig, OIDC_TRUST_MFA: 'true' });
    const user = await buildUser(trusting.deps, [
      { org: await buildOrganisation(trusting.deps), role: 'behandelaar' },
    ]);
    const { response } = await signInWith(trusting, accountFor(user, { amr: ['pwd'] }));
    expect(response.headers.get('location')).toBe('/');
    await trusting.close();
  });

  it('refuses an unverified e-mail address and links nothing', async () => {
    const user = await buildUser(h.deps, [{ org, role: 'behandelaar' }]);
    const { response } = await signInWith(h, accountFor(user, { email_verified: false }));
    expect(response.headers.get('location')).toBe('/inloggen?fout=oidc-onbekend');
    expect(
      await h.db.query('select 1 from oidc_identity where user_id = $1', [user.id]),
    ).toHaveLength(0);
  });

  it('refuses an unknown person and creates no account', async () => {
    const [before] = await h.db.query<{ n: number }>('select count(*)::int as n from app_user');
    accounts.set('sub-onbekend', {
      email: 'onbekend@test.weerbaar.nl',
      email_verified: true,
      amr: ['mfa'],
    });
    const { response, client } = await signInWith(h, 'sub-onbekend');
    expect(response.headers.get('location')).toBe('/inloggen?fout=oidc-onbekend');
    expect(client.cookie).toBe('');
    expect(await h.db.query('select count(*)::int as n from app_user')).toEqual([before]);
  });

  it('refuses a tampered state and audits the failure', async () => {
    const user = await buildUser(h.deps, [{ org, role: 'behandelaar' }]);
    const flow = await startFlow(h, accountFor(user));
    const tampered = flow.callbackPath.replace(/state=[^&]+/, 'state=vervalst');
    const { response } = await callback(h, flow, tampered, 'weerbaar_oidc=vervalst');
    expect(response.headers.get('location')).toBe('/inloggen?fout=oidc');
    const [last] = await h.db.query(
      'select action, result, origin from audit_event order by seq desc limit 1',
    );
    expect(last).toEqual({ action: 'session.create', result: 'failure', origin: 'oidc' });
  });

  it('refuses a replayed callback', async () => {
    const user = await buildUser(h.deps, [{ org, role: 'behandelaar' }]);
    const flow = await startFlow(h, accountFor(user));
    expect((await callback(h, flow)).response.headers.get('location')).toBe('/');
    expect((await callback(h, flow)).response.headers.get('location')).toBe('/inloggen?fout=oidc');
  });

  it('refuses a callback opened in a browser that did not start the login', async () => {
    const user = await buildUser(h.deps, [{ org, role: 'behandelaar' }]);
    const { response } = await callback(h, await startFlow(h, accountFor(user)), undefined, '');
    expect(response.headers.get('location')).toBe('/inloggen?fout=oidc');
  });

  it('refuses a login that took longer than ten minutes', async () => {
    const user = await buildUser(h.deps, [{ org, role: 'behandelaar' }]);
    const flow = await startFlow(h, accountFor(user));
    h.clock.advance(11 * 60_000);
    expect((await callback(h, flow)).response.headers.get('location')).toBe('/inloggen?fout=oidc');
  });

  it('refuses when the issuer answers with an error', async () => {
    const flow = await startFlow(h, 'sub-onbekend');
    const state = new URL(flow.callbackPath, publicUrl).searchParams.get('state') ?? '';
    const { response } = await callback(
      h,
      flow,
      `/api/v1/oidc/callback?error=access_denied&state=${state}`,
    );
    expect(response.headers.get('location')).toBe('/inloggen?fout=oidc');
  });

  it('does not link a second issuer account to a user who already has one', async () => {
    const user = await buildUser(h.deps, [{ org, role: 'behandelaar' }]);
    await signInWith(h, accountFor(user));
    const { response } = await signInWith(h, accountFor(user));
    expect(response.headers.get('location')).toBe('/inloggen?fout=oidc-onbekend');
  });

  it('logs neither tokens nor e-mail addresses', async () => {
    const lines: string[] = [];
    const original = h.deps.logger;
    h.deps.logger = createLogger('debug', { write: (line: string) => void lines.push(line) });
    const user = await buildUser(h.deps, [{ org, role: 'behandelaar' }]);
    const flow = await startFlow(h, accountFor(user, { email_verified: false }));
    await callback(h, flow);
    await callback(h, flow);
    h.deps.logger = original;
    const code = new URL(flow.callbackPath, publicUrl).searchParams.get('code') ?? '';
    expect(lines.join('\n')).toContain('oidc.refused');
    for (const secret of [user.email, code, flow.loginCookie.split('=')[1] ?? '']) {
      expect(lines.join('\n')).not.toContain(secret);
    }
  });
});
