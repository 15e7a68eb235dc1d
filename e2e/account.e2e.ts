// SPDX-License-Identifier: EUPL-1.2
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';

import { hasChromium } from './support/browser';
import { pageHeading, signIn } from './support/sign-in';
import { useWeerbaar, type DemoAccount } from './support/weerbaar';

/** Fills the three password fields of "Wachtwoord wijzigen" and submits. */
async function changePassword(page: Page, current: string, next: string, repeat = next) {
  const section = page.getByRole('region', { name: 'Wachtwoord wijzigen' });
  await section.getByLabel('Huidig wachtwoord', { exact: true }).fill(current);
  await section.getByLabel('Nieuw wachtwoord', { exact: true }).fill(next);
  await section.getByLabel('Herhaal nieuw wachtwoord', { exact: true }).fill(repeat);
  await section.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
  return section;
}

describe.skipIf(!hasChromium)('my account', () => {
  const weerbaar = useWeerbaar();
  let account: DemoAccount;
  let page: Page;

  beforeAll(async () => {
    account = weerbaar.account('analist@aalsmeer.demo.weerbaar.nl');
    page = await weerbaar.newPage();
    await signIn(page, account);
    await page.getByRole('banner').getByRole('link', { name: 'Mijn account' }).click();
    await pageHeading(page, 'Mijn account').waitFor();
  });

  /** Whether the server accepts this password for the first sign-in step (no browser involved). */
  async function passwordAccepted(password: string): Promise<boolean> {
    const response = await fetch(`${weerbaar.server.url}/api/v1/session`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: account.email, password }),
    });
    return response.ok;
  }

  it('lists the current session', async () => {
    const sessions = page.getByRole('table', { name: 'Actieve sessies' });
    const current = sessions.getByRole('row').filter({ hasText: '(deze sessie)' });
    await current.waitFor();
    expect(await current.count()).toBe(1);
    expect(await current.getByRole('cell').first().textContent()).toBe('Wachtwoord');
    // The current session is ended with "Uitloggen", not from this list.
    expect(await current.getByRole('button').count()).toBe(0);
  });

  it('refuses a new password that is repeated differently, before asking the server', async () => {
    const section = await changePassword(
      page,
      account.password,
      'een nieuw lang wachtwoord',
      'een ander lang wachtwoord',
    );

    const summary = section.getByRole('alert');
    await summary.getByRole('link', { name: 'De twee wachtwoorden zijn niet hetzelfde.' }).click();
    const repeat = section.getByLabel('Herhaal nieuw wachtwoord', { exact: true });
    expect(await repeat.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await passwordAccepted(account.password)).toBe(true);
  });

  it('says so when the current password is wrong, and keeps the old password', async () => {
    const section = await changePassword(
      page,
      'dit is niet mijn wachtwoord',
      'een nieuw lang wachtwoord',
    );

    // Wait for the server's answer itself: the summary of the previous test had the same heading.
    const summary = section.getByRole('alert');
    await summary.getByText('Uw huidige wachtwoord klopt niet.').waitFor();
    const current = section.getByLabel('Huidig wachtwoord', { exact: true });
    expect(await current.getAttribute('aria-invalid')).toBe('true');
    await summary.getByRole('link').first().click();
    expect(await current.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await section.getByRole('status').count()).toBe(0);
    expect(await passwordAccepted(account.password)).toBe(true);
  });

  it('changes the password when the current one is right', async () => {
    const next = 'molen kade polder dijk nieuw';

    const section = await changePassword(page, account.password, next);

    await section.getByRole('status').filter({ hasText: 'Uw wachtwoord is gewijzigd.' }).waitFor();
    expect(await section.getByRole('alert').count()).toBe(0);
    expect(await section.getByLabel('Huidig wachtwoord', { exact: true }).inputValue()).toBe('');
    expect(await passwordAccepted(next)).toBe(true);
    expect(await passwordAccepted(account.password)).toBe(false);
  });
});
