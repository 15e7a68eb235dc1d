// SPDX-License-Identifier: EUPL-1.2
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  buildOrganisation,
  buildUser,
  signedIn,
  TestClient,
  type TestUser,
} from '../../test/factories';
import { createHarness, type Harness } from '../../test/harness';

import { currentTotpCode } from './totp';

let h: Harness;
let org: Awaited<ReturnType<typeof buildOrganisation>>;
let beheerder: TestUser;

beforeAll(async () => {
  h = await createHarness();
  org = await buildOrganisation(h.deps);
  beheerder = await buildUser(h.deps, [{ org, role: 'beheerder' }]);
});
afterAll(() => h.close());

async function passwordStep(client: TestClient, user: TestUser, password = user.password) {
  return client.request('POST', '/api/v1/session', { email: user.email, password });
}

describe('POST /api/v1/session', () => {
  it('asks for the second factor and sets an HttpOnly SameSite cookie', async () => {
    const client = new TestClient(h);
    const response = await passwordStep(client, beheerder);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ mfaRequired: true, enrolmentRequired: false });
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);
  });

  it('does not let a half-signed-in session read /me', async () => {
    const client = new TestClient(h);
    await passwordStep(client, beheerder);
    expect((await client.request('GET', '/api/v1/me')).status).toBe(401);
    const session = await client.request('GET', '/api/v1/session');
    expect((await session.json()) as object).toMatchObject({
      mfaComplete: false,
      enrolmentRequired: false,
    });
  });

  it('answers the same 401 for an unknown address and a wrong password', async () => {
    const unknown = await new TestClient(h).request('POST', '/api/v1/session', {
      email: 'niemand@test.weerbaar.nl',
      password: 'willekeurig-wachtwoord',
    });
    const wrong = await passwordStep(new TestClient(h), beheerder, 'verkeerd-wachtwoord-1');
    expect(unknown.status).toBe(401);
    expect(wrong.status).toBe(401);
    expect(((await unknown.json()) as { detail: string }).detail).toBe(
      ((await wrong.json()) as { detail: string }).detail,
    );
  });

  it('locks the account progressively after five failures, also for the right password', async () => {
    const user = await buildUser(h.deps, [{ org, role: 'analist' }], { totp: false });
    for (let i = 0; i < 4; i++)
      expect((await passwordStep(new TestClient(h), user, 'fout-fout-fout-fout')).status).toBe(401);
    const fifth = await passwordStep(new TestClient(h), user, 'fout-fout-fout-fout');
    expect(fifth.status).toBe(423);
    expect(fifth.headers.get('content-type')).toBe('application/problem+json');
    expect((await passwordStep(new TestClient(h), user)).status).toBe(423);
    h.clock.advance(61_000);
    expect((await passwordStep(new TestClient(h), user)).status).toBe(200);
  });

  it('signs in without a second factor when no role needs one', async () => {
    const analist = await buildUser(h.deps, [{ org, role: 'analist' }], { totp: false });
    const client = new TestClient(h);
    expect(await (await passwordStep(client, analist)).json()).toEqual({
      mfaRequired: false,
      enrolmentRequired: false,
    });
    expect((await client.request('GET', '/api/v1/me')).status).toBe(200);
  });

  it('requires enrolment when a role needs a second factor that is not set up', async () => {
    const user = await buildUser(h.deps, [{ org, role: 'behandelaar' }], { totp: false });
    expect(await (await passwordStep(new TestClient(h), user)).json()).toEqual({
      mfaRequired: true,
      enrolmentRequired: true,
    });
  });

  it('refuses malformed input with a specific problem and never a 500', async () => {
    const client = new TestClient(h);
    const cases: [unknown, number][] = [
      ['{"email":', 400],
      [{ email: 'geen-adres', password: 'x' }, 400],
      [{ email: beheerder.email, password: 'x', extra: 1 }, 400],
      [{ email: 42, password: [] }, 400],
    ];
    for (const [body, status] of cases) {
      const response = await client.request('POST', '/api/v1/session', body);
      expect(response.status).toBe(status);
      const problem = (await response.json()) as { detail: string };
      expect(problem.detail.length).toBeGreaterThan(10);
    }
    const form = await client.request('POST', '/api/v1/session', 'email=a', {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(form.status).toBe(415);
    const huge = await client.request('POST', '/api/v1/session', {
      email: beheerder.email,
      password: 'x'.repeat(100_000),
    });
    expect(huge.status).toBe(413);
  });
});

describe('POST /api/v1/session/mfa', () => {
  it('completes sign-in with the current code and rotates the session cookie', async () => {
    const client = new TestClient(h);
    await passwordStep(client, beheerder);
    const pendingCookie = client.cookie;
    await client.refreshCsrf();
    const response = await client.request('POST', '/api/v1/session/mfa', {
      code: currentTotpCode(beheerder.totpSecret!, h.clock.now()),
    });
    expect(response.status).toBe(204);
    expect(client.cookie).not.toBe(pendingCookie);
    await client.refreshCsrf();
    expect((await client.request('GET', '/api/v1/me')).status).toBe(200);
    h.clock.advance(30_000);
  });

  it('refuses a replayed code and a stale code', async () => {
    const first = new TestClient(h);
    await first.signIn(beheerder);
    h.clock.advance(-30_000);
    const code = currentTotpCode(beheerder.totpSecret!, h.clock.now());
    h.clock.advance(30_000);
    const replay = new TestClient(h);
    await passwordStep(replay, beheerder);
    await replay.refreshCsrf();
    const replayed = await replay.request('POST', '/api/v1/session/mfa', { code });
    expect(replayed.status).toBe(401);
    expect(((await replayed.json()) as { type: string }).type).toMatch(/code-al-gebruikt/);

    const staleCode = currentTotpCode(
      beheerder.totpSecret!,
      new Date(h.clock.now().getTime() - 5 * 60_000),
    );
    const stale = await replay.request('POST', '/api/v1/session/mfa', { code: staleCode });
    expect(stale.status).toBe(401);
  });

  it('accepts a recovery code once', async () => {
    const user = await buildUser(h.deps, [{ org, role: 'melder' }]);
    const client = await signedIn(h, user);
    const codes = (
      (await (await client.request('POST', '/api/v1/me/recovery-codes')).json()) as {
        recoveryCodes: string[];
      }
    ).recoveryCodes;
    expect(codes).toHaveLength(10);
    const other = new TestClient(h);
    await passwordStep(other, user);
    await other.refreshCsrf();
    expect(
      (await other.request('POST', '/api/v1/session/mfa', { code: codes[0]!.toUpperCase() }))
        .status,
    ).toBe(204);
    const again = new TestClient(h);
    await passwordStep(again, user);
    await again.refreshCsrf();
    expect((await again.request('POST', '/api/v1/session/mfa', { code: codes[0] })).status).toBe(
      401,
    );
  });

  it('needs the CSRF token like every state-changing request', async () => {
    const client = new TestClient(h);
    await passwordStep(client, beheerder);
    const response = await client.request('POST', '/api/v1/session/mfa', { code: '123456' });
    expect(response.status).toBe(403);
    expect(((await response.json()) as { type: string }).type).toMatch(/csrf/);
  });
});

describe('session lifetime', () => {
  it('ends a session after 30 minutes without activity', async () => {
    const client = await signedIn(h, beheerder);
    h.clock.advance(29 * 60_000);
    expect((await client.request('GET', '/api/v1/me')).status).toBe(200);
    h.clock.advance(31 * 60_000);
    expect((await client.request('GET', '/api/v1/me')).status).toBe(401);
  });

  it('ends a session 12 hours after sign-in even when active', async () => {
    const client = await signedIn(h, beheerder);
    for (let i = 0; i < 25; i++) {
      h.clock.advance(29 * 60_000);
      const status = (await client.request('GET', '/api/v1/me')).status;
      if (i < 24) expect(status).toBe(200);
      else expect(status).toBe(401);
    }
  });
});
