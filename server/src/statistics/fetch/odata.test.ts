// SPDX-License-Identifier: EUPL-1.2
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { kaartFeatures } from './boundaries';
import { fetchMeasures } from './cbs-tables';
import { Downloader } from './downloader';
import { dataProperties } from './fake-odata';
import { regionName, resolveTopics, yearOf } from './metadata';
import { cell, fetchRows } from './odata';

describe('cell(value): an OData value as the files print it', () => {
  it('keeps numbers in plain decimal notation and trims strings', () => {
    expect(cell(498)).toBe('498');
    expect(cell(0.6)).toBe('0.6');
    expect(cell(-99997)).toBe('-99997');
    expect(cell(1e21)).toBe('1000000000000000000000');
    expect(cell(0.00000012)).toBe('0.00000012');
    expect(cell('GM0363    ')).toBe('GM0363');
    expect(cell('     x')).toBe('x');
  });
  it('prints nothing for null and non-finite numbers (no value published)', () => {
    expect(cell(null)).toBe('');
    expect(cell(undefined)).toBe('');
    expect(cell(Number.NaN)).toBe('');
  });
});

describe('labels', () => {
  it('drops the "(gemeente)" and "(RE)" suffixes CBS adds', () => {
    expect(regionName('Groningen (gemeente)')).toBe('Groningen');
    expect(regionName('Oost-Brabant (RE)')).toBe('Oost-Brabant');
    expect(regionName("'s-Gravenhage")).toBe("'s-Gravenhage");
  });
  it('reads years, not months or quarters', () => {
    expect(yearOf('2024JJ00')).toBe(2024);
    expect(yearOf('2024MM12')).toBeNull();
    expect(yearOf('2024KW01')).toBeNull();
  });
});

describe('against a small HTTP server', () => {
  let server: Server;
  let base: string;
  let cacheDir: string;
  const pages: Record<string, unknown> = {};
  beforeAll(async () => {
    server = createServer((req, res) => {
      const body = pages[req.url ?? ''];
      res.writeHead(body === undefined ? 404 : 200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body ?? {}));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/odata`;
    cacheDir = mkdtempSync(join(tmpdir(), 'weerbaar-odata-'));
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    rmSync(cacheDir, { recursive: true, force: true });
  });
  const downloader = () => new Downloader({ cacheDir, refresh: true });

  it('resolves topics by key or by title path; a missing one names the table', async () => {
    pages['/odata/T1/DataProperties'] = {
      value: dataProperties([
        { key: 'Code_3', title: 'Code', group: 'Landsdelen' },
        { key: 'Code_5', title: 'Code', group: 'Provincies' },
        { key: 'Totaal_7', title: 'Totaal' },
      ]),
    };
    const table = { base, id: 'T1' };
    await expect(
      resolveTopics(downloader(), table, { a: 'Provincies/Code', b: 'Totaal_7', c: 'totaal' }),
    ).resolves.toEqual({ a: 'Code_5', b: 'Totaal_7', c: 'Totaal_7' });
    await expect(resolveTopics(downloader(), table, { a: 'Gemeenten/Code' })).rejects.toThrow(
      `tabel T1: onderwerp "Gemeenten/Code" niet gevonden in ${base}/T1/DataProperties.`,
    );
  });

  it('names a table that has none of the years asked for, instead of reading nothing', async () => {
    pages['/odata/T4/Perioden'] = {
      value: [{ Key: '2020JJ00', Title: '2020', Status: 'Definitief' }],
    };
    await expect(
      fetchMeasures(
        downloader(),
        { cbs: base, politie: base },
        {
          service: 'cbs',
          tableId: 'T4',
          years: [2023, 2024],
          topics: {},
        },
      ),
    ).rejects.toThrow(`tabel T4: geen van de jaren 2023, 2024 in ${base}/T4/Perioden.`);
  });

  it('refuses an answer without a value list, and a nextLink that loops', async () => {
    pages['/odata/T2/TypedDataSet'] = { values: [] };
    await expect(fetchRows(downloader(), { base, id: 'T2' }, 'TypedDataSet')).rejects.toThrow(
      /^tabel T2 \(TypedDataSet\): onverwacht antwoord van .+: een object met een lijst "value" verwacht\.$/,
    );
    pages['/odata/T3/TypedDataSet'] = {
      value: [{ a: 1 }],
      'odata.nextLink': `${base}/T3/TypedDataSet`,
    };
    await expect(fetchRows(downloader(), { base, id: 'T3' }, 'TypedDataSet')).rejects.toThrow(
      /verwijst naar zichzelf/,
    );
  });
});

describe('kaartFeatures', () => {
  it('swaps latitude/longitude order to longitude/latitude and keeps only known codes', () => {
    const features = kaartFeatures(
      [
        {
          type: 'Feature',
          properties: { gemeentecode: 'GM0363' },
          geometry: { type: 'Point', coordinates: [52.37, 4.89] },
        },
        { type: 'Feature', properties: { gemeentecode: 'GM0998' }, geometry: null },
        {
          type: 'Feature',
          properties: { gemeentecode: 'GM0999' },
          geometry: { type: 'Point', coordinates: [4.1, 51.9] },
        },
      ],
      'gemeentecode',
      (code) => (code === 'GM0998' ? null : { statcode: code }),
    );
    expect(features.map((f) => [f.id, f.geometry])).toEqual([
      ['GM0363', { type: 'Point', coordinates: [4.89, 52.37] }],
      ['GM0999', { type: 'Point', coordinates: [4.1, 51.9] }],
    ]);
  });
});
