// SPDX-License-Identifier: EUPL-1.2
/**
 * Zicht page benchmark (part of `npm run bench`), in headless Debian Chromium against the real
 * server on the open data of ../shared/data: (1) a gemeente profile (Amsterdam) from a cold cache,
 * timed from navigation start until its themes, wijk map and wijk table are painted with data,
 * with the bytes transferred; (2) client-side navigation from one gemeente profile to another,
 * until the new profile is painted with data. Targets (issue 4): cold profile ≤ 0.6 s (the static
 * Observable Framework site of the same content) and ≤ 1.0 s in any case, ≤ 226 KB transferred,
 * navigation ≤ 150 ms. Prints the figures; writes bench/results/zicht-<timestamp>.json.
 *
 * Settings: BENCH_DATA_DIR (../shared/data), BENCH_RUNS (5).
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

import type { Page } from 'playwright-core';

import { demoAccountListSchema } from '../common/contracts/accounts';
import { hasChromium, launchBrowser } from '../e2e/support/browser';
import { startServer } from '../e2e/support/server';
import { signIn } from '../e2e/support/sign-in';

import { repoRoot } from './harness';

const dataDir = resolve(process.env.BENCH_DATA_DIR || join(repoRoot, '../shared/data'));
const runs = Number(process.env.BENCH_RUNS || 5);
const targets = { coldMs: 600, coldMaxMs: 1000, bytes: 226 * 1024, navigationMs: 150 };
const route = (code: string) => `/zicht/regio/${code}`;

// In-page scripts are strings: tsx wraps functions in a __name helper that does not exist in the page.
const waitScript = `(({ name, start, click }) => new Promise((done) => {
  const t0 = start === 'navigation' ? 0 : performance.now();
  if (click) document.querySelector('a[href="' + click + '"]').click();
  const ready = () =>
    document.querySelector('h1')?.textContent === name &&
    document.querySelectorAll('.zicht-map__region').length > 0 &&
    [...document.querySelectorAll('caption')].some((c) => c.textContent?.includes('per wijk in ' + name)) &&
    document.querySelectorAll('caption').length > 3;
  const check = () => (ready() ? requestAnimationFrame(() => done(performance.now() - t0)) : requestAnimationFrame(check));
  check();
}))`;

/** In the page: resolves with ms since `start` once the profile of `name` is painted with data. */
function paintedWithData(page: Page, name: string, start: 'navigation' | 'now', click?: string) {
  return page.evaluate(
    `${waitScript}(${JSON.stringify({ name, start, click })})`,
  ) as Promise<number>;
}

/** Bytes that crossed the wire for the document and every resource so far. */
function transferred(page: Page): Promise<number> {
  return page.evaluate(
    `[...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]
      .reduce((sum, e) => sum + (e.transferSize || 0), 0)`,
  ) as Promise<number>;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main(): Promise<void> {
  if (!hasChromium || !existsSync(join(dataDir, 'README.md'))) {
    console.log('Zicht-benchmark overgeslagen: geen Chromium (/usr/bin/chromium) of geen datamap.');
    return;
  }
  console.log('Zicht-benchmark: server starten en open data importeren…');
  const server = await startServer({ dataDir });
  const browser = await launchBrowser();
  try {
    const accounts = demoAccountListSchema.parse(
      await (await fetch(`${server.url}/api/v1/demo`)).json(),
    ).accounts;
    const analist = accounts.find((a) => a.role === 'analist')!;
    const login = await browser.newContext({ baseURL: server.url });
    await signIn(await login.newPage(), analist);
    const storageState = await login.storageState();
    await login.close();

    const cold: { ms: number; bytes: number }[] = [];
    for (let i = 0; i < runs; i++) {
      // A new context has an empty HTTP cache: every byte is fetched again.
      const context = await browser.newContext({ baseURL: server.url, storageState });
      const page = await context.newPage();
      await page.goto(route('GM0363'), { waitUntil: 'commit' });
      const ms = await paintedWithData(page, 'Amsterdam', 'navigation');
      await page.waitForLoadState('networkidle');
      cold.push({ ms, bytes: await transferred(page) });
      await context.close();
    }

    const context = await browser.newContext({ baseURL: server.url, storageState });
    const page = await context.newPage();
    await page.goto(route('GM0363'));
    await paintedWithData(page, 'Amsterdam', 'navigation');
    const navigation: { to: string; ms: number }[] = [];
    let current = 'GM0363';
    for (let i = 0; i < runs; i++) {
      const peers = (await (
        await page.request.get(`/api/v1/regions/${current}/profile`)
      ).json()) as {
        peerGroup: { peers: { code: string; name: string }[] } | null;
      };
      const next = peers.peerGroup!.peers.find((p) => !navigation.some((n) => n.to === p.name))!;
      const ms = await paintedWithData(page, next.name, 'now', route(next.code));
      navigation.push({ to: next.name, ms });
      current = next.code;
    }
    await context.close();

    const coldMs = median(cold.map((c) => c.ms));
    const bytes = median(cold.map((c) => c.bytes));
    const navMs = median(navigation.map((n) => n.ms));
    const verdict = (ok: boolean) => (ok ? 'PASS' : 'MISS');
    console.log(
      `Profiel Amsterdam, koude cache: mediaan ${Math.round(coldMs)} ms (runs: ${cold.map((c) => Math.round(c.ms)).join(', ')}) — doel ≤ ${targets.coldMs} ms: ${verdict(coldMs <= targets.coldMs)}, ≤ ${targets.coldMaxMs} ms: ${verdict(coldMs <= targets.coldMaxMs)}`,
    );
    console.log(
      `  overgedragen: ${Math.round(bytes / 1024)} KB — doel ≤ ${targets.bytes / 1024} KB: ${verdict(bytes <= targets.bytes)}`,
    );
    console.log(
      `Naar een andere gemeente: mediaan ${Math.round(navMs)} ms (${navigation.map((n) => `${n.to} ${Math.round(n.ms)}`).join(', ')}) — doel ≤ ${targets.navigationMs} ms: ${verdict(navMs <= targets.navigationMs)}`,
    );
    const dir = join(repoRoot, 'bench/results');
    await mkdir(dir, { recursive: true });
    const file = join(dir, `zicht-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
    await writeFile(file, JSON.stringify({ targets, cold, navigation }, null, 2));
    console.log(`Resultaten: ${file}`);
  } finally {
    await browser.close();
    await server.stop();
  }
}

await main();
