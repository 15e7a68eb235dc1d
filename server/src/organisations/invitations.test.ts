// SPDX-License-Identifier: EUPL-1.2
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Me, OrgUser } from '../../../common/contracts/accounts';
import { buildOrganisation, buildUser, signedIn, TestClient } from '../../test/factories';
import { startMailbox, tokenFromLink, type Mailbox } from '../../test/fixtures/mailbox';
import { createHarness, type Harness } from '../../test/harness';
import { currentTotpCode } from '../accounts/totp';
import { createLogger } from '../platform/logger';
import { createMailer } from '../platform/mailer';

import type { OrganisationRecord } from './store';

const password = 'blauwe-reiger-landt-op-het-IJ';

let mailbox: Mailbox;
let harness: Harness;

beforeAll(async () => {
  mailbox = await startMailbox();
  harness = await createHarness(
    {},
    createMailer(mailbox.url, 'weerbaar@test.weerbaar.nl', createLogger('silent')),
  );
});

afterAll(async () => {
  await harness.close();
  await mailbox.close();
});

let counter = 0;
const newAddress = () => `nieuw-${++counter}-${Date.now().toString(36)}@test.weerbaar.nl`;

/** A fresh organisation with one signed-in beheerder. */
async function orgWithBeheerder(type: OrganisationRecord['type'] = 'gemeente') {
  const org = await buildOrganisation(harness.deps, type);
  const beheerder = await buildUser(harness.deps, [{ org, role: 'beheerder' }]);
  return { org, beheerder, client: await signedIn(harness, beheerder) };
}

function invitationToken(email: string): string {
  const mail = mailbox.to(email).at(-1);
  if (!mail) throw new Error(`no mail to ${email}`);
  return tokenFromLink(mail.text, '/uitnodiging');
}

const accept = (token: string, chosen = password) =>
  harness.app.request('/api/v1/invitations/accept', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ token, password: chosen }),
  });

async function countUsers(email: string): Promise<number> {
  const [row] = await harness.db.query<{ n: number }>(
    'select count(*)::int as n from app_user where lower(email) = lower($1)',
    [email],
  );
  return row?.n ?? 0;
}

describe('POST /api/v1/orgs/{code}/users → POST /api/v1/invitations/accept', () => {
  it('invites a new person who then chooses a password, enrols TOTP, gets recovery codes and reaches /me', async () => {
    const { org, client } = await orgWithBeheerder();
    const email = newAddress();

    const created = await client.request('POST', `/api/v1/orgs/${org.code}/users`, {
      email,
      name: 'Fatima el Amrani',
      roles: ['behandelaar'],
    });
    expect(created.status).toBe(201);
    const member = (await created.json()) as OrgUser;
    expect(member).toMatchObject({
      email,
      name: 'Fatima el Amrani',
      roles: ['behandelaar'],
      status: 'uitgenodigd',
      totpEnabled: false,
    });

    const [mail] = mailbox.to(email);
    expect(mail?.subject).toBe(`Uitnodiging voor Weerbaar (${org.name})`);
    expect(mail?.text).toContain('Beste Fatima el Amrani');
    expect((await accept(invitationToken(email))).status).toBe(204);

    const person = new TestClient(harness);
    const first = await person.request('POST', '/api/v1/session', { email, password });
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ mfaRequired: true, enrolmentRequired: true });
    expect((await person.request('GET', '/api/v1/me')).status).toBe(401);

    await person.refreshCsrf();
    const started = await person.request('POST', '/api/v1/me/totp');
    expect(started.status).toBe(200);
    const enrolment = (await started.json()) as {
      secret: string;
      otpauthUrl: string;
      qrSvg: string;
    };
    expect(enrolment.otpauthUrl).toContain(`secret=${enrolment.secret}`);
    expect(enrolment.qrSvg).toContain('<svg');

    const confirmed = await person.request('POST', '/api/v1/me/totp/confirm', {
      code: currentTotpCode(enrolment.secret, harness.clock.now()),
    });
    expect(confirmed.status).toBe(200);
    const { recoveryCodes } = (await confirmed.json()) as { recoveryCodes: string[] };
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);

    await person.refreshCsrf();
    const me = await person.request('GET', '/api/v1/me');
    expect(me.status).toBe(200);
    const body = (await me.json()) as Me;
    expect(body.user).toMatchObject({ id: member.id, email, totpEnabled: true, mfaRequired: true });
    expect(body.memberships).toEqual([
      {
        organisation: { id: org.id, code: org.code, type: 'gemeente', name: org.name },
        role: 'behandelaar',
      },
    ]);

    const list = (await (await client.request('GET', `/api/v1/orgs/${org.code}/users`)).json()) as {
      users: OrgUser[];
    };
    expect(list.users.find((u) => u.id === member.id)).toMatchObject({
      status: 'actief',
      totpEnabled: true,
    });
  });

  it('the invitation link works once (410 on reuse)', async () => {
    const { org, client } = await orgWithBeheerder();
    const email = newAddress();
    await client.request('POST', `/api/v1/orgs/${org.code}/users`, {
      email,
      name: 'Eenmalig',
      roles: ['analist'],
    });
    const token = invitationToken(email);
    expect((await accept(token)).status).toBe(204);
    const again = await accept(token, 'een-tweede-sterk-wachtwoord');
    expect(again.status).toBe(410);
  });

  it('refuses a weak password on acceptance with 400 and keeps the invitation usable', async () => {
    const { org, client } = await orgWithBeheerder();
    const email = newAddress();
    await client.request('POST', `/api/v1/orgs/${org.code}/users`, {
      email,
      name: 'Zwak',
      roles: ['analist'],
    });
    const token = invitationToken(email);
    expect((await accept(token, 'Wachtwoord12345!')).status).toBe(400);
    expect((await accept(token)).status).toBe(204);
  });

  it('an invited person cannot sign in before accepting', async () => {
    const { org, client } = await orgWithBeheerder();
    const email = newAddress();
    await client.request('POST', `/api/v1/orgs/${org.code}/users`, {
      email,
      name: 'Nog niet',
      roles: ['analist'],
    });
    const attempt = await new TestClient(harness).request('POST', '/api/v1/session', {
      email,
      password,
    });
    expect(attempt.status).toBe(401);
  });

  it('records the creation in the organisation audit trail', async () => {
    const { org, beheerder, client } = await orgWithBeheerder();
    const response = await client.request('POST', `/api/v1/orgs/${org.code}/users`, {
      email: newAddress(),
      name: 'Geaudit',
      roles: ['analist'],
    });
    const { id } = (await response.json()) as OrgUser;
    const rows = await harness.db.query<{ actor_user_id: string; organisation_id: string }>(
      "select actor_user_id, organisation_id from audit_event where action = 'user.create' and object_id = $1",
      [id],
    );
    expect(rows).toEqual([{ actor_user_id: beheerder.id, organisation_id: org.id }]);
  });
});

describe('POST /api/v1/orgs/{code}/users/{id}/invitation', () => {
  it('sends a new invitation that replaces the previous link', async () => {
    const { org, client } = await orgWithBeheerder();
    const email = newAddress();
    const { id } = (await (
      await client.request('POST', `/api/v1/orgs/${org.code}/users`, {
        email,
        name: 'Kwijtgeraakt',
        roles: ['melder'],
      })
    ).json()) as OrgUser;
    const oldToken = invitationToken(email);

    const resent = await client.request('POST', `/api/v1/orgs/${org.code}/users/${id}/invitation`);
    expect(resent.status).toBe(204);
    expect(mailbox.to(email)).toHaveLength(2);
    const newToken = invitationToken(email);
    expect(newToken).not.toBe(oldToken);

    expect((await accept(oldToken)).status).toBe(410);
    expect((await accept(newToken)).status).toBe(204);
  });

  it('answers 409 once the invitation was accepted, and sends nothing', async () => {
    const { org, client } = await orgWithBeheerder();
    const email = newAddress();
    const { id } = (await (
      await client.request('POST', `/api/v1/orgs/${org.code}/users`, {
        email,
        name: 'Al binnen',
        roles: ['analist'],
      })
    ).json()) as OrgUser;
    await accept(invitationToken(email));
    const resent = await client.request('POST', `/api/v1/orgs/${org.code}/users/${id}/invitation`);
    expect(resent.status).toBe(409);
    expect(mailbox.to(email)).toHaveLength(1);
  });

  it('answers 404 for a person who is not a member of this organisation', async () => {
    const { org, client } = await orgWithBeheerder();
    const other = await buildOrganisation(harness.deps, 'gemeente');
    const stranger = await buildUser(harness.deps, [{ org: other, role: 'analist' }], {
      totp: false,
    });
    const response = await client.request(
      'POST',
      `/api/v1/orgs/${org.code}/users/${stranger.id}/invitation`,
    );
    expect(response.status).toBe(404);
  });
});

describe('POST /api/v1/orgs/{code}/users', () => {
  it('adds an existing account as a member without creating a second account or sending an invitation', async () => {
    const { org, client } = await orgWithBeheerder();
    const elsewhere = await buildOrganisation(harness.deps, 'gemeente');
    const existing = await buildUser(harness.deps, [{ org: elsewhere, role: 'behandelaar' }]);
    const mailsBefore = mailbox.messages.length;

    const response = await client.request('POST', `/api/v1/orgs/${org.code}/users`, {
      email: existing.email.toUpperCase(),
      name: 'Andere Naam',
      roles: ['analist'],
    });
    expect(response.status).toBe(201);
    const member = (await response.json()) as OrgUser;
    expect(member).toMatchObject({
      id: existing.id,
      email: existing.email,
      roles: ['analist'],
      status: 'actief',
    });
    expect(await countUsers(existing.email)).toBe(1);
    expect(mailbox.messages).toHaveLength(mailsBefore);

    const memberships = await harness.db.query<{ organisation_id: string; role: string }>(
      'select organisation_id, role from membership where user_id = $1 order by role',
      [existing.id],
    );
    expect(memberships).toEqual([
      { organisation_id: org.id, role: 'analist' },
      { organisation_id: elsewhere.id, role: 'behandelaar' },
    ]);
  });

  it('answers 409 when the person is already a member', async () => {
    const { org, client } = await orgWithBeheerder();
    const member = await buildUser(harness.deps, [{ org, role: 'analist' }], { totp: false });
    const response = await client.request('POST', `/api/v1/orgs/${org.code}/users`, {
      email: member.email,
      name: 'Dubbel',
      roles: ['melder'],
    });
    expect(response.status).toBe(409);
  });

  it('refuses a role that does not fit the organisation type with 400 and creates nothing', async () => {
    const { org, client } = await orgWithBeheerder('gemeente');
    const email = newAddress();
    const response = await client.request('POST', `/api/v1/orgs/${org.code}/users`, {
      email,
      name: 'Verkeerde Rol',
      roles: ['riec-analist'],
    });
    expect(response.status).toBe(400);
    const problem = (await response.json()) as { type: string; detail: string };
    expect(problem.type).toContain('rol-past-niet');
    expect(problem.detail).toContain('riec-analist');
    expect(await countUsers(email)).toBe(0);
    expect(mailbox.to(email)).toHaveLength(0);
  });

  it('refuses an unknown role, an invalid e-mail address and an unknown field with 400', async () => {
    const { org, client } = await orgWithBeheerder();
    for (const body of [
      { email: newAddress(), name: 'X', roles: ['koning'] },
      { email: 'geen-adres', name: 'X', roles: ['analist'] },
      { email: newAddress(), name: 'X', roles: ['analist'], isAdmin: true },
      { email: newAddress(), name: '   ', roles: ['analist'] },
      { email: newAddress(), name: 'X', roles: [] },
    ]) {
      const response = await client.request('POST', `/api/v1/orgs/${org.code}/users`, body);
      expect(response.status, JSON.stringify(body)).toBe(400);
    }
  });

  it('stores HTML and SQL in a name verbatim and returns it as JSON text', async () => {
    const { org, client } = await orgWithBeheerder();
    const email = newAddress();
    const name = `<script>alert("x")</script> O'Brien'); drop table app_user; --`;
    const response = await client.request('POST', `/api/v1/orgs/${org.code}/users`, {
      email,
      name,
      roles: ['analist'],
    });
    expect(response.status).toBe(201);
    const [stored] = await harness.db.query<{ name: string }>(
      'select name from app_user where email = $1',
      [email],
    );
    expect(stored?.name).toBe(name);

    const list = await client.request('GET', `/api/v1/orgs/${org.code}/users`);
    expect(list.headers.get('content-type')).toMatch(/^application\/json/);
    expect(list.headers.get('x-content-type-options')).toBe('nosniff');
    const { users } = (await list.json()) as { users: OrgUser[] };
    expect(users.find((u) => u.email === email)?.name).toBe(name);
    expect(mailbox.to(email)[0]?.text).toContain(`Beste ${name},`);
  });

  it('answers 404 for another organisation and audits the attempt', async () => {
    const { client, beheerder } = await orgWithBeheerder();
    const other = await buildOrganisation(harness.deps, 'gemeente');
    const email = newAddress();
    const response = await client.request('POST', `/api/v1/orgs/${other.code}/users`, {
      email,
      name: 'Indringer',
      roles: ['analist'],
    });
    expect(response.status).toBe(404);
    expect(await countUsers(email)).toBe(0);
    const denied = await harness.db.query<{ action: string }>(
      "select action from audit_event where actor_user_id = $1 and organisation_id = $2 and result = 'denied'",
      [beheerder.id, other.id],
    );
    expect(denied.map((d) => d.action)).toEqual(['user.create']);
  });

  it('refuses a request without the CSRF token with 403', async () => {
    const { org, client } = await orgWithBeheerder();
    const response = await client.request(
      'POST',
      `/api/v1/orgs/${org.code}/users`,
      { email: newAddress(), name: 'X', roles: ['analist'] },
      { 'x-csrf-token': 'fout' },
    );
    expect(response.status).toBe(403);
  });
});

describe('PUT /api/v1/orgs/{code}/users/{id}/roles and DELETE /api/v1/orgs/{code}/users/{id}', () => {
  it('the last beheerder cannot demote themself (409)', async () => {
    const { org, beheerder, client } = await orgWithBeheerder();
    const response = await client.request(
      'PUT',
      `/api/v1/orgs/${org.code}/users/${beheerder.id}/roles`,
      { roles: ['analist'] },
    );
    expect(response.status).toBe(409);
    expect(((await response.json()) as { type: string }).type).toContain('laatste-beheerder');
    const roles = await harness.db.query<{ role: string }>(
      'select role from membership where user_id = $1 and organisation_id = $2',
      [beheerder.id, org.id],
    );
    expect(roles).toEqual([{ role: 'beheerder' }]);
  });

  it('the last beheerder cannot remove themself (409)', async () => {
    const { org, beheerder, client } = await orgWithBeheerder();
    const response = await client.request(
      'DELETE',
      `/api/v1/orgs/${org.code}/users/${beheerder.id}`,
    );
    expect(response.status).toBe(409);
  });

  it('a beheerder may step down once there is another beheerder', async () => {
    const { org, beheerder, client } = await orgWithBeheerder();
    await buildUser(harness.deps, [{ org, role: 'beheerder' }]);
    const response = await client.request(
      'PUT',
      `/api/v1/orgs/${org.code}/users/${beheerder.id}/roles`,
      { roles: ['analist', 'beheerder'] },
    );
    expect(response.status).toBe(200);
    const demoted = await client.request(
      'PUT',
      `/api/v1/orgs/${org.code}/users/${beheerder.id}/roles`,
      { roles: ['analist'] },
    );
    expect(demoted.status).toBe(200);
    expect(((await demoted.json()) as OrgUser).roles).toEqual(['analist']);
  });

  it('removes a member from this organisation only; their account remains', async () => {
    const { org, client } = await orgWithBeheerder();
    const elsewhere = await buildOrganisation(harness.deps, 'gemeente');
    const member = await buildUser(
      harness.deps,
      [
        { org, role: 'analist' },
        { org: elsewhere, role: 'melder' },
      ],
      { totp: false },
    );
    expect(
      (await client.request('DELETE', `/api/v1/orgs/${org.code}/users/${member.id}`)).status,
    ).toBe(204);
    const left = await harness.db.query<{ organisation_id: string }>(
      'select organisation_id from membership where user_id = $1',
      [member.id],
    );
    expect(left).toEqual([{ organisation_id: elsewhere.id }]);
  });
});
