// SPDX-License-Identifier: EUPL-1.2
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type {
  IndicatorValues,
  RegionProfile,
} from '../../../../common/contracts/statistics-values';
import { buildOrganisation, buildUser, signedIn, type TestClient } from '../../../test/factories';
import { smallDataDir } from '../../../test/fixtures/data-dirs';
import { createHarness, type Harness } from '../../../test/harness';
import { pdfText, sheetRows, xlsxParts, type SheetCell } from '../../../test/read-exports';
import { xlsxWorkbook } from '../../platform/xlsx-write';
import { importDataDir } from '../service';

let h: Harness;
let analist: TestClient;
const noteText = 'GEHEIM-NOTITIE-7731 RIEC-casus loopt';
const crimeRate = '/api/v1/indicators/geregistreerde-misdrijven-per-1000-inwoners/values';

beforeAll(async () => {
  h = await createHarness();
  await importDataDir(h.db, smallDataDir, { origin: 'cli', clock: h.clock.now });
  const org = await buildOrganisation(h.deps);
  analist = await signedIn(h, await buildUser(h.deps, [{ org, role: 'analist' }], { totp: false }));
  // A private note exists before any export is made: none of them may contain it.
  const note = await analist.request('POST', '/api/v1/regions/GM0363/notes', { text: noteText });
  expect(note.status).toBe(201);
});
afterAll(() => h.close());

async function get(path: string): Promise<Response> {
  const response = await analist.request('GET', path);
  expect(response.status, response.ok ? '' : await response.clone().text()).toBe(200);
  return response;
}
const bytesOf = async (path: string) => new Uint8Array(await (await get(path)).arrayBuffer());
const json = async <T>(path: string) => (await (await get(path)).json()) as T;
const texts = (row: SheetCell[] | undefined) => (row ?? []).map((c) => c.value);
/** Dutch thousands notation written out independently of the code under test. */
const thousands = (n: number) => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

describe('XLSX exports', () => {
  it('gives the values as numeric cells equal to the JSON, with the CSV columns', async () => {
    const response = await get(`${crimeRate}?format=xlsx`);
    expect(response.headers.get('content-type')).toMatch(/spreadsheetml\.sheet/);
    expect(response.headers.get('content-disposition')).toMatch(/attachment; filename=".+\.xlsx"/);
    const parts = xlsxParts(new Uint8Array(await response.arrayBuffer()));
    expect(parts['xl/workbook.xml']).toMatch(/name="Gegevens".*name="Toelichting"/s);
    const data = await json<IndicatorValues>(crimeRate);
    const csv = (await (await get(`${crimeRate}?format=csv`)).text()).trim().split('\r\n');
    const csvHeader = csv.find((line) => line.startsWith('code,'))!;
    const [header, ...rows] = sheetRows(parts['xl/worksheets/sheet1.xml']!);
    expect(texts(header).join(',')).toBe(csvHeader);
    expect(rows).toHaveLength(data.values.length);
    rows.forEach((row, r) => {
      const expected = data.values[r]!;
      const byColumn = new Map(row.map((c) => [c.ref.replace(/\d+$/, ''), c]));
      expect(byColumn.get('A')?.value).toBe(expected.code);
      expect(byColumn.get('B')?.value).toBe(expected.name);
      const value = byColumn.get('C');
      if (expected.value === null) expect(value).toBeUndefined();
      else expect(value).toMatchObject({ kind: 'number', value: expected.value });
      expect(byColumn.get('G')?.value ?? null).toBe(expected.index);
      expect(byColumn.get('N')?.value ?? null).toBe(expected.peerValue);
      expect(row.some((c) => c.formula)).toBe(false);
    });
    const meta = sheetRows(parts['xl/worksheets/sheet2.xml']!);
    const metaValue = (label: string) => meta.find((r) => r[0]?.value === label)?.[1];
    expect(metaValue('landelijke waarde')).toMatchObject({
      kind: 'number',
      value: data.national.value,
    });
    expect(metaValue('bron')?.value).toBe(data.attribution);
    expect(metaValue('status secret')?.value).toMatch(/^Geheim/);
  });

  it('gives the profile with one row per indicator, equal to the JSON', async () => {
    const profile = await json<RegionProfile>('/api/v1/regions/GM0363/profile');
    const parts = xlsxParts(await bytesOf('/api/v1/regions/GM0363/profile?format=xlsx'));
    const [header, ...rows] = sheetRows(parts['xl/worksheets/sheet1.xml']!);
    expect(texts(header).slice(0, 3)).toEqual(['thema', 'indicator', 'naam']);
    const all = profile.themes.flatMap((t) => t.indicators);
    expect(rows.map((r) => r[1]!.value)).toEqual(all.map((i) => i.id));
    rows.forEach((row, r) => {
      const valueCell = row.find((c) => c.ref.startsWith('F'));
      expect(valueCell?.value ?? null).toBe(all[r]!.value);
      expect(row.find((c) => c.ref.startsWith('H'))?.value ?? null).toBe(all[r]!.national);
    });
    expect(JSON.stringify(parts)).not.toContain('GEHEIM-NOTITIE');
  });

  it('keeps text that looks like a formula as text, escaped', () => {
    const parts = xlsxParts(
      xlsxWorkbook([{ name: 'Gegevens', rows: [['=HYPERLINK("http://x")', '<b>&', 1.5, null]] }]),
    );
    const [[formula, markup, number]] = sheetRows(parts['xl/worksheets/sheet1.xml']!) as [
      SheetCell[],
    ];
    expect(formula).toMatchObject({ kind: 'text', value: '=HYPERLINK("http://x")', style: 1 });
    expect(formula!.formula).toBe(false);
    expect(parts['xl/styles.xml']).toMatch(/quotePrefix="1"/);
    expect(markup).toMatchObject({ kind: 'text', value: '<b>&', style: 0 });
    expect(number).toMatchObject({ kind: 'number', value: 1.5 });
    expect(() => xlsxWorkbook([{ name: 'a/b', rows: [] }])).toThrow();
  });
});

describe('GET /api/v1/regions/{code}/annex.pdf', () => {
  let text: string;
  let flat: string;
  let profile: RegionProfile;

  beforeAll(async () => {
    profile = await json<RegionProfile>('/api/v1/regions/GM0363/profile');
    const response = await get('/api/v1/regions/GM0363/annex.pdf');
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toContain('databijlage-GM0363.pdf');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe('%PDF-');
    expect(Buffer.from(bytes.subarray(-6)).toString()).toContain('%%EOF');
    text = pdfText(bytes);
    flat = text.replace(/\s+/g, ' ');
  });

  it('names the region, the data date and the caveat', () => {
    expect(text).toContain('Databijlage Amsterdam');
    expect(flat).toContain('Stand van de cijfers: berekend op 2 november 2026');
    expect(flat).toContain(profile.notProof);
    expect(flat).toContain('geen bewijs');
  });

  it('lists every indicator by theme with its value and the national value', () => {
    for (const theme of profile.themes) {
      expect(flat.toLowerCase()).toContain(theme.label.toLowerCase());
      for (const indicator of theme.indicators) expect(flat).toContain(indicator.name);
    }
    const all = profile.themes.flatMap((t) => t.indicators);
    const population = all.find((i) => i.id === 'inwoners')!;
    expect(text).toContain(thousands(population.value!));
    expect(text).toContain(thousands(population.national!));
    const crime = all.find((i) => i.id === 'geregistreerde-misdrijven-per-1000-inwoners')!;
    expect(text).toContain(crime.value!.toFixed(2).replace(/0+$/, '').replace('.', ','));
  });

  it('names the peers with their reasons, and each method and source', () => {
    const peers = profile.peerGroup!.peers;
    for (const peer of peers) expect(flat).toContain(`${peer.name} (${peer.code})`);
    expect(flat).toContain(peers[0]!.reasons[0]!.text);
    expect(flat).toMatch(/lijken, op: inwonertal, stedelijkheid/);
    expect(flat).toMatch(/pagina 1 van \d+/);
    expect(flat).toContain('Berekening:');
    expect(flat).toContain('Bron: CBS');
  });

  it('never contains a private note', () => {
    expect(text).not.toContain('GEHEIM-NOTITIE');
  });

  it('needs sign-in unless statistics are public, and names unknown regions', async () => {
    expect((await h.app.request('/api/v1/regions/GM0363/annex.pdf')).status).toBe(401);
    const unknown = await analist.request('GET', '/api/v1/regions/GM9998/annex.pdf');
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { detail: string }).detail).toMatch(/GM9998/);
  });
});

describe('statistics responses and private notes', () => {
  it('leaves notes out of every statistics response', async () => {
    for (const path of [
      '/api/v1/regions/GM0363/profile',
      '/api/v1/regions/GM0363/profile?format=csv',
      `${crimeRate}?format=csv`,
    ])
      expect(await (await get(path)).text()).not.toContain('GEHEIM-NOTITIE');
  });
});
