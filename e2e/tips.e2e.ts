// SPDX-License-Identifier: EUPL-1.2
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';

import { hasChromium } from './support/browser';
import { inspectPage } from './support/inspect';
import { pageHeading, signIn } from './support/sign-in';
import { useWeerbaar } from './support/weerbaar';

const description =
  'Bij loods 4 staan ’s nachts busjes met draaiende motor. <script>alert(1)</script>';
const reply = 'Dank u. Weet u ongeveer hoe laat de busjes komen?';

describe.skipIf(!hasChromium)('anonymous tip: sender → handler replies → sender reads it', () => {
  const weerbaar = useWeerbaar();
  let senderContext: BrowserContext;
  let sender: Page;
  let receipt = '';
  let secret = '';
  let reference = '';

  beforeAll(async () => {
    senderContext = await weerbaar.newContext({ width: 390, height: 844 });
    sender = await senderContext.newPage();
  });

  it('lets anyone leave a tip without signing in, with 112 and Meld Misdaad Anoniem in view, and shows the codes once', async () => {
    await sender.goto('/tip/GM0358');
    await pageHeading(sender, /^Anonieme tip voor /).waitFor();
    expect(await sender.getByRole('link', { name: '112' }).isVisible()).toBe(true);
    expect(await sender.getByRole('link', { name: '0800-7000' }).isVisible()).toBe(true);
    await inspectPage(sender, 'tip-formulier-mobiel');
    await sender.getByRole('button', { name: 'Tip versturen' }).click();
    await sender
      .getByRole('alert')
      .getByText('Beschrijf wat u weet of hebt gezien.')
      .first()
      .waitFor();
    await sender
      .getByLabel('Waar gaat uw tip over?')
      .selectOption({ label: 'Ondermijning: bijvoorbeeld drugs, witwassen of een verdacht pand' });
    await sender.getByLabel('Wat is er aan de hand?').fill(description);
    await sender.getByLabel('Waar? (mag leeg)').fill('Bedrijventerrein, loods 4');
    await sender.getByRole('button', { name: 'Tip versturen' }).click();
    await pageHeading(sender, 'Uw tip is verstuurd').waitFor();
    receipt = (await sender.getByTestId('meldcode').textContent()) ?? '';
    secret = (await sender.getByTestId('geheime-code').textContent()) ?? '';
    expect(receipt).toMatch(/^\d{4} \d{4} \d{4} \d{4}$/);
    reference = /T-\d{4}-\d{4}/.exec((await sender.locator('main').textContent()) ?? '')?.[0] ?? '';
    expect(reference).not.toBe('');
    await inspectPage(sender, 'tip-codes-mobiel');
    // No cookie at all: the tip pages never set one and never ask for a session.
    expect(await senderContext.cookies()).toEqual([]);
  });

  it('lets the college-line behandelaar read the tip as text and reply', async () => {
    const page = await weerbaar.newPage();
    await signIn(page, weerbaar.account('secretaris@aalsmeer.demo.weerbaar.nl'));
    await page.goto('/meldpunt');
    await page.getByRole('link', { name: 'Anonieme tips' }).click();
    await page.getByRole('table', { name: 'Anonieme tips, nieuwste eerst' }).waitFor();
    await inspectPage(page, 'tips-lijst');
    await page.getByRole('link', { name: reference }).click();
    await pageHeading(page, `Tip ${reference}`).waitFor();
    expect(await page.getByText(description).count()).toBe(1);
    await page.getByLabel('Antwoord of vraag aan de tipgever').fill(reply);
    await page.getByRole('button', { name: 'Bericht versturen' }).click();
    await page.getByText(reply).waitFor();
    await inspectPage(page, 'tip-behandelaar');
  });

  it('shows the sender the reply with the receipt code, and takes an answer', async () => {
    const page = await (await weerbaar.newContext({ width: 390, height: 844 })).newPage();
    await page.goto('/tip/postvak');
    await pageHeading(page, 'Reactie op uw tip').waitFor();
    await page.getByLabel('Meldcode').fill(receipt);
    await page.getByLabel('Geheime code').fill('fout-fout-fout');
    await page.getByRole('button', { name: 'Reactie bekijken' }).click();
    await page
      .getByRole('alert')
      .getByText('De meldcode of de geheime code klopt niet.')
      .first()
      .waitFor();
    await page.getByLabel('Geheime code').fill(secret);
    await page.getByRole('button', { name: 'Reactie bekijken' }).click();
    await page.getByText(reply).waitFor();
    await page.getByText('Uw tip is ontvangen en wordt bekeken.').waitFor();
    await page
      .getByLabel('Uw antwoord of aanvulling')
      .fill('Meestal tussen twee en vier uur ’s nachts.');
    await page.getByRole('button', { name: 'Antwoord versturen' }).click();
    await page.getByText('Meestal tussen twee en vier uur ’s nachts.').waitFor();
    await inspectPage(page, 'tip-postvak-mobiel');
  });
});
