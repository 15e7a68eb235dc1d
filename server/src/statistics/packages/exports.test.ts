// SPDX-License-Identifier: EUPL-1.2
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { PackageView } from '../../../../common/contracts/statistics-packages';
import type { RegionProfile } from '../../../../common/contracts/statistics-values';
import { runPipeline, syntheticMarker } from '../../../../pipeline/run';
import { goldenInput, goldenOutput, goldenRules } from '../../../../pipeline/test/golden';
import {
  buildOrganisation,
  buildPackageRegions,
  buildUser,
  signedIn,
  type TestClient,
} from '../../../test/factories';
import { smallDataDir } from '../../../test/fixtures/data-dirs';
import { createHarness, type Harness } from '../../../test/harness';
import { pdfText, sheetRows, xlsxParts } from '../../../test/read-exports';
import { importDataDir } from '../service';
import { invalidateStatisticsCache } from '../values/response-cache';

import { importPackage } from './import-package';

const root = mkdtempSync(join(tmpdir(), 'weerbaar-package-exports-'));
const syntheticDir = join(root, 'synthetisch');
const marker = 'Synthetische demonstratiedata';
let h: Harness;
let analist: TestClient;

/** Everything a reader can download of one region's profile. */
interface Exports {
  profile: RegionProfile;
  csv: string;
  xlsx: Uint8Array;
  pdf: Uint8Array;
}
/** The open-data profile GM0363 before any package was imported. */
let before: Exports;

async function download(path: string): Promise<Uint8Array> {
  const response = await analist.request('GET', path);
  expect(response.status, path).toBe(200);
  return new Uint8Array(await response.arrayBuffer());
}
async function exportsOf(code: string): Promise<Exports> {
  const base = `/api/v1/regions/${code}`;
  const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('utf8');
  return {
    profile: JSON.parse(text(await download(`${base}/profile`))) as RegionProfile,
    csv: text(await download(`${base}/profile?format=csv`)),
    xlsx: await download(`${base}/profile?format=xlsx`),
    pdf: await download(`${base}/annex.pdf`),
  };
}

beforeAll(async () => {
  const input = join(root, 'input');
  cpSync(goldenInput, input, { recursive: true });
  writeFileSync(join(input, syntheticMarker), '{"synthetic": true}\n');
  await runPipeline({ inDir: input, out: syntheticDir, rules: goldenRules, year: 2024 });
  h = await createHarness();
  await importDataDir(h.db, smallDataDir, { origin: 'cli', clock: h.clock.now });
  await buildPackageRegions(h.db, goldenOutput, 2024);
  // GM9901's peer group is GM9902, so the exports carry a peer-group value too.
  await h.db.exec(`insert into peer_group (year, code, features_period, features_used)
      values (2024, 'GM9901', 2024, 'population');
    insert into peer (year, code, peer_code, rank, distance, summary, reasons)
      values (2024, 'GM9901', 'GM9902', 1, 0.5, 'even groot', '[]')`);
  const org = await buildOrganisation(h.deps);
  analist = await signedIn(h, await buildUser(h.deps, [{ org, role: 'analist' }], { totp: false }));
  before = await exportsOf('GM0363');
}, 120_000);
afterAll(async () => {
  await h?.close();
  rmSync(root, { recursive: true, force: true });
});

/** RFC 4180 lines into cells (quoted cells may hold commas and doubled quotes). */
const csvCells = (line: string) =>
  [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)]
    .filter((m, i, all) => i < all.length - 1 || m[0] !== '')
    .map((m) => m[1]!.replace(/^"|"$/g, '').replace(/""/g, '"'));

/** The package table of a profile CSV: its `#` lines and its rows keyed by header name. */
function csvPackageTable(csv: string) {
  const lines = csv.split('\r\n');
  const start = lines.indexOf('');
  const headerAt = lines.findIndex((l) => l.startsWith('markering,'));
  expect(start).toBeGreaterThan(0);
  const header = csvCells(lines[headerAt]!);
  return {
    meta: lines.slice(start + 1, headerAt),
    rows: lines
      .slice(headerAt + 1)
      .filter((l) => l !== '')
      .map((l) => Object.fromEntries(csvCells(l).map((v, i) => [header[i], v]))),
  };
}

/** The worksheets of an XLSX by tab name; each row keyed by the header row's names. */
function workbookSheets(bytes: Uint8Array) {
  const parts = xlsxParts(bytes);
  const names = [...parts['xl/workbook.xml']!.matchAll(/<sheet name="([^"]+)"/g)].map((m) => m[1]!);
  return Object.fromEntries(
    names.map((name, i) => {
      const [header, ...rows] = sheetRows(parts[`xl/worksheets/sheet${i + 1}.xml`]!);
      const column = new Map((header ?? []).map((c) => [c.ref.replace(/\d+$/, ''), c.value]));
      const keyed = rows.map((row) =>
        Object.fromEntries(row.map((c) => [column.get(c.ref.replace(/\d+$/, '')), c.value])),
      );
      return [name, { header: (header ?? []).map((c) => c.value), rows: keyed }];
    }),
  );
}

/** The package's own values.csv row of one indicator and region: the source of every figure. */
function sourceRow(dir: string, indicator: string, code: string) {
  const [header, ...lines] = readFileSync(join(dir, 'values.csv'), 'utf8').trim().split('\n');
  const names = header!.split(',');
  return lines
    .map((l) => Object.fromEntries(l.split(',').map((v, i) => [names[i], v])))
    .find((r) => r.indicator === indicator && r.region_code === code && r.breakdown === '')!;
}
const sourceValue = (cell: string | undefined) => (cell ? Number(cell) : null);

/** The package's own manifest.json definition of an indicator: the source of every method text. */
function sourceDefinition(dir: string, id: string) {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
    indicators: PackageView['indicators'];
  };
  return manifest.indicators.find((i) => i.id === id)!;
}

/** The part of a flattened annex text after its methods heading. */
function methodsPart(flat: string): string {
  const at = flat.indexOf('Methode en bronnen per indicator');
  expect(at).toBeGreaterThan(0);
  return flat.slice(at, flat.indexOf('Bronnen en voorbehoud', at));
}

/** Checks every export of one region against the profile API and the package's values.csv. */
function expectExportsEqualSource(exports: Exports, dir: string, synthetic: boolean) {
  const [pkg] = exports.profile.packages;
  expect(pkg).toMatchObject({ synthetic, marker: synthetic ? marker : null });
  const code = exports.profile.region.code;
  const csv = csvPackageTable(exports.csv);
  const sheets = workbookSheets(exports.xlsx);
  const sheet = sheets[synthetic ? marker : 'Analyses']!;
  expect(sheet.header).toEqual(
    csvCells(exports.csv.split('\r\n').find((l) => l.startsWith('markering,'))!),
  );
  expect(csv.rows).toHaveLength(pkg!.indicators.length);
  expect(sheet.rows).toHaveLength(pkg!.indicators.length);
  for (const [n, indicator] of pkg!.indicators.entries()) {
    const source = sourceRow(dir, indicator.id, code);
    expect(indicator.status).toBe(source.status);
    expect(indicator.value).toBe(sourceValue(source.value));
    for (const row of [csv.rows[n]!, sheet.rows[n]!]) {
      const number = (v: unknown) => (v === undefined || v === '' ? null : Number(v));
      expect(row.indicator).toBe(indicator.id);
      expect(row.markering ?? '').toBe(synthetic ? marker : '');
      expect(row.status).toBe(indicator.status);
      expect(number(row.waarde)).toBe(indicator.value);
      expect(number(row.landelijk)).toBe(indicator.national);
      expect(number(row.index)).toBe(indicator.index);
      expect(number(row.waarde_vergelijkingsgroep)).toBe(indicator.peerValue);
      expect(number(row.waarde_gemeente)).toBe(indicator.parentValue);
      expect(row.reden ?? '').toBe(source.reason);
      expect(row.telt_mee_in ?? '').toBe(source.carried_by);
      // A suppressed value is never a number, not even 0.
      if (indicator.status === 'suppressed') expect(row.waarde ?? '').toBe('');
    }
  }
  const meta = csv.meta.join('\n');
  expect(meta).toContain(`# pakket ${pkg!.id},${pkg!.name}`);
  expect(meta).toContain(`# pakket ${pkg!.id} periode,2024`);
  expect(meta).toMatch(/openbaarmakingsregels,"minimaal 3 eenheden per cel; .*veelvouden van 5/);
  const toelichting = sheets.Toelichting!.rows.map(
    (r) => `${String(r.onderdeel)}|${String(r.toelichting)}`,
  );
  expect(toelichting).toContain(`pakket ${pkg!.id}|${pkg!.name}`);
  expect(toelichting).toContain(`pakket ${pkg!.id} periode|2024`);
  // Each explanation has its own label: the package legend does not shadow the open data's.
  const labels = sheets.Toelichting!.rows.map((r) => r.onderdeel);
  expect(new Set(labels).size).toBe(labels.length);
}

describe('region profile exports without packages', () => {
  it('have no package section', () => {
    expect(before.profile.packages).toEqual([]);
    expect(before.csv).not.toContain('markering,');
    expect(Object.keys(workbookSheets(before.xlsx))).toEqual(['Gegevens', 'Toelichting']);
    expect(pdfText(before.pdf)).not.toContain('statistiekpakketten');
  });
});

describe('region profile exports with a real package', () => {
  beforeAll(async () => {
    await importPackage(h.db, goldenOutput, { origin: 'cli', clock: h.clock.now });
    // The import runs in this process without the CLI; the cache must see it at once.
    invalidateStatisticsCache(h.db);
  }, 60_000);

  it('carry the gemeente figures exactly as the API and the package, with status and provenance', async () => {
    const exports = await exportsOf('GM9901');
    expectExportsEqualSource(exports, goldenOutput, false);
    const sheets = Object.keys(workbookSheets(exports.xlsx));
    expect(sheets).toEqual(['Gegevens', 'Analyses', 'Toelichting']);
    for (const text of [exports.csv, JSON.stringify(xlsxParts(exports.xlsx)), pdfText(exports.pdf)])
      expect(text.toLowerCase()).not.toContain('synthetisch');
  });

  it('print the figures in the PDF annex with every digit, apart from the open data', async () => {
    const { profile, pdf } = await exportsOf('GM9901');
    const flat = pdfText(pdf).replace(/\s+/g, ' ');
    expect(flat).toContain('Analyses uit statistiekpakketten');
    expect(flat).toContain(`Analyse output (2024)`);
    expect(flat).toContain(`Pakket output (nummer ${profile.packages[0]!.id}), periode 2024`);
    expect(flat).toContain('Openbaarmakingsregels: minimaal 3 eenheden per cel');
    // Independent of the code under test: the package publishes 24.62 and nationally 24.74.
    expect(flat).toContain(
      'Objecten met onbekende of buitenlandse eigenaar (%) 24,62 exact 24,74 25',
    );
  });

  it('explain each package indicator in the methods section of the PDF, from its manifest', async () => {
    const { profile, pdf } = await exportsOf('GM9901');
    const methods = methodsPart(pdfText(pdf).replace(/\s+/g, ' '));
    const pkg = profile.packages[0]!;
    expect(pkg.indicators.length).toBeGreaterThan(0);
    for (const shown of pkg.indicators) {
      const source = sourceDefinition(goldenOutput, shown.id);
      expect(shown).toMatchObject({
        measures: source.measures,
        numerator: source.numerator,
        denominator: source.denominator,
        methodology: source.methodology,
        caveats: source.caveats,
      });
      const entry = methods.slice(methods.indexOf(`${source.name} (pakket output, 2024)`));
      expect(entry).toContain(`Wat het meet: ${source.measures}`);
      expect(entry).toContain(`Teller: ${source.numerator}`);
      expect(entry).toContain(
        `Noemer: ${source.denominator ?? 'geen; het cijfer is een aantal'} Eenheid: ${source.unit}`,
      );
      expect(entry).toContain(`Methode: ${source.methodology.replace(/−/g, '-')}`);
      for (const caveat of source.caveats) expect(entry).toContain(`• ${caveat}`);
      expect(entry).toContain(`• ${source.notProof}`);
      expect(entry).toContain(
        `Bron: statistiekpakket output (nummer ${pkg.id}), periode 2024, gemaakt met pijplijn ${pkg.softwareVersion}. Openbaarmakingsregels: minimaal 3 eenheden per cel`,
      );
    }
  });

  it('show a suppressed buurt as suppressed, with its reason and the wijk that carries it', async () => {
    const exports = await exportsOf('BU99010202');
    expectExportsEqualSource(exports, goldenOutput, false);
    const row = csvPackageTable(exports.csv).rows.find(
      (r) => r.indicator === 'onverklaarbare-woningaankopen',
    )!;
    expect(row).toMatchObject({
      waarde: '',
      status: 'suppressed',
      reden: 'min-count',
      telt_mee_in: 'WK990102',
      waarde_gemeente: '80',
    });
    const flat = pdfText(exports.pdf).replace(/\s+/g, ' ');
    expect(flat).toMatch(
      /Onverklaarbare woningaankopen \(%\) onderdrukt Onderdrukt: minder dan 3 eenheden\. Het telt mee in het cijfer van Gebied WK990102\. – 80 – /,
    );
  });

  it('leave a region without package figures exactly as before', async () => {
    const after = await exportsOf('GM0363');
    expect(after.profile.packages).toEqual([]);
    expect(after.csv).toBe(before.csv);
    expect(Buffer.from(after.xlsx).equals(Buffer.from(before.xlsx))).toBe(true);
    expect(Buffer.from(after.pdf).equals(Buffer.from(before.pdf))).toBe(true);
  });
});

describe('region profile exports with a synthetic package', () => {
  beforeAll(async () => {
    await importPackage(h.db, syntheticDir, {
      origin: 'cli',
      clock: h.clock.now,
      replaceAll: true,
    });
    invalidateStatisticsCache(h.db);
  }, 60_000);

  it('mark every synthetic figure in CSV and XLSX, with the same numbers as the API', async () => {
    for (const code of ['GM9901', 'BU99010202']) {
      const exports = await exportsOf(code);
      expectExportsEqualSource(exports, syntheticDir, true);
      expect(csvPackageTable(exports.csv).meta[0]).toMatch(
        /^# analyses,"Synthetische demonstratiedata:/,
      );
      expect(Object.keys(workbookSheets(exports.xlsx))).toEqual([
        'Gegevens',
        marker,
        'Toelichting',
      ]);
    }
  });

  it('label the synthetic table in the PDF and every page of it', async () => {
    const text = pdfText((await exportsOf('GM9901')).pdf);
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain(`${marker}: analyse synthetisch (2024)`);
    expect(flat).toContain(`${marker}. Deze cijfers komen uit een synthetisch pakket`);
    const footers = text.split('\n').filter((l) => / · pagina \d+ van \d+/.test(l));
    expect(footers.length).toBeGreaterThan(0);
    for (const footer of footers) expect(footer).toContain('bevat synthetische demonstratiedata');
  });

  it('mark every package indicator of the PDF methods section as synthetic', async () => {
    for (const code of ['GM9901', 'BU99010202']) {
      const { profile, pdf } = await exportsOf(code);
      const methods = methodsPart(pdfText(pdf).replace(/\s+/g, ' '));
      const { indicators } = profile.packages[0]!;
      for (const shown of indicators) {
        const source = sourceDefinition(syntheticDir, shown.id);
        const title = `${marker}: ${source.name} (pakket synthetisch, 2024)`;
        expect(methods).toContain(`${title} Wat het meet: ${source.measures} Teller:`);
      }
      // No package entry without the marker: each "Teller:" belongs to a marked heading.
      expect(methods.split(`${marker}: `)).toHaveLength(indicators.length + 1);
      expect(methods.split('Teller: ')).toHaveLength(indicators.length + 1);
    }
  });
});
