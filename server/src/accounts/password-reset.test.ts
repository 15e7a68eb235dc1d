// SPDX-License-Identifier: EUPL-1.2
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { buildOrganisation, buildUser, signedIn, type TestUser } from '../../test/factories';
import { startMailbox, tokenFromLink, type Mailbox } from '../../test/fixtures/mailbox';
import { createHarness, type Harness } from '../../test/harness';
import type { OrganisationRecord } from '../organisations/store';
import { createLogger } from '../platform/logger';
import { createMailer } from '../platform/mailer';

import { issueToken } from './passwords-service';

const sender = 'weerbaar@test.weerbaar.nl';
const newPassword = 'paars-konijn-fietst-naar-Zwolle';

let mailbox: Mailbox;
let harness: Harness;
let org: OrganisationRecord;

beforeAll(async () => {
  mailbox = await startMailbox();
  harness = await createHarness(
    { MAIL_FROM: sender },
    createMailer(mailbox.url, sender, createLogger('silent')),
  );
  org = await buildOrganisation(harness.deps, 'gemeente');
});

afterAll(async () => {
  await harness.close();
  await mailbox.close();
});

async function post(
  path: string,
  body: unknown,
  contentType = 'application/json',
): Promise<Response> {
  return harness.app.request(path, {
    method: 'POST',
    headers: { 'content-type': contentType },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** Asks for a reset link for the user and returns the token from the mail that arrived. */
async function resetToken(user: TestUser): Promise<string> {
  const before = mailbox.to(user.email).length;
  const response = await post('/api/v1/password-reset', { email: user.email });
  expect(response.status).toBe(202);
  const mails = mailbox.to(user.email);
  expect(mails).toHaveLength(before + 1);
  return tokenFromLink(mails.at(-1)!.text, '/wachtwoord-herstellen');
}

const confirm = (token: string, password: string) =>
  post('/api/v1/password-reset/confirm', { token, password });
const signIn = (email: string, password: string) => post('/api/v1/session', { email, password });

async function problemOf(
  response: Response,
): Promise<{ type: string; detail: string; status: number }> {
  expect(response.headers.get('content-type')).toContain('application/problem+json');
  return (await response.json()) as { type: string; detail: string; status: number };
}

describe('POST /api/v1/password-reset', () => {
  it('mails a one-time link over SMTP to an active user and answers 202', async () => {
    const user = await buildUser(harness.deps, [{ org, role: 'behandelaar' }]);
    await resetToken(user);
    const [mail] = mailbox.to(user.email).slice(-1);
    expect(mail?.from).toBe(sender);
    expect(mail?.subject).toBe('Weerbaar: nieuw wachtwoord instellen');
    expect(mail?.text).toContain('30 minuten geldig');
    expect(mail?.text).toMatch(/^http:\/\/localhost\/wachtwoord-herstellen\?token=[\w-]{43}$/m);
  });

  it('matches the address case-insensitively and ignores surrounding spaces', async () => {
    const user = await buildUser(harness.deps, [{ org, role: 'analist' }], { totp: false });
    const response = await post('/api/v1/password-reset', {
      email: `  ${user.email.toUpperCase()} `,
    });
    expect(response.status).toBe(202);
    expect(mailbox.to(user.email)).toHaveLength(1);
  });

  it('answers an unknown address with the same 202 and an empty body, and sends no mail', async () => {
    const user = await buildUser(harness.deps, [{ org, role: 'analist' }], { totp: false });
    const known = await post('/api/v1/password-reset', { email: user.email });
    const sentBefore = mailbox.messages.length;
    const unknown = await post('/api/v1/password-reset', {
      email: 'niemand-hier@test.weerbaar.nl',
    });
    expect(unknown.status).toBe(known.status);
    expect(await unknown.text()).toBe(await known.text());
    expect(mailbox.messages).toHaveLength(sentBefore);
    expect(mailbox.to('niemand-hier@test.weerbaar.nl')).toHaveLength(0);
  });

  it('refuses an invalid e-mail address with 400 and sends nothing', async () => {
    const sentBefore = mailbox.messages.length;
    const response = await post('/api/v1/password-reset', { email: 'geen-adres' });
    expect(response.status).toBe(400);
    const problem = await problemOf(response);
    expect(problem.detail).toContain('geen geldig e-mailadres');
    expect(mailbox.messages).toHaveLength(sentBefore);
  });

  it('refuses an unknown field with 400', async () => {
    const response = await post('/api/v1/password-reset', {
      email: 'a@test.weerbaar.nl',
      admin: true,
    });
    expect(response.status).toBe(400);
    expect((await problemOf(response)).detail).toContain('onbekend veld "admin"');
  });

  it('refuses a form-encoded body with 415', async () => {
    const response = await post(
      '/api/v1/password-reset',
      'email=a%40test.weerbaar.nl',
      'application/x-www-form-urlencoded',
    );
    expect(response.status).toBe(415);
    expect((await problemOf(response)).type).toContain('inhoudstype');
  });

  it('refuses malformed JSON with 400', async () => {
    const response = await post('/api/v1/password-reset', '{"email": ');
    expect(response.status).toBe(400);
    await problemOf(response);
  });
});

describe('POST /api/v1/password-reset/confirm', () => {
  it('sets the new password: the old one stops working and the new one signs in', async () => {
    const user = await buildUser(harness.deps, [{ org, role: 'behandelaar' }]);
    const token = await resetToken(user);
    expect((await confirm(token, newPassword)).status).toBe(204);
    expect((await signIn(user.email, user.password)).status).toBe(401);
    const fresh = await signIn(user.email, newPassword);
    expect(fresh.status).toBe(200);
    expect(await fresh.json()).toEqual({ mfaRequired: true, enrolmentRequired: false });
  });

  it('signs the user out of every session', async () => {
    const user = await buildUser(harness.deps, [{ org, role: 'behandelaar' }]);
    const laptop = await signedIn(harness, user);
    const phone = await signedIn(harness, user);
    expect((await laptop.request('GET', '/api/v1/me')).status).toBe(200);
    const token = await resetToken(user);
    expect((await confirm(token, newPassword)).status).toBe(204);
    expect((await laptop.request('GET', '/api/v1/me')).status).toBe(401);
    expect((await phone.request('GET', '/api/v1/me')).status).toBe(401);
    const [row] = await harness.db.query<{ open: number }>(
      'select count(*)::int as open from user_session where user_id = $1 and revoked_at is null',
      [user.id],
    );
    expect(row?.open).toBe(0);
  });

  it('records the reset in the audit trail', async () => {
    const user = await buildUser(harness.deps, [{ org, role: 'analist' }], { totp: false });
    expect((await confirm(await resetToken(user), newPassword)).status).toBe(204);
    const actions = await harness.db.query<{ action: string }>(
      'select action from audit_event where object_id = $1 order by seq',
      [user.id],
    );
    expect(actions.map((a) => a.action)).toEqual(
      expect.arrayContaining(['password.reset.request', 'password.reset']),
    );
  });

  it('works once: a second use of the link answers 410 and changes nothing', async () => {
    const user = await buildUser(harness.deps, [{ org, role: 'analist' }], { totp: false });
    const token = await resetToken(user);
    expect((await confirm(token, newPassword)).status).toBe(204);
    const reuse = await confirm(token, 'een-ander-sterk-wachtwoord-77');
    expect(reuse.status).toBe(410);
    expect((await problemOf(reuse)).type).toContain('token-gebruikt');
    expect((await signIn(user.email, newPassword)).status).toBe(200);
  });

  it('answers 410 once the link is older than 30 minutes', async () => {
    const user = await buildUser(harness.deps, [{ org, role: 'analist' }], { totp: false });
    const token = await resetToken(user);
    harness.clock.advance(30 * 60_000 + 1_000);
    const response = await confirm(token, newPassword);
    expect(response.status).toBe(410);
    expect((await problemOf(response)).type).toContain('token-verlopen');
    expect((await signIn(user.email, user.password)).status).toBe(200);
  });

  it('accepts the link just before the 30 minutes are over', async () => {
    const user = await buildUser(harness.deps, [{ org, role: 'analist' }], { totp: false });
    const token = await resetToken(user);
    harness.clock.advance(29 * 60_000);
    expect((await confirm(token, newPassword)).status).toBe(204);
  });

  it('a newer link replaces the older one', async () => {
    const user = await buildUser(harness.deps, [{ org, role: 'analist' }], { totp: false });
    const first = await resetToken(user);
    const second = await resetToken(user);
    expect((await confirm(first, newPassword)).status).toBe(410);
    expect((await confirm(second, newPassword)).status).toBe(204);
  });

  it('refuses a weak or common password with 400 and the link stays usable', async () => {
    const user = await buildUser(harness.deps, [{ org, role: 'analist' }], { totp: false });
    const token = await resetToken(user);
    const localPart = user.email.split('@')[0]!;
    for (const weak of [
      'kort-pw',
      'wachtwoord2024!',
      'password1234',
      'aaaaaaaaaaaaaa',
      `x${localPart}!`,
    ]) {
      const response = await confirm(token, weak);
      expect(response.status, weak).toBe(400);
      const problem = await problemOf(response);
      expect(problem.detail, weak).toMatch(/wachtwoord|tekens/i);
    }
    expect((await signIn(user.email, user.password)).status).toBe(200);
    expect((await confirm(token, newPassword)).status).toBe(204);
  });

  it('refuses an unknown token with 400', async () => {
    const response = await confirm('x'.repeat(43), newPassword);
    expect(response.status).toBe(400);
    expect((await problemOf(response)).type).toContain('ongeldig-token');
  });

  it('does not accept an invitation token as a reset token', async () => {
    const user = await buildUser(harness.deps, [{ org, role: 'analist' }], { totp: false });
    const invitation = await harness.db.transaction((tx) =>
      issueToken(tx, user.id, 'invitation', harness.clock.now()),
    );
    expect((await confirm(invitation, newPassword)).status).toBe(400);
  });

  it('refuses bad input with 400: unknown field, missing field, wrong type, too short a token', async () => {
    for (const body of [
      { token: 'x'.repeat(43), password: newPassword, extra: 1 },
      { token: 'x'.repeat(43) },
      { token: 42, password: newPassword },
      { token: 'kort', password: newPassword },
    ]) {
      const response = await post('/api/v1/password-reset/confirm', body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      await problemOf(response);
    }
  });

  it('refuses a non-JSON content type with 415', async () => {
    const response = await post(
      '/api/v1/password-reset/confirm',
      JSON.stringify({ token: 'x'.repeat(43), password: newPassword }),
      'text/plain',
    );
    expect(response.status).toBe(415);
    expect((await problemOf(response)).detail).toContain('Content-Type: application/json');
  });
});
