// SPDX-License-Identifier: EUPL-1.2
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Me } from '../../../common/contracts/accounts';
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

beforeAll(async () => {
  h = await createHarness();
  org = await buildOrganisation(h.deps);
});
afterAll(() => h.close());

describe('GET /api/v1/me', () => {
  it('returns user, memberships, abilities and modules without secrets', async () => {
    const user = await buildUser(h.deps, [
      { org, role: 'beheerder' },
      { org, role: 'bestuurder' },
    ]);
    const client = await signedIn(h, user);
    const me = (await (await client.request('GET', '/api/v1/me')).json()) as Me;
    expect(me.user).toMatchObject({ email: user.email, totpEnabled: true, mfaRequired: true });
    expect(me.memberships.map((m) => m.role).sort()).toEqual(['beheerder', 'bestuurder']);
    expect(me.abilities).toEqual({
      manageUsers: [org.code],
      viewAudit: [org.code],
      createFirstBeheerder: false,
    });
    expect(me.modules.find((m) => m.id === 'beheer')).toEqual({
      id: 'beheer',
      available: true,
      allowed: true,
    });
    expect(me.modules.find((m) => m.id === 'meldpunt')).toMatchObject({
      available: true,
      allowed: true,
    });
    expect(JSON.stringify(me)).not.toMatch(/argon2|totp_secret|password/i);
  });
});

describe('sessions of my own', () => {
  let user: TestUser;
  beforeAll(async () => {
    user = await buildUser(h.deps, [{ org, role: 'melder' }]);
  });

  it('lists my sessions, marks the current one, and revokes another', async () => {
    const laptop = await signedIn(h, user);
    const phone = await signedIn(h, user);
    const list = (await (await laptop.request('GET', '/api/v1/me/sessions')).json()) as {
      sessions: { id: string; current: boolean; device: string }[];
    };
    expect(list.sessions.length).toBeGreaterThanOrEqual(2);
    expect(list.sessions.filter((s) => s.current)).toHaveLength(1);
    const phoneId = (
      (await (await phone.request('GET', '/api/v1/session')).json()) as { id: string }
    ).id;
    expect((await laptop.request('DELETE', `/api/v1/me/sessions/${phoneId}`)).status).toBe(204);
    expect((await phone.request('GET', '/api/v1/me')).status).toBe(401);
    expect((await laptop.request('GET', '/api/v1/me')).status).toBe(200);
  });

  it("cannot revoke someone else's session (404)", async () => {
    const mine = await signedIn(h, user);
    const stranger = await signedIn(h, await buildUser(h.deps, [{ org, role: 'melder' }]));
    const strangerId = (
      (await (await stranger.request('GET', '/api/v1/session')).json()) as { id: string }
    ).id;
    expect((await mine.request('DELETE', `/api/v1/me/sessions/${strangerId}`)).status).toBe(404);
    expect((await stranger.request('GET', '/api/v1/me')).status).toBe(200);
  });

  it('signs out everywhere', async () => {
    const a = await signedIn(h, user);
    const b = await signedIn(h, user);
    expect((await a.request('DELETE', '/api/v1/me/sessions')).status).toBe(204);
    expect((await a.request('GET', '/api/v1/me')).status).toBe(401);
    expect((await b.request('GET', '/api/v1/me')).status).toBe(401);
  });

  it('signs out this session with DELETE /api/v1/session', async () => {
    const client = await signedIn(h, user);
    expect((await client.request('DELETE', '/api/v1/session')).status).toBe(204);
    expect((await client.request('GET', '/api/v1/session')).status).toBe(401);
  });
});

describe('POST /api/v1/me/password', () => {
  it('changes the password, refusing a wrong current one and common passwords', async () => {
    const user = await buildUser(h.deps, [{ org, role: 'melder' }]);
    const client = await signedIn(h, user);
    const other = await signedIn(h, user);
    expect(
      (
        await client.request('POST', '/api/v1/me/password', {
          currentPassword: 'fout-fout-fout',
          newPassword: 'een-heel-nieuw-wachtwoord',
        })
      ).status,
    ).toBe(400);
    const common = await client.request('POST', '/api/v1/me/password', {
      currentPassword: user.password,
      newPassword: 'password1234',
    });
    expect(common.status).toBe(400);
    expect(((await common.json()) as { detail: string }).detail).toMatch(/veelgebruikte/);
    expect(
      (
        await client.request('POST', '/api/v1/me/password', {
          currentPassword: user.password,
          newPassword: 'kort',
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await client.request('POST', '/api/v1/me/password', {
          currentPassword: user.password,
          newPassword: 'een-heel-nieuw-wachtwoord',
        })
      ).status,
    ).toBe(204);
    expect((await other.request('GET', '/api/v1/me')).status).toBe(401);
    expect((await client.request('GET', '/api/v1/me')).status).toBe(200);
    await expect(
      new TestClient(h).signIn({ ...user, password: 'een-heel-nieuw-wachtwoord' }),
    ).resolves.toBeUndefined();
  });
});

describe('POST /api/v1/me/totp', () => {
  it('enrols a new user during sign-in and completes the session', async () => {
    const user = await buildUser(h.deps, [{ org, role: 'vertrouwenspersoon' }], { totp: false });
    const client = new TestClient(h);
    await client.request('POST', '/api/v1/session', { email: user.email, password: user.password });
    await client.refreshCsrf();
    const enrolment = (await (await client.request('POST', '/api/v1/me/totp')).json()) as {
      secret: string;
      qrSvg: string;
      otpauthUrl: string;
    };
    expect(enrolment.qrSvg).toMatch(/^<svg/);
    expect(enrolment.otpauthUrl).toMatch(/^otpauth:\/\/totp\/Weerbaar:/);
    expect(
      (await client.request('POST', '/api/v1/me/totp/confirm', { code: '000000' })).status,
    ).toBe(400);
    const confirm = await client.request('POST', '/api/v1/me/totp/confirm', {
      code: currentTotpCode(enrolment.secret, h.clock.now()),
    });
    expect(confirm.status).toBe(200);
    expect(((await confirm.json()) as { recoveryCodes: string[] }).recoveryCodes).toHaveLength(10);
    await client.refreshCsrf();
    expect((await client.request('GET', '/api/v1/me')).status).toBe(200);
    h.clock.advance(30_000);
  });

  it('does not let a password-only session replace an existing second factor', async () => {
    const user = await buildUser(h.deps, [{ org, role: 'beheerder' }]);
    const client = new TestClient(h);
    await client.request('POST', '/api/v1/session', { email: user.email, password: user.password });
    await client.refreshCsrf();
    expect((await client.request('POST', '/api/v1/me/totp')).status).toBe(403);
  });
});
