// SPDX-License-Identifier: EUPL-1.2
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

import type { Database } from '../../platform/db';
import { importStatistics, type ImportOptions, type ImportSummary } from '../import/run-import';

import { kaartFeatures, provinceTopology, toTopology } from './boundaries';
import {
  fetchCrime,
  fetchIncome,
  fetchTimeseries,
  fetchWealth,
  incomeTableId,
  timeseriesSpecs,
} from './cbs-files';
import type { FetchContext } from './context';
import { toCsv, type BuiltFile } from './csv-out';
import { Downloader, FetchError } from './downloader';
import { gemeenteOnly2024, kaart2024Columns, kaartAttribute } from './kaart-attributes';
import {
  bevolkingFile,
  fetchKwb2024,
  gemeenteWijkFile,
  kaartGemeenteFile,
  kwbTableId,
} from './kwb';
import { fetchLayer, requireAttributes, wfsUrl } from './pdok';
import { fetchRegionLists, regionsTableId } from './region-lists';

/** Default addresses of the services (the README of the command names them too). */
export const defaultUrls = {
  cbs: 'https://opendata.cbs.nl/ODataApi/odata',
  politie: 'https://dataderden.cbs.nl/ODataApi/odata',
  pdok: 'https://service.pdok.nl/cbs/wijkenbuurten',
} as const;

/** What `--tables` can select, with the StatLine table each one reads by default. */
export const fetchItems: Readonly<Record<string, string>> = {
  '85984NED': kwbTableId,
  kaart2023: 'PDOK wijkenbuurten 2023',
  kaart2022: 'PDOK wijkenbuurten 2022',
  inkomen: incomeTableId,
  '86160NED': '86160NED',
  '47013NED': '47013NED',
  '83625NED': '83625NED',
  '81955NED': '81955NED',
  '37230NED': '37230NED',
  grenzen: 'PDOK wijkenbuurten 2024',
};

/** What `data fetch` reads from where, and where it keeps the downloads. */
export interface FetchOptions {
  cbsUrl: string;
  politieUrl: string;
  pdokUrl: string;
  cacheDir: string;
  refresh: boolean;
  /** Items to fetch (keys of fetchItems), or null for all; the region list is always fetched. */
  items: readonly string[] | null;
  /** Another table id per item, e.g. { inkomen: '86200NED' } for a newer division. */
  tableIds?: Readonly<Record<string, string>>;
  /** Features per WFS request (default PDOK's maximum, 1,000). */
  wfsPageSize?: number;
  /** Called once per file built (the CLI prints a line on a terminal). */
  onFile?: (path: string, rows: number) => void;
}

/** Parses `--tables 85984NED,inkomen=86200NED`; unknown names are a usage problem (Dutch). */
export function parseTables(value: string): { items: string[]; tableIds: Record<string, string> } {
  const items: string[] = [];
  const tableIds: Record<string, string> = {};
  for (const part of value
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const [name = '', id] = part.split('=');
    if (!(name in fetchItems))
      throw new FetchError(
        `Onbekende tabel "${name}"; kies uit ${Object.keys(fetchItems).join(', ')}.`,
      );
    items.push(name);
    if (id) tableIds[name] = id;
  }
  return { items, tableIds };
}

async function buildFiles(ctx: FetchContext, options: FetchOptions) {
  const wanted = (item: string) => options.items === null || options.items.includes(item);
  const id = (item: string, fallback: string) => options.tableIds?.[item] ?? fallback;
  const files: BuiltFile[] = [];
  const topologies: { path: string; text: string }[] = [];
  const add = (file: BuiltFile) => {
    files.push(file);
    options.onFile?.(file.path, file.rows.length);
  };
  // The region list comes first: the time series and boundaries need the 2024 gemeenten.
  for (const file of await fetchRegionLists(ctx, id('regio', regionsTableId))) add(file);
  if (wanted('85984NED') || wanted('grenzen')) {
    const kwb = await fetchKwb2024(ctx, id('85984NED', kwbTableId));
    const gemeenten = await fetchLayer(ctx, 2024, 'gemeenten');
    const wijken = await fetchLayer(ctx, 2024, 'wijken');
    if (wanted('85984NED')) {
      const attributes = kaart2024Columns.map((c) => kaartAttribute[c] ?? c);
      requireAttributes(
        gemeenten,
        attributes,
        'PDOK wijkenbuurten 2024, laag gemeenten',
        wfsUrl(ctx.pdok, 2024, 'gemeenten', 0),
      );
      const wijkAttributes = kaart2024Columns
        .filter((c) => !gemeenteOnly2024.has(c))
        .map((c) => kaartAttribute[c] ?? c);
      requireAttributes(
        wijken,
        wijkAttributes,
        'PDOK wijkenbuurten 2024, laag wijken',
        wfsUrl(ctx.pdok, 2024, 'wijken', 0),
      );
      add(bevolkingFile(kwb));
      add(gemeenteWijkFile(kwb, gemeenten, wijken));
    }
    if (wanted('grenzen')) {
      const wijkNames = new Map(
        kwb.rows
          .map((row) => String(row.WijkenEnBuurten ?? '').trim())
          .filter((code) => code.startsWith('WK'))
          .map((code) => [code, kwb.names.get(code) ?? code]),
      );
      const gemeenteName = new Map([...ctx.gemeenteCodeByName].map(([name, code]) => [code, name]));
      const gemeente = toTopology(
        'gemeente_2024',
        kaartFeatures(gemeenten, 'gemeentecode', (code) => {
          const province = ctx.provinceOf.get(code);
          return province
            ? {
                statcode: code,
                statnaam: gemeenteName.get(code) ?? code,
                provinciecode: province.code,
                provincienaam: province.name,
              }
            : null;
        }),
      );
      const wijk = toTopology(
        'wijk_2024',
        kaartFeatures(wijken, 'wijkcode', (code) => {
          const name = wijkNames.get(code);
          const gm = `GM${code.slice(2, 6)}`;
          return name
            ? {
                statcode: code,
                statnaam: name,
                gemeentecode: gm,
                gemeentenaam: gemeenteName.get(gm) ?? '',
              }
            : null;
        }),
      );
      topologies.push(
        { path: 'boundaries/gemeente_2024.topojson', text: gemeente },
        {
          path: 'boundaries/provincie_2024.topojson',
          text: provinceTopology(gemeente, 'provincie_2024'),
        },
        { path: 'boundaries/wijk_2024.topojson', text: wijk },
      );
      for (const t of topologies) options.onFile?.(t.path, 0);
    }
  }
  if (wanted('kaart2023')) add(await kaartGemeenteFile(ctx, 2023));
  if (wanted('kaart2022')) add(await kaartGemeenteFile(ctx, 2022));
  if (wanted('inkomen')) add(await fetchIncome(ctx, id('inkomen', incomeTableId)));
  if (wanted('86160NED')) add(await fetchWealth(ctx, id('86160NED', '86160NED')));
  if (wanted('47013NED')) add(await fetchCrime(ctx, id('47013NED', '47013NED')));
  for (const [item, spec] of Object.entries(timeseriesSpecs))
    if (wanted(item)) add(await fetchTimeseries(ctx, spec, id(item, item)));
  return { files, topologies };
}

/** The folder under the cache that holds the converted files (layout of shared/data). */
export const dataDirOf = (cacheDir: string) => join(cacheDir, 'data');

/**
 * Downloads the tables (or reads them from the cache) and writes them into `<cache>/data` in
 * the layout of shared/data. Nothing is written until every download has succeeded.
 */
export async function fetchDataDir(
  options: FetchOptions,
): Promise<{ dir: string; requests: number }> {
  const downloader = new Downloader({ cacheDir: options.cacheDir, refresh: options.refresh });
  const ctx: FetchContext = {
    downloader,
    bases: { cbs: options.cbsUrl, politie: options.politieUrl },
    pdok: options.pdokUrl,
    gemeenteCodeByName: new Map(),
    provinceOf: new Map(),
    ...(options.wfsPageSize ? { wfsPageSize: options.wfsPageSize } : {}),
  };
  const { files, topologies } = await buildFiles(ctx, options);
  const dir = dataDirOf(options.cacheDir);
  rmSync(dir, { recursive: true, force: true });
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  for (const file of files) write(file.path, toCsv(file));
  for (const t of topologies) write(t.path, t.text);
  return { dir, requests: downloader.requests };
}

/** `data fetch`: download and convert, then the file import (all-or-nothing) of that folder. */
export async function fetchStatistics(
  db: Database,
  options: FetchOptions,
  importOptions: ImportOptions,
): Promise<{ summary: ImportSummary; requests: number; dir: string }> {
  const { dir, requests } = await fetchDataDir(options);
  const summary = await importStatistics(db, dir, importOptions);
  return { summary, requests, dir };
}
