// SPDX-License-Identifier: EUPL-1.2
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';

import { hasChromium } from './support/browser';
import { inspectPage } from './support/inspect';
import { pageHeading, signIn } from './support/sign-in';
import { useWeerbaar } from './support/weerbaar';

const description =
  'Na de raadsvergadering stond iemand bij mijn auto te schreeuwen. <b>Ik schrok.</b>';

/** Saves the record form of the current step and waits until the server has taken it. */
async function saveRecord(page: Page, button: string): Promise<void> {
  await page.getByRole('button', { name: button }).click();
  await page.getByText('Vul eerst in:').waitFor({ state: 'detached' });
}

/** Moves the case on and waits for the new step's heading. */
async function moveTo(page: Page, step: string): Promise<void> {
  await page.getByRole('button', { name: `Naar ${step}` }).click();
  await page.getByRole('heading', { level: 2, name: `Stap: ${step}` }).waitFor();
}

describe.skipIf(!hasChromium)('meldpunt: from a raadslid’s report to the outcome', () => {
  const weerbaar = useWeerbaar();
  let melder: Page;
  let caseUrl = '';
  let reference = '';

  beforeAll(async () => {
    melder = await weerbaar.newPage({ width: 390, height: 844 });
    await signIn(melder, weerbaar.account('melder@aalsmeer.demo.weerbaar.nl'));
  });

  it('lets the raadslid report on a phone in a few fields, with 112 guidance always in view', async () => {
    await melder.goto('/meldpunt');
    await pageHeading(melder, 'Meldpunt').waitFor();
    await melder.getByRole('link', { name: 'Nieuwe melding doen' }).click();
    await pageHeading(melder, 'Nieuwe melding').waitFor();
    expect(await melder.getByText('Bel meteen').isVisible()).toBe(true);
    await inspectPage(melder, 'meldpunt-nieuw-mobiel');
    await melder.getByRole('button', { name: 'Melding versturen' }).click();
    await melder
      .getByRole('alert')
      .getByText('Beschrijf kort wat er is gebeurd.')
      .first()
      .waitFor();
    await melder.getByLabel('Wat is er gebeurd?').selectOption({ label: 'Bedreiging' });
    await melder.getByLabel('Omschrijving').fill(description);
    await melder.getByRole('button', { name: 'Melding versturen' }).click();
    await melder.getByText('Uw melding is verstuurd.').waitFor();
    reference = ((await melder.locator('h1').textContent()) ?? '').replace('Melding ', '');
    expect(reference).toMatch(/^M-\d{4}-\d{4}$/);
    caseUrl = new URL(melder.url()).pathname;
    expect(await melder.getByText(description).count()).toBe(1);
    await melder.getByLabel('Bijlage toevoegen').setInputFiles({
      name: 'schermafdruk.png',
      mimeType: 'image/png',
      buffer: Buffer.concat([
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
        Buffer.from('IHDR'),
      ]),
    });
    await melder.getByRole('link', { name: 'schermafdruk.png' }).waitFor();
    await inspectPage(melder, 'meldpunt-melding-melder');
  });

  it('lets the griffier triage, give aftercare, file the aangifte with the town hall as domicile and close', async () => {
    const page = await weerbaar.newPage();
    await signIn(page, weerbaar.account('griffier@aalsmeer.demo.weerbaar.nl'));
    await page.goto('/meldpunt');
    await page.getByRole('table', { name: 'Meldingen die u behandelt, nieuwste eerst' }).waitFor();
    await page.getByRole('link', { name: reference }).click();
    await pageHeading(page, `Melding ${reference}`).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Stap: Geregistreerd' }).waitFor();
    await inspectPage(page, 'meldpunt-melding-griffier');
    await page.getByLabel('Politie nu inschakelen').check();
    await saveRecord(page, 'Triage opslaan');
    await moveTo(page, 'Zorg voor de melder');
    await saveRecord(page, 'Nazorgplan opslaan');
    await moveTo(page, 'Beoordeling');
    await page.getByLabel('Beoordeling van het gedrag').selectOption({ label: 'Strafbaar' });
    await saveRecord(page, 'Beoordeling opslaan');
    await moveTo(page, 'Melding of aangifte bij de politie');
    expect(await page.getByLabel('Woonplaats in de aangifte (domicilie)').inputValue()).toBe(
      'Raadhuisplein 1, 1431 EH Aalsmeer',
    );
    await page.getByLabel('VPT-code gevraagd en gekregen').check();
    await saveRecord(page, 'Aangiftedossier opslaan');
    await inspectPage(page, 'meldpunt-aangifte');
    await page.getByRole('link', { name: 'Voorformulier voor de politie (afdrukken)' }).click();
    await pageHeading(page, `Voorformulier aangifte ${reference}`).waitFor();
    await page.getByText('Raadhuisplein 1, 1431 EH Aalsmeer').waitFor();
    await inspectPage(page, 'meldpunt-voorformulier');
    await page.getByRole('link', { name: 'Terug naar de melding' }).click();
    await page
      .getByRole('heading', { level: 2, name: 'Stap: Melding of aangifte bij de politie' })
      .waitFor();
    await moveTo(page, 'Terugkoppeling');
    await page
      .getByLabel('Uitkomst voor de melder')
      .fill('Aangifte is gedaan. De dader kreeg een gebouwverbod.');
    await saveRecord(page, 'Uitkomst opslaan');
    await page
      .getByLabel('Nieuw bericht')
      .fill('Ik heb de aangifte voor u gedaan. Bel gerust als u vragen heeft.');
    await page.getByRole('button', { name: 'Bericht versturen' }).click();
    await page.getByText('Ik heb de aangifte voor u gedaan.').waitFor();
    await page.getByRole('button', { name: 'Naar Afgesloten' }).click();
    await page.getByText('Afgesloten (nu)').waitFor();
    await page.goto('/meldpunt');
    await page.getByRole('link', { name: /^Cijfers van uw organisatie/ }).click();
    await pageHeading(page, 'Cijfers meldpunt').waitFor();
    await page.getByRole('table', { name: 'Meldingen per soort voorval', exact: true }).waitFor();
    await inspectPage(page, 'meldpunt-cijfers');
  });

  it('shows the raadslid the outcome, the steps taken and the message', async () => {
    await melder.goto(caseUrl);
    await melder.getByRole('heading', { level: 2, name: 'Uitkomst' }).waitFor();
    await melder.getByText('Aangifte is gedaan. De dader kreeg een gebouwverbod.').waitFor();
    await melder.getByText('Ik heb de aangifte voor u gedaan.').waitFor();
    expect(await melder.getByText('Afgesloten (nu)').count()).toBe(1);
    expect(await melder.getByRole('button', { name: /^Naar / }).count()).toBe(0);
    await inspectPage(melder, 'meldpunt-uitkomst-melder');
  });

  it('shows the province only aggregates of its gemeenten, with small numbers suppressed', async () => {
    const page = await weerbaar.newPage();
    await signIn(page, weerbaar.account('adviseur@noord-holland.demo.weerbaar.nl'));
    await page.goto('/meldpunt/cijfers');
    await page.getByRole('table', { name: 'Meldingen per soort voorval', exact: true }).waitFor();
    const main = (await page.getByRole('main').textContent()) ?? '';
    expect(main).toContain('minder dan 5');
    expect(main).not.toContain('schreeuwen');
    expect(main).not.toContain('Demo Raadslid');
  });

  it('keeps the case from the griffier of another gemeente', async () => {
    const page = await weerbaar.newPage();
    await signIn(page, weerbaar.account('griffier@amstelveen.demo.weerbaar.nl'));
    await page.goto(caseUrl);
    await pageHeading(page, 'Niet gevonden of geen toegang').waitFor();
    expect((await page.getByRole('main').textContent()) ?? '').not.toContain('schreeuwen');
    await page.goto('/meldpunt');
    await page.getByRole('table', { name: 'Meldingen die u behandelt, nieuwste eerst' }).waitFor();
    expect(await page.getByRole('link', { name: reference }).count()).toBe(0);
  });
});
