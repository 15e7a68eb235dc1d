// SPDX-License-Identifier: EUPL-1.2
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

import type { Page } from 'playwright-core';
import { expect } from 'vitest';

import { axeFindings, describeFindings, seriousFindings, type Finding } from './axe';
import { screenshotDir } from './paths';

/**
 * Checks the page as it is now: `lang="nl"`, exactly one h1, and no serious or critical axe
 * violation. Saves a full-page screenshot as e2e/screenshots/<name>.png and returns all axe
 * findings (the minor and moderate ones are for the record).
 */
export async function inspectPage(page: Page, name: string): Promise<Finding[]> {
  expect(await page.locator('html').getAttribute('lang')).toBe('nl');
  expect(await page.locator('h1').count(), 'number of h1 elements').toBe(1);
  const findings = await axeFindings(page);
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true });
  const serious = seriousFindings(findings);
  expect(serious, `axe on ${page.url()}:\n${describeFindings(serious)}`).toEqual([]);
  return findings;
}

/** Waits until no "Bezig met laden…" message is left on the page. */
export async function settled(page: Page): Promise<void> {
  await page.getByText('Bezig met laden…').first().waitFor({ state: 'detached' });
}
