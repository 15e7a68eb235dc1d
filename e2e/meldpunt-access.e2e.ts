// SPDX-License-Identifier: EUPL-1.2
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';

import { hasChromium } from './support/browser';
import { inspectPage } from './support/inspect';
import { pageHeading, signIn } from './support/sign-in';
import { useWeerbaar } from './support/weerbaar';

const domain = 'aalsmeer.demo.weerbaar.nl';

describe.skipIf(!hasChromium)(
  'meldpunt: access, drafts, lines, stappenplan and later records',
  () => {
    const weerbaar = useWeerbaar();
    const pages: Record<string, Page> = {};
    let caseUrl = '';
    let reference = '';

    /** A signed-in page per demo person of Aalsmeer, made once. */
    async function as(who: string): Promise<Page> {
      const existing = pages[who];
      if (existing) return existing;
      const page = await weerbaar.newPage();
      await signIn(page, weerbaar.account(`${who}@${domain}`));
      pages[who] = page;
      return page;
    }

    beforeAll(async () => {
      await as('melder');
    });

    it('lets the raadslid save a draft, change it later and then send it', async () => {
      const page = await as('melder');
      await page.goto('/meldpunt/nieuw');
      await pageHeading(page, 'Nieuwe melding').waitFor();
      expect(await page.getByLabel('Bij welke organisatie meldt u dit?').count()).toBe(0);
      await page.getByLabel('Wat is er gebeurd?').selectOption({ label: 'Intimidatie' });
      await page.getByRole('button', { name: 'Bewaren als concept' }).click();
      await page.getByText('Uw melding is bewaard als concept.').waitFor();
      reference = ((await page.locator('h1').textContent()) ?? '').replace('Melding ', '');
      caseUrl = new URL(page.url()).pathname;
      await page.getByRole('link', { name: 'Concept wijzigen of versturen' }).click();
      await pageHeading(page, `Concept ${reference} wijzigen`).waitFor();
      expect(await page.getByLabel('Wat is er gebeurd?').inputValue()).toBe('intimidation');
      await page.getByRole('button', { name: 'Melding versturen' }).click();
      await page
        .getByRole('alert')
        .getByText('Beschrijf kort wat er is gebeurd.')
        .first()
        .waitFor();
      await inspectPage(page, 'meldpunt-concept-wijzigen');
      await page
        .getByLabel('Omschrijving')
        .fill('Bij de uitgang van het raadhuis werd ik nageroepen en gevolgd tot de fiets.');
      await page.getByRole('button', { name: 'Melding versturen' }).click();
      await page.getByText('Uw melding is verstuurd.').waitFor();
      expect(await page.getByRole('link', { name: 'Concept wijzigen of versturen' }).count()).toBe(
        0,
      );
    });

    it('lets the griffier give a colleague access with a reason, and take it back', async () => {
      const griffier = await as('griffier');
      await griffier.goto(caseUrl);
      await griffier.getByRole('heading', { level: 2, name: 'Toegang voor anderen' }).waitFor();
      await griffier.getByRole('button', { name: 'Toegang geven' }).click();
      await griffier.getByRole('alert').getByText('Kies aan wie u toegang geeft.').waitFor();
      await griffier
        .getByLabel('Aan wie?')
        .selectOption({ label: 'Demo Gemeentesecretaris (behandelaar)' });
      await griffier
        .getByLabel('Waarom heeft deze persoon de melding nodig?')
        .fill('De secretaris regelt extra beveiliging bij de uitgang.');
      await griffier.getByRole('button', { name: 'Toegang geven' }).click();
      const table = griffier.getByRole('table', { name: 'Wie toegang heeft gekregen' });
      await table.getByText('De secretaris regelt extra beveiliging bij de uitgang.').waitFor();
      await griffier.getByText('Toegang gegeven (Demo Griffier (behandelaar))').waitFor();
      await inspectPage(griffier, 'meldpunt-toegang-geven');

      const secretaris = await as('secretaris');
      await secretaris.goto(caseUrl);
      await pageHeading(secretaris, `Melding ${reference}`).waitFor();
      expect(await secretaris.getByText('nageroepen en gevolgd').count()).toBe(1);

      await griffier
        .getByRole('button', {
          name: 'Toegang van Demo Gemeentesecretaris (behandelaar) intrekken',
        })
        .click();
      await griffier.getByText('Niemand heeft extra toegang gekregen.').waitFor();
      await secretaris.goto(caseUrl);
      await pageHeading(secretaris, 'Niet gevonden of geen toegang').waitFor();
    });

    it('lets the secretaris use break-glass only with a reason, with a clear warning', async () => {
      const page = await as('secretaris');
      await page.getByRole('link', { name: 'Noodtoegang vragen' }).click();
      await pageHeading(page, 'Noodtoegang tot een melding').waitFor();
      await page.getByText('Alleen in een noodgeval').waitFor();
      await page.getByText('De behandelaar van de melding krijgt een bericht').waitFor();
      await page.getByLabel('Waarom heeft u nu toegang nodig?').fill('Nodig');
      await page.getByRole('button', { name: 'Noodtoegang gebruiken' }).click();
      await page
        .getByRole('alert')
        .getByText('Schrijf waarom u nu toegang nodig heeft, in minstens 20 tekens.')
        .waitFor();
      await inspectPage(page, 'meldpunt-noodtoegang');
      await page
        .getByLabel('Waarom heeft u nu toegang nodig?')
        .fill('De griffier is onbereikbaar en de politie belt over deze melding.');
      await page.getByRole('button', { name: 'Noodtoegang gebruiken' }).click();
      await pageHeading(page, `Melding ${reference}`).waitFor();
      await page.getByText('U gebruikt noodtoegang.').waitFor();

      const burgemeester = await as('burgemeester');
      await burgemeester.goto('/meldpunt');
      await burgemeester
        .getByRole('table', { name: 'Lopende meldingen in uw organisatie' })
        .waitFor();
      expect(
        await burgemeester.getByRole('link', { name: `Noodtoegang tot ${reference}` }).count(),
      ).toBe(1);
    });

    it('lets the griffier record nazorg check-ins and the decision of the OM', async () => {
      const page = await as('griffier');
      await page.goto('/meldpunt');
      const row = page.getByRole('row', { name: /Melding of aangifte bij de politie/ }).first();
      await row.getByRole('link').click();
      await page.getByRole('heading', { level: 3, name: 'Contactmomenten nazorg' }).waitFor();
      await page.getByLabel('Dag 7: contact gehad op (mag leeg)').fill('2026-01-13');
      await page
        .getByLabel('Dag 7: hoe gaat het, wat is afgesproken? (mag leeg)')
        .fill('Slaapt weer beter; volgende keer samen met partner.');
      await page.getByRole('button', { name: 'Contactmomenten nazorg opslaan' }).click();
      // The demo case had its nazorg plan recorded once; the check-ins make the second entry.
      await page.getByText('Nazorgplan vastgelegd').nth(1).waitFor();
      await page.getByRole('button', { name: 'Aangiftedossier opslaan' }).click();
      await page.getByRole('heading', { level: 3, name: 'Beslissing van het OM' }).waitFor();
      await page.getByLabel('Wat heeft het OM besloten?').selectOption('strafbeschikking');
      await page.getByLabel('Uitspraak of afloop (mag leeg)').fill('Taakstraf van 40 uur.');
      await page.getByRole('button', { name: 'Beslissing van het OM opslaan' }).click();
      await page.getByText('Aangiftedossier vastgelegd').nth(1).waitFor();
      await inspectPage(page, 'meldpunt-nazorg-en-om');
      await page.reload();
      await page.getByRole('heading', { level: 3, name: 'Beslissing van het OM' }).waitFor();
      expect(await page.getByLabel('Wat heeft het OM besloten?').inputValue()).toBe(
        'strafbeschikking',
      );
      expect(await page.getByLabel('Dag 7: contact gehad op (mag leeg)').inputValue()).toBe(
        '2026-01-13',
      );
    });

    it('lets the beheerder set the lines and edit the stappenplan, with clear errors', async () => {
      const page = await as('beheerder');
      await page.goto('/beheer');
      await page
        .getByRole('link', { name: 'Meldpunt: wie werkt in de raadslijn en wie in de collegelijn' })
        .click();
      const table = page.getByRole('table', { name: 'Behandelaars en hun lijn' });
      await table.waitFor();
      const lineOf = 'Lijn van Demo Gemeentesecretaris (behandelaar)';
      const lineSelect = page.getByLabel(lineOf, { exact: true });
      expect(await lineSelect.inputValue()).toBe('college');
      await lineSelect.selectOption('both');
      await page.getByRole('button', { name: `${lineOf} opslaan` }).click();
      await page
        .getByText('Demo Gemeentesecretaris (behandelaar) werkt nu in: Beide lijnen.')
        .waitFor();
      await inspectPage(page, 'meldpunt-lijnen');
      await lineSelect.selectOption('college');
      await page.getByRole('button', { name: `${lineOf} opslaan` }).click();
      await page.getByText('werkt nu in: Collegelijn').waitFor();

      await page.goto('/beheer');
      await page.getByRole('link', { name: 'Meldpunt: stappenplan melding en aangifte' }).click();
      await pageHeading(page, /^Stappenplan melding en aangifte/).waitFor();
      const careAmount = page.locator('#stap-care-amount');
      await careAmount.fill('0');
      await page.getByRole('button', { name: 'Stappenplan opslaan' }).click();
      const summary = page.getByRole('alert');
      await summary
        .getByText(
          'Stap "Zorg voor de melder": vul bij de termijn een heel getal in van 1 tot en met 9999.',
        )
        .waitFor();
      await inspectPage(page, 'meldpunt-stappenplan-fout');
      await careAmount.fill('8');
      await page.getByRole('button', { name: 'Stap "Dreigingsinschatting" weglaten' }).click();
      await page.getByRole('button', { name: 'Stappenplan opslaan' }).click();
      await page.getByText('Het stappenplan is opgeslagen.').waitFor();
      await page.reload();
      await pageHeading(page, /^Stappenplan melding en aangifte/).waitFor();
      expect(await page.locator('#stap-care-amount').inputValue()).toBe('8');
      expect(await page.getByRole('heading', { name: /Dreigingsinschatting/ }).count()).toBe(0);
      await inspectPage(page, 'meldpunt-stappenplan');
    });
  },
);
