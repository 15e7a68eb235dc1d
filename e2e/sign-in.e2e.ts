// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';

import { hasChromium } from './support/browser';
import { pageHeading, signIn, submitPassword } from './support/sign-in';
import { useWeerbaar } from './support/weerbaar';

describe.skipIf(!hasChromium)('signing in', () => {
  const weerbaar = useWeerbaar();

  describe('with password and TOTP', () => {
    it('takes the GM0358 beheerder to a home page with their name and the Beheer module, and signs out', async () => {
      const account = weerbaar.account('beheerder@aalsmeer.demo.weerbaar.nl');
      const page = await weerbaar.newPage();

      await signIn(page, account);

      expect(new URL(page.url()).pathname).toBe('/');
      const banner = page.getByRole('banner');
      expect(await banner.textContent()).toContain(`Ingelogd als ${account.name}`);
      const modules = page.getByRole('region', { name: 'Modules' });
      await modules.getByRole('link', { name: 'Beheer', exact: true }).waitFor();
      await banner.getByRole('link', { name: 'Beheer', exact: true }).waitFor();

      await banner.getByRole('button', { name: 'Uitloggen' }).click();
      await pageHeading(page, 'Inloggen').waitFor();
      await page.getByRole('status').filter({ hasText: 'U bent uitgelogd.' }).waitFor();
      expect(await banner.getByRole('button', { name: 'Uitloggen' }).count()).toBe(0);

      // The session is gone on the server too: a signed-in page sends the visitor to sign-in.
      await page.goto('/beheer');
      await pageHeading(page, 'Inloggen').waitFor();
      expect(new URL(page.url()).search).toBe('?terug=%2Fbeheer');
    });
  });

  describe('with a wrong password', () => {
    it('shows an error summary whose links move focus to the empty fields', async () => {
      const page = await weerbaar.newPage();
      await page.goto('/inloggen');

      await page.getByRole('button', { name: 'Inloggen', exact: true }).click();

      const summary = page.getByRole('alert');
      await summary.getByText('Er is iets niet goed gegaan').waitFor();
      await summary.getByRole('link', { name: 'Vul uw wachtwoord in.' }).click();
      const password = page.getByLabel('Wachtwoord', { exact: true });
      expect(await password.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await password.getAttribute('aria-invalid')).toBe('true');
      await summary.getByRole('link', { name: 'Vul uw e-mailadres in.' }).click();
      const email = page.getByLabel('E-mailadres', { exact: true });
      expect(await email.evaluate((el) => el === document.activeElement)).toBe(true);
    });

    it('says the e-mail address or password is wrong, focuses the summary and empties the password', async () => {
      const account = weerbaar.account('analist@aalsmeer.demo.weerbaar.nl');
      const page = await weerbaar.newPage();

      await submitPassword(page, account.email, `${account.password}-fout`);

      const summary = page.getByRole('alert');
      await summary.getByText('Er is iets niet goed gegaan').waitFor();
      expect(await summary.textContent()).toMatch(/klopt niet/);
      expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await page.getByLabel('Wachtwoord', { exact: true }).inputValue()).toBe('');
      await pageHeading(page, 'Inloggen').waitFor();
    });
  });

  describe('an unknown address', () => {
    it('shows the "Pagina niet gevonden" page with a way back', async () => {
      const page = await weerbaar.newPage();

      await page.goto('/bestaat-niet/echt-niet');

      await pageHeading(page, 'Pagina niet gevonden').waitFor();
      await page.getByRole('link', { name: 'Ga naar de startpagina' }).waitFor();
      expect(await page.title()).toBe('Pagina niet gevonden — Weerbaar');
    });
  });

  describe('after single sign-on fails', () => {
    it.each([
      ['oidc', 'Inloggen via uw organisatie is mislukt. Probeer het opnieuw.'],
      [
        'oidc-onbekend',
        'Er is geen Weerbaar-account gekoppeld aan dit organisatie-account. Vraag uw beheerder om toegang.',
      ],
    ])('explains ?fout=%s in Dutch', async (fout, message) => {
      const page = await weerbaar.newPage();

      await page.goto(`/inloggen?fout=${fout}`);

      expect((await page.getByRole('alert').textContent())?.trim()).toBe(message);
    });
  });
});
