// SPDX-License-Identifier: EUPL-1.2
import { readFile } from 'node:fs/promises';

import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';

import { hasChromium } from './support/browser';
import { pageHeading, signIn } from './support/sign-in';
import { useWeerbaar } from './support/weerbaar';

/** Filters the audit log on the page to refused attempts and returns the rows' cell texts. */
async function deniedRows(page: Page): Promise<string[][]> {
  await page.getByLabel('Resultaat').selectOption({ label: 'Geweigerd' });
  await page.getByRole('button', { name: 'Filteren' }).click();
  await page.waitForURL(/result=denied/);
  const table = page.getByRole('table', { name: 'Gebeurtenissen, nieuwste eerst' });
  // Until the filtered page has loaded, the unfiltered table (with successes) may still show.
  await table
    .getByRole('cell', { name: 'Gelukt', exact: true })
    .first()
    .waitFor({ state: 'detached' });
  await table.waitFor();
  const rows = table.getByRole('row').filter({ has: page.getByRole('cell') });
  const texts: string[][] = [];
  for (const row of await rows.all()) {
    texts.push(await row.locator('th, td').allTextContents());
  }
  return texts;
}

describe.skipIf(!hasChromium)('reaching into another organisation', () => {
  const weerbaar = useWeerbaar();
  // One sign-in for the file: a second one within 30 s would reuse the TOTP step and wait.
  let aalsmeer: Page;
  beforeAll(async () => {
    aalsmeer = await weerbaar.newPage();
    await signIn(aalsmeer, weerbaar.account('beheerder@aalsmeer.demo.weerbaar.nl'));
  });

  it('shows the GM0358 beheerder "niet gevonden of geen toegang" for the users and audit log of GM0362, without their data', async () => {
    const page = aalsmeer;

    for (const path of ['/beheer/GM0362/gebruikers', '/beheer/GM0362/audit']) {
      await page.goto(path);
      await pageHeading(page, 'Niet gevonden of geen toegang').waitFor();
      const main = (await page.getByRole('main').textContent()) ?? '';
      expect(main).not.toMatch(/amstelveen|Amstelveen/);
      expect(await page.getByRole('table').count()).toBe(0);
    }
  });

  it('records the refused attempts in the audit log of GM0362, where its beheerder sees them', async () => {
    const page = await weerbaar.newPage();
    await signIn(page, weerbaar.account('beheerder@amstelveen.demo.weerbaar.nl'));
    await page.goto('/beheer/GM0362/audit');
    await pageHeading(page, 'Logboek van Amstelveen').waitFor();

    const rows = await deniedRows(page);

    const byAalsmeer = rows.filter((cells) => cells[1] === 'Demo Beheerder Aalsmeer');
    expect(byAalsmeer.map((cells) => [cells[2], cells[3], cells[4]])).toEqual([
      ['Logboek bekijken (audit.view)', 'organisation GM0362', 'Geweigerd'],
      ['Gebruikers bekijken (user.list)', 'organisation GM0362', 'Geweigerd'],
    ]);
  });

  it('lets the GM0358 beheerder download their audit log as CSV', async () => {
    const page = aalsmeer;
    await page.goto('/beheer/GM0358/audit');
    await pageHeading(page, 'Logboek van Aalsmeer').waitFor();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download als CSV-bestand (met deze filters)' }).click(),
    ]);

    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const csv = await readFile(await download.path(), 'utf8');
    const [header, ...lines] = csv.trim().split(/\r?\n/);
    expect(header).toBe(
      'volgnummer,tijdstip,gebruiker_id,gebruiker,actie,objecttype,object_id,resultaat,herkomst',
    );
    expect(lines.some((line) => line.includes(',Demo Beheerder Aalsmeer,session.create,'))).toBe(
      true,
    );
  });
});
