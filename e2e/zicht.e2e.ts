// SPDX-License-Identifier: EUPL-1.2
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';

import type { IndicatorValues, RegionProfile } from '../common/contracts/statistics-values';

import { hasChromium } from './support/browser';
import { inspectPage, settled } from './support/inspect';
import { pageHeading, signIn } from './support/sign-in';
import { useWeerbaar, type DemoAccount } from './support/weerbaar';

const withStatistics = hasChromium && inject('e2eStatisticsTemplate') !== null;
const nl = (x: number, digits = 1) =>
  new Intl.NumberFormat('nl-NL', { maximumFractionDigits: digits }).format(x);

// Against the real imported open data (../shared/data); skipped where that folder is absent.
describe.skipIf(!withStatistics)('Zicht in the browser', () => {
  const w = useWeerbaar({ statistics: true });
  let analist: DemoAccount;
  let context: BrowserContext;
  let page: Page;
  const api = async <T>(path: string): Promise<T> => {
    const response = await page.request.get(path);
    expect(response.status(), path).toBe(200);
    return (await response.json()) as T;
  };

  beforeAll(async () => {
    analist = w.accounts.find((a) => a.role === 'analist')!;
    context = await w.newContext();
    page = await context.newPage();
    await signIn(page, analist);
  });

  it('shows the map with a tooltip and a table that give the API’s value', async () => {
    await page.goto('/zicht');
    await pageHeading(page, 'Zicht: kaart').waitFor();
    await page.getByLabel('Indicator').selectOption('geregistreerde-misdrijven-per-1000-inwoners');
    const values = await api<IndicatorValues>(
      '/api/v1/indicators/geregistreerde-misdrijven-per-1000-inwoners/values?level=gemeente',
    );
    const amsterdam = values.values.find((v) => v.code === 'GM0363')!;
    const region = page.getByRole('button', { name: /^Amsterdam: / });
    await region.hover();
    const tooltip = page.locator('.zicht-tooltip');
    await expect
      .poll(() => tooltip.textContent())
      .toContain(`${nl(amsterdam.value!)} per 1.000 inwoners`);
    const row = page.getByRole('row', { name: /^Amsterdam / });
    await expect.poll(() => row.textContent()).toContain(nl(amsterdam.value!));
    expect(await page.locator('.zicht-table tbody tr').count()).toBe(values.values.length);
    await inspectPage(page, 'zicht-kaart');
  });

  it('reaches every region by keyboard and drills from a gemeente into its wijken', async () => {
    await page.goto('/zicht?indicator=inwoners&niveau=gemeente&jaar=2024');
    const first = page.locator('.zicht-map__region[tabindex="0"]');
    await first.focus();
    await page.keyboard.press('End');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    expect(focused).toMatch(/^Zwolle: /);
    await page.getByRole('button', { name: /^Amsterdam: / }).click();
    await page.getByRole('link', { name: 'Wijken van Amsterdam' }).click();
    await page.getByRole('table', { name: /per wijk in Amsterdam/ }).waitFor();
    const wijken = await api<IndicatorValues>(
      '/api/v1/indicators/inwoners/values?level=wijk&parent=GM0363',
    );
    await expect
      .poll(() => page.locator('.zicht-table tbody tr').count())
      .toBe(wijken.values.length);
    expect(await page.locator('.zicht-map__region').count()).toBe(wijken.values.length);
    await inspectPage(page, 'zicht-wijken');
  });

  it('shows a gemeente profile with peers and the same numbers as the API', async () => {
    await page.goto('/zicht/regio/GM0363');
    await pageHeading(page, 'Amsterdam').waitFor();
    await settled(page);
    const profile = await api<RegionProfile>('/api/v1/regions/GM0363/profile');
    const crime = profile.themes
      .flatMap((t) => t.indicators)
      .find((i) => i.id === 'geregistreerde-misdrijven-per-1000-inwoners')!;
    const row = page.getByRole('row', { name: /^Geregistreerde misdrijven per 1\.000 inwoners / });
    await expect.poll(() => row.textContent()).toContain(nl(crime.value!));
    for (const peer of profile.peerGroup!.peers.slice(0, 3))
      await page.getByRole('link', { name: peer.name, exact: true }).first().waitFor();
    await page.getByRole('table', { name: /per wijk in Amsterdam/ }).waitFor();
    // A private note of the analist's organisation: saved, listed, and in no export.
    const note = 'Bekende oorzaak: <b>nieuwbouwwijk</b> in Noord';
    await page.getByLabel('Nieuwe notitie over Amsterdam').fill(note);
    await page.getByRole('button', { name: 'Notitie opslaan' }).click();
    await page.getByRole('list', { name: 'Notities van uw organisatie' }).getByText(note).waitFor();
    const csv = await (await page.request.get('/api/v1/regions/GM0363/profile?format=csv')).text();
    expect(csv).not.toContain('nieuwbouwwijk');
    await inspectPage(page, 'zicht-profiel');
  });

  it('ranks the combined view as the z-scores say', async () => {
    const ids = [
      'geregistreerde-misdrijven-per-1000-inwoners',
      'aandeel-particuliere-huurwoningen',
    ];
    await page.goto(`/zicht/zoekgebieden?indicatoren=${ids[0]}:2,${ids[1]}:1`);
    await page.getByRole('table', { name: /Rangorde/ }).waitFor();
    const data = await Promise.all(
      ids.map((id) => api<IndicatorValues>(`/api/v1/indicators/${id}/values?level=gemeente`)),
    );
    const z = data.map((d) => new Map(d.values.map((v) => [v.code, v.zScore])));
    const expected = data[0]!.values
      .filter((v) => z.every((m) => m.get(v.code) !== null))
      .map((v) => ({ name: v.name, score: (2 * z[0]!.get(v.code)! + z[1]!.get(v.code)!) / 3 }))
      .sort((a, b) => b.score - a.score)
      .slice(0, 5);
    const shown = await page
      .locator('.zicht-table tbody tr th')
      .evaluateAll((cells) => cells.slice(0, 5).map((c) => c.textContent?.trim()));
    expect(shown).toEqual(expected.map((e) => e.name));
    await inspectPage(page, 'zicht-zoekgebieden');
  });

  it('refuses weights that sum to zero', async () => {
    await page.goto('/zicht/zoekgebieden?indicatoren=inwoners:0');
    await page
      .getByRole('alert')
      .getByText(/tellen op tot nul/)
      .waitFor();
  });

  it('exports CSV rows equal to the API', async () => {
    const path = '/api/v1/indicators/aandeel-koopwoningen/values?level=gemeente';
    await page.goto('/zicht?indicator=aandeel-koopwoningen&niveau=gemeente');
    const href = await page.getByRole('link', { name: 'Download CSV' }).getAttribute('href');
    const csv = await (await page.request.get(href!)).text();
    const json = await api<IndicatorValues>(path);
    const lines = csv.trim().split('\r\n');
    const header = lines.find((l) => l.startsWith('code,'))!.split(',');
    const rows = lines.slice(lines.indexOf(lines.find((l) => l.startsWith('code,'))!) + 1);
    expect(rows).toHaveLength(json.values.length);
    for (const line of rows) {
      // RFC 4180: a name with a comma ("Nuenen, Gerwen en Nederwetten") is quoted.
      const cells = [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)]
        .map((m) => m[1]!.replace(/^"|"$/g, '').replace(/""/g, '"'))
        .slice(0, header.length);
      const v = json.values.find((x) => x.code === cells[0])!;
      const cell = cells[header.indexOf('waarde')]!;
      expect(cell === '' ? null : Number(cell), v.code).toBe(v.value);
    }
  });

  it('opens a permalink in a fresh browser with the same view, and corrects a broken one', async () => {
    const link =
      '/zicht?indicator=aandeel-koopwoningen&niveau=gemeente&jaar=2023&binnen=PV27&regio=GM0358';
    const fresh = await w.newPage();
    await signIn(fresh, analist);
    await fresh.goto(link);
    await fresh.getByRole('heading', { name: 'Aalsmeer', level: 2 }).waitFor();
    expect(await fresh.getByLabel('Indicator').inputValue()).toBe('aandeel-koopwoningen');
    expect(await fresh.getByLabel('Jaar').inputValue()).toBe('2023');
    expect(await fresh.getByLabel('Gebied').inputValue()).toBe('PV27');
    await fresh.goto('/zicht?indicator=bestaat-niet&jaar=1800');
    await fresh.getByText('Deze link klopte niet helemaal').waitFor();
    await fresh.getByText(/De indicator "bestaat-niet" bestaat niet/).waitFor();
  });

  it('passes axe on the other Zicht pages', async () => {
    const pages: [string, string, string][] = [
      ['zicht-vergelijk', '/zicht/vergelijk?regio=GM0363,GM0599,GM0358', 'Zicht: vergelijken'],
      ['zicht-indicatoren', '/zicht/indicatoren', 'Zicht: indicatoren'],
      [
        'zicht-methodekaart',
        '/zicht/indicator/aandeel-koopwoningen',
        'Methodekaart: Aandeel koopwoningen',
      ],
      ['zicht-wijkprofiel', '/zicht/regio/WK0363AA', 'Haarlemmerbuurt'],
      ['zicht-bijlage', '/zicht/regio/GM0358/bijlage', 'Databijlage: Aalsmeer'],
      ['zicht-analyses', '/zicht/analyses', 'Zicht: analyses'],
    ];
    for (const [name, path, heading] of pages) {
      await page.goto(path);
      await pageHeading(page, heading).waitFor();
      await settled(page);
      await inspectPage(page, name);
    }
  });
});
