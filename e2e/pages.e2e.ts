// SPDX-License-Identifier: EUPL-1.2
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { acceptInvitation, inviteUser } from './support/api';
import type { Finding } from './support/axe';
import { hasChromium } from './support/browser';
import { inspectPage, settled } from './support/inspect';
import { linkInMail, waitForMail } from './support/mail';
import { screenshotDir } from './support/paths';
import { freshTotpCode, pageHeading, signIn, submitPassword } from './support/sign-in';
import { useWeerbaar } from './support/weerbaar';

type Visitor = 'anonymous' | 'beheerder' | 'ministerie' | 'secondStep' | 'enrolling';

/** A page to check: who looks, where, and what shows that it has loaded. */
interface PageCase {
  name: string;
  visitor: Visitor;
  path: string;
  heading: string;
  /** Extra wait or action after the heading shows (data loaded, a step taken). */
  ready?: (page: Page) => Promise<void>;
}

const table = (name: string | RegExp) => async (page: Page) => {
  await page.getByRole('table', { name }).waitFor();
};

const cases: PageCase[] = [
  {
    name: 'inloggen',
    visitor: 'anonymous',
    path: '/inloggen',
    heading: 'Inloggen',
    ready: table('Demo-accounts om mee in te loggen'),
  },
  {
    name: 'inloggen-fouten',
    visitor: 'anonymous',
    path: '/inloggen',
    heading: 'Inloggen',
    ready: async (page) => {
      await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
      await page.getByRole('alert').getByText('Vul uw e-mailadres in.').waitFor();
    },
  },
  {
    name: 'inloggen-oidc-fout',
    visitor: 'anonymous',
    path: '/inloggen?fout=oidc-onbekend',
    heading: 'Inloggen',
  },
  {
    name: 'wachtwoord-vergeten',
    visitor: 'anonymous',
    path: '/wachtwoord-vergeten',
    heading: 'Wachtwoord vergeten',
  },
  {
    name: 'wachtwoord-herstellen',
    visitor: 'anonymous',
    path: '/wachtwoord-herstellen?token=x',
    heading: 'Nieuw wachtwoord kiezen',
  },
  {
    name: 'uitnodiging',
    visitor: 'anonymous',
    path: '/uitnodiging?token=x',
    heading: 'Account activeren',
  },
  {
    name: 'niet-gevonden',
    visitor: 'anonymous',
    path: '/bestaat-niet',
    heading: 'Pagina niet gevonden',
  },
  {
    name: 'tweede-stap',
    visitor: 'secondStep',
    path: '/inloggen/tweede-stap',
    heading: 'Tweede stap',
  },
  {
    name: 'tweede-factor-instellen',
    visitor: 'enrolling',
    path: '/tweede-factor-instellen',
    heading: 'Tweede factor instellen',
  },
  {
    name: 'tweede-factor-instellen-qr',
    visitor: 'enrolling',
    path: '/tweede-factor-instellen',
    heading: 'Tweede factor instellen',
    ready: async (page) => {
      await page.getByRole('button', { name: 'Begin met instellen' }).click();
      await page.getByRole('img', { name: /QR-code/ }).waitFor();
    },
  },
  {
    name: 'tweede-factor-instellen-herstelcodes',
    visitor: 'enrolling',
    path: '',
    heading: 'Tweede factor instellen',
    ready: async (page) => {
      const secret = (await page.locator('code.weerbaar-secret').textContent()) ?? '';
      await page.getByLabel('Code uit de app').fill(await freshTotpCode(secret.replace(/\s/g, '')));
      await page.getByRole('button', { name: 'Koppelen' }).click();
      await page.getByRole('list', { name: 'Herstelcodes' }).waitFor();
    },
  },
  {
    name: 'start',
    visitor: 'beheerder',
    path: '/',
    heading: 'Welkom, Demo Beheerder Aalsmeer',
  },
  { name: 'account', visitor: 'beheerder', path: '/account', heading: 'Mijn account' },
  {
    name: 'account-nieuwe-app',
    visitor: 'beheerder',
    path: '/account',
    heading: 'Mijn account',
    // Starting does not replace the linked app; that happens only on confirmation.
    ready: async (page) => {
      await page.getByRole('button', { name: 'Nieuwe telefoon of app koppelen' }).click();
      await page.getByRole('button', { name: 'Begin met koppelen' }).click();
      await page.getByRole('img', { name: /QR-code/ }).waitFor();
    },
  },
  { name: 'beheer', visitor: 'beheerder', path: '/beheer', heading: 'Beheer' },
  {
    name: 'gebruikers',
    visitor: 'beheerder',
    path: '/beheer/GM0358/gebruikers',
    heading: 'Gebruikers van Aalsmeer',
    ready: table(/^Gebruikers \(\d+\)$/),
  },
  {
    name: 'gebruikers-rollen-wijzigen',
    visitor: 'beheerder',
    path: '/beheer/GM0358/gebruikers',
    heading: 'Gebruikers van Aalsmeer',
    ready: async (page) => {
      await page.getByRole('button', { name: 'Rollen wijzigen van Demo Analist' }).click();
      await page.getByRole('button', { name: 'Annuleren' }).waitFor();
    },
  },
  {
    name: 'logboek',
    visitor: 'beheerder',
    path: '/beheer/GM0358/audit',
    heading: 'Logboek van Aalsmeer',
    ready: table('Gebeurtenissen, nieuwste eerst'),
  },
  {
    name: 'geen-toegang',
    visitor: 'beheerder',
    path: '/beheer/GM0362/gebruikers',
    heading: 'Niet gevonden of geen toegang',
  },
  { name: 'zicht', visitor: 'beheerder', path: '/zicht', heading: 'Zicht: kaart' },
  { name: 'meldpunt', visitor: 'beheerder', path: '/meldpunt', heading: 'Meldpunt' },
  { name: 'weerbaarheid', visitor: 'beheerder', path: '/weerbaarheid', heading: 'Weerbaarheid' },
  { name: 'regie', visitor: 'beheerder', path: '/regie', heading: 'Regie' },
  {
    name: 'niet-gevonden-ingelogd',
    visitor: 'beheerder',
    path: '/beheer/bestaat-niet/echt',
    heading: 'Pagina niet gevonden',
  },
  {
    name: 'organisaties',
    visitor: 'ministerie',
    path: '/beheer/organisaties',
    heading: 'Organisaties',
    ready: table('Organisaties'),
  },
];

describe.skipIf(!hasChromium)('every page', () => {
  const weerbaar = useWeerbaar();
  const pages = {} as Record<Visitor, Page>;
  const findings: Record<string, Finding[]> = {};

  beforeAll(async () => {
    pages.anonymous = await weerbaar.newPage();
    pages.beheerder = await weerbaar.newPage();
    await signIn(pages.beheerder, weerbaar.account('beheerder@aalsmeer.demo.weerbaar.nl'));
    pages.ministerie = await weerbaar.newPage();
    await signIn(pages.ministerie, weerbaar.account('beheerder@bzk.demo.weerbaar.nl'));
    // Password accepted, second factor still to come.
    pages.secondStep = await weerbaar.newPage();
    const melder = weerbaar.account('melder@aalsmeer.demo.weerbaar.nl');
    await submitPassword(pages.secondStep, melder.email, melder.password);
    await pageHeading(pages.secondStep, 'Tweede stap').waitFor();
    // A new behandelaar (a role that requires a second factor) who has not linked an app yet.
    const newcomer = {
      name: 'Nieuwe Behandelaar',
      email: 'nieuwe.behandelaar@e2e.example.org',
      roles: ['behandelaar'],
    };
    await inviteUser(pages.beheerder.context(), 'GM0358', newcomer);
    const token = new URL(
      linkInMail(await waitForMail(weerbaar.mailbox, newcomer.email), '/uitnodiging'),
    ).searchParams.get('token');
    const password = 'tulpen bloeien in de polder';
    await acceptInvitation(weerbaar.server.url, token ?? '', password);
    pages.enrolling = await weerbaar.newPage();
    await submitPassword(pages.enrolling, newcomer.email, password);
    await pageHeading(pages.enrolling, 'Tweede factor instellen').waitFor();
  });

  afterAll(() => {
    // For the record: every finding, including the minor and moderate ones tests let pass.
    mkdirSync(screenshotDir, { recursive: true });
    writeFileSync(
      join(screenshotDir, 'axe-findings.json'),
      `${JSON.stringify(findings, null, 2)}\n`,
    );
  });

  describe('at 1280×800', () => {
    it.each(cases)(
      '$name ($path): one h1, lang="nl", no serious or critical axe violations',
      async ({ name, visitor, path, heading, ready }) => {
        const page = pages[visitor];
        if (path) await page.goto(path);
        await pageHeading(page, heading).waitFor();
        await ready?.(page);
        await settled(page);
        findings[name] = await inspectPage(page, name);
      },
    );
  });

  describe('on a phone (390×844)', () => {
    it.each<PageCase>([
      {
        name: 'inloggen',
        visitor: 'anonymous',
        path: '/inloggen',
        heading: 'Inloggen',
        ready: table('Demo-accounts om mee in te loggen'),
      },
      {
        name: 'start',
        visitor: 'beheerder',
        path: '/',
        heading: 'Welkom, Demo Beheerder Aalsmeer',
      },
      {
        name: 'gebruikers',
        visitor: 'beheerder',
        path: '/beheer/GM0358/gebruikers',
        heading: 'Gebruikers van Aalsmeer',
        ready: table(/^Gebruikers \(\d+\)$/),
      },
      {
        name: 'logboek',
        visitor: 'beheerder',
        path: '/beheer/GM0358/audit',
        heading: 'Logboek van Aalsmeer',
        ready: table('Gebeurtenissen, nieuwste eerst'),
      },
    ])(
      '$name ($path): no serious or critical axe violations, nothing wider than the screen',
      async ({ name, visitor, path, heading, ready }) => {
        const page = await pages[visitor].context().newPage();
        await page.setViewportSize({ width: 390, height: 844 });
        await page.goto(path);
        await pageHeading(page, heading).waitFor();
        await ready?.(page);
        await settled(page);
        findings[`${name}-mobiel`] = await inspectPage(page, `${name}-mobiel`);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, 'pixels of horizontal page scroll').toBe(0);
        await page.close();
      },
    );
  });
});
