// SPDX-License-Identifier: EUPL-1.2
import type { Page } from 'playwright-core';

import { currentTotpCode } from '../../server/src/accounts/totp';

const stepMs = 30_000;
const usedSteps = new Map<string, number>();

/**
 * Forgets which TOTP steps were used. Each test file gets its own copy of the database, where
 * no code was used yet, while the worker (and this module) lives on across files.
 */
export function forgetUsedTotpSteps(): void {
  usedSteps.clear();
}

/**
 * A TOTP code for `secret` that the server has not seen yet. The server refuses a second code
 * from the same 30 s step for the same user (replay protection), so when this secret was
 * already used in the current step, this waits for the next one: the only fixed wait we allow.
 */
export async function freshTotpCode(secret: string): Promise<string> {
  const step = Math.floor(Date.now() / stepMs);
  const last = usedSteps.get(secret);
  if (last !== undefined && last >= step) {
    await new Promise((resolve) => setTimeout(resolve, (last + 1) * stepMs - Date.now() + 200));
  }
  const now = new Date();
  usedSteps.set(secret, Math.floor(now.getTime() / stepMs));
  return currentTotpCode(secret, now);
}

/** Headings are matched exactly, so "Inloggen" does not also match "Inloggen via …". */
export function pageHeading(page: Page, name: string | RegExp) {
  return page.getByRole('heading', { level: 1, name, exact: typeof name === 'string' });
}

/** Fills e-mail and password on /inloggen (by label) and submits. */
export async function submitPassword(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/inloggen');
  await page.getByLabel('E-mailadres', { exact: true }).fill(email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
}

/** Fills the code on /inloggen/tweede-stap and confirms. */
export async function submitSecondStep(page: Page, secret: string): Promise<void> {
  await pageHeading(page, 'Tweede stap').waitFor();
  await page.getByLabel('Code', { exact: true }).fill(await freshTotpCode(secret));
  await page.getByRole('button', { name: 'Bevestigen' }).click();
}

/** Signs in through the form with password and TOTP and waits for the home page. */
export async function signIn(
  page: Page,
  account: { email: string; password: string; name: string; totpSecret: string | null },
): Promise<void> {
  if (!account.totpSecret) throw new Error(`${account.email} has no TOTP secret`);
  await submitPassword(page, account.email, account.password);
  await submitSecondStep(page, account.totpSecret);
  await pageHeading(page, `Welkom, ${account.name}`).waitFor();
}
