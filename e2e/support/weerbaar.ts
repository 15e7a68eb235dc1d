// SPDX-License-Identifier: EUPL-1.2
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import type { z } from 'zod';

import { demoAccountListSchema, type demoAccountSchema } from '../../common/contracts/accounts';
import { startMailbox, type Mailbox } from '../../server/test/fixtures/mailbox';

import { launchBrowser } from './browser';
import { startServer, type RunningServer } from './server';
import { forgetUsedTotpSteps } from './sign-in';

/** A demo account with its password and TOTP secret. */
export type DemoAccount = z.infer<typeof demoAccountSchema>;

/** What one test file gets: a server with demo data, its mailbox, and Chromium. */
export interface Weerbaar {
  server: RunningServer;
  mailbox: Mailbox;
  browser: Browser;
  /** The demo accounts as GET /api/v1/demo lists them. */
  accounts: DemoAccount[];
  /** The demo account with this e-mail address. */
  account(email: string): DemoAccount;
  /** A fresh browser context (own cookies) with the server as base URL. */
  newContext(viewport?: { width: number; height: number }): Promise<BrowserContext>;
  /** A page in a fresh context. */
  newPage(viewport?: { width: number; height: number }): Promise<Page>;
}

/**
 * Starts mailbox, server and browser before the tests of the surrounding describe and stops
 * them afterwards. The returned object is filled in by beforeAll; use it inside tests only.
 */
export function useWeerbaar(options: { statistics?: boolean } = {}): Weerbaar {
  const contexts: BrowserContext[] = [];
  const browserErrors: string[] = [];
  const env = {} as Weerbaar;

  beforeAll(async () => {
    forgetUsedTotpSteps();
    env.mailbox = await startMailbox();
    // The server needs a few seconds to migrate and seed; Chromium starts meanwhile. Whatever
    // started is kept, so afterAll stops it even when the other one failed.
    const [server, browser] = await Promise.allSettled([
      startServer({
        smtpUrl: env.mailbox.url,
        template:
          (options.statistics ? inject('e2eStatisticsTemplate') : inject('e2eTemplate')) ??
          undefined,
      }),
      launchBrowser(),
    ]);
    if (server.status === 'fulfilled') env.server = server.value;
    if (browser.status === 'fulfilled') env.browser = browser.value;
    if (server.status === 'rejected') throw server.reason;
    if (browser.status === 'rejected') throw browser.reason;
    const response = await fetch(`${env.server.url}/api/v1/demo`);
    env.accounts = demoAccountListSchema.parse(await response.json()).accounts;
    env.account = (email) => {
      const found = env.accounts.find((a) => a.email === email);
      if (!found) throw new Error(`no demo account ${email}`);
      return found;
    };
    env.newContext = async (viewport = { width: 1280, height: 800 }) => {
      const context = await env.browser.newContext({
        baseURL: env.server.url,
        viewport,
        locale: 'nl-NL',
        timezoneId: 'Europe/Amsterdam',
      });
      // Fail a step well before the test timeout, with Playwright's message about what it awaited.
      context.setDefaultTimeout(15_000);
      context.on('page', (page) => watchForErrors(page, browserErrors));
      contexts.push(context);
      return context;
    };
    env.newPage = async (viewport) => (await env.newContext(viewport)).newPage();
  });

  // Script errors and CSP refusals break pages silently; each test must leave none behind.
  afterEach(() => {
    const found = browserErrors.splice(0);
    expect(found, 'errors in the browser console').toEqual([]);
  });

  // Every step runs even when an earlier one fails, so no server or browser outlives the file.
  afterAll(async () => {
    const steps = [
      ...contexts.map((context) => () => context.close()),
      () => env.browser?.close(),
      () => env.server?.stop(),
      () => env.mailbox?.close(),
    ];
    const failures: unknown[] = [];
    for (const step of steps) await Promise.resolve(step()).catch((e: unknown) => failures.push(e));
    if (failures.length > 0) throw new AggregateError(failures, 'cleaning up the e2e harness');
  });

  return env;
}

/**
 * Collects uncaught page errors and console errors, except the "Failed to load resource" lines
 * Chromium logs for every 4xx answer (the app asks /api/v1/session and gets 401 when signed out).
 */
function watchForErrors(page: Page, errors: string[]): void {
  page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    if (message.text().startsWith('Failed to load resource')) return;
    errors.push(`${page.url()}: ${message.text()}`);
  });
}
