// SPDX-License-Identifier: EUPL-1.2
/**
 * Test support: a local HTTP server (127.0.0.1, random port) answering like the CBS OData v3
 * services (paged with `odata.nextLink`) and the PDOK WFS, from a folder like data-small.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

import type { Feature as GeoFeature, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

import { readRows, type FakeTable, type Row } from './fake-odata';
import { fakeTables } from './fake-tables';
import { kaartAttribute } from './kaart-attributes';

type Feature = GeoFeature<Geometry | null>;

/** What a test can make the server do wrong for paths containing a given text (`*` = any). */
export type Fault = 'http500' | 'malformed' | { dropColumn: string };

/** The running server: base URLs for the fetch, a request counter and faults to inject. */
export interface FakeServer {
  cbsUrl: string;
  politieUrl: string;
  pdokUrl: string;
  /** Requests answered so far. */
  requests: number;
  faults: Map<string, Fault>;
  close(): Promise<void>;
}

/** A file value as the kaart serves it: numbers, sentinels for `x` and `.`, null for empty. */
const kaartValue = (value: string | undefined): number | string | null =>
  value === undefined || value === ''
    ? null
    : value === 'x'
      ? -99997
      : value === '.'
        ? -99995
        : /^-?\d+(\.\d+)?$/.test(value)
          ? Number(value)
          : value;

const square = (x: number, y: number): Geometry => ({
  type: 'Polygon',
  coordinates: [
    [
      [x, y],
      [x + 0.01, y],
      [x + 0.01, y + 0.01],
      [x, y + 0.01],
      [x, y],
    ],
  ],
});

function kaartProperties(row: Record<string, string>): Record<string, unknown> {
  const props: Record<string, unknown> = { water: 'NEE' };
  for (const [column, attribute] of Object.entries(kaartAttribute))
    if (column in row) props[attribute] = kaartValue(row[column]);
  return props;
}

/** The kaart layers per `<year>/<layer>`, with an extra feature the fetch must leave out. */
function fakeLayers(dir: string): Record<string, Feature[]> {
  const topology = JSON.parse(
    readFileSync(join(dir, 'boundaries/gemeente_2024.topojson'), 'utf8'),
  ) as Topology;
  const shapes = feature(topology, topology.objects.gemeente_2024 as GeometryCollection);
  const shapeOf = (code: string) =>
    shapes.features.find((f) => f.id === code)?.geometry ?? square(5, 52);
  const kwb = readRows(dir, 'kwb/kwb_2024_gemeente_wijk.csv');
  const buitenland: Feature = {
    type: 'Feature',
    properties: { gemeentecode: 'GM0998', gemeentenaam: 'Buitenland', water: 'NEE' },
    geometry: square(4.9, 51.4),
  };
  const gemeenteLayer = (file: string): Feature[] => [
    ...readRows(dir, file).map((r): Feature => ({
      type: 'Feature',
      properties: {
        gemeentecode: r.gemeentecode,
        gemeentenaam: r.gemeentenaam,
        ...kaartProperties(r),
      },
      geometry: null,
    })),
    buitenland,
  ];
  return {
    '2024/gemeenten': [
      ...kwb
        .filter((r) => r.regiotype === 'gemeente')
        .map((r): Feature => ({
          type: 'Feature',
          properties: { gemeentecode: r.statcode, gemeentenaam: r.statnaam, ...kaartProperties(r) },
          geometry: shapeOf(r.statcode ?? ''),
        })),
      buitenland,
    ],
    '2024/wijken': [
      ...kwb
        .filter((r) => r.regiotype === 'wijk')
        .map((r, i): Feature => ({
          type: 'Feature',
          properties: { wijkcode: r.statcode, wijknaam: r.statnaam, ...kaartProperties(r) },
          geometry: square(4 + i * 0.02, 52),
        })),
      // A "Groot water" wijk: on the kaart, not in 85984NED, so not in the boundaries.
      {
        type: 'Feature',
        properties: { wijkcode: 'WK036399', wijknaam: 'Groot water', water: 'JA' },
        geometry: square(5, 52.5),
      },
    ],
    '2023/gemeenten': gemeenteLayer('kwb/kwb_2023_gemeente.csv'),
    '2022/gemeenten': gemeenteLayer('kwb/kwb_2022_gemeente.csv'),
  };
}

/** `(A eq 'x' or A eq 'y') and B eq 'z'`, the subset of OData filters the fetch sends. */
function matches(row: Row, filter: string | null): boolean {
  if (!filter) return true;
  return filter.split(' and ').every((conjunct) =>
    conjunct
      .replace(/^\(|\)$/g, '')
      .split(' or ')
      .some((clause) => {
        const m = /^(\w+) eq '(.*)'$/.exec(clause.trim());
        if (!m) throw new Error(`unsupported filter ${clause}`);
        return row[m[1] ?? ''] === m[2]?.replace(/''/g, "'");
      }),
  );
}

/** Starts the server; `pageSize` rows per OData page so that paging is exercised. */
export async function startFakeServer(dir: string, pageSize = 4): Promise<FakeServer> {
  const tables: Record<string, FakeTable> = fakeTables(dir);
  const layers = fakeLayers(dir);
  const state = { requests: 0, faults: new Map<string, Fault>() };
  const server: Server = createServer((req, res) => {
    state.requests++;
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    // A fault applies to requests whose path and query contain its key; `*` matches anything.
    const target = `${url.pathname}${url.search}`;
    const fault = [...state.faults].find(([key]) =>
      new RegExp(
        key
          .split('*')
          .map((part) => part.replace(/[.?+^$()[\]{}|\\]/g, '\\$&'))
          .join('.*'),
      ).test(target),
    )?.[1];
    const send = (status: number, body: string) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(body);
    };
    if (fault === 'http500') return send(500, '{"error":"intern"}');
    if (fault === 'malformed') return send(200, '{"odata.metadata": "x", "value": [ {"RegioS": ');
    const wfs = /^\/pdok\/(\d{4})\/wfs\/v1_0$/.exec(url.pathname);
    if (wfs) {
      const layer = (url.searchParams.get('typeNames') ?? '').replace('wijkenbuurten:', '');
      const all = layers[`${wfs[1]}/${layer}`];
      if (!all) return send(404, '{}');
      const start = Number(url.searchParams.get('startIndex') ?? 0);
      const count = Number(url.searchParams.get('count') ?? 1000);
      return send(
        200,
        JSON.stringify({ type: 'FeatureCollection', features: all.slice(start, start + count) }),
      );
    }
    const odata = /^\/(cbs|politie)\/(\w+)\/(\w+)$/.exec(url.pathname);
    const table = odata ? tables[`${odata[1]}/${odata[2]}`] : undefined;
    const entity = odata?.[3] ?? '';
    const rows = table?.[entity];
    if (!rows) return send(404, '{"odata.error":{"message":{"value":"Resource not found"}}}');
    const select = url.searchParams.get('$select')?.split(',');
    const drop = typeof fault === 'object' ? fault.dropColumn : null;
    const selected = rows
      .filter((row) => matches(row, url.searchParams.get('$filter')))
      .map((row) => {
        const out = select
          ? Object.fromEntries(select.filter((k) => k in row).map((k) => [k, row[k]]))
          : { ...row };
        if (drop) delete out[drop];
        return out;
      });
    const skip = Number(url.searchParams.get('$skip') ?? 0);
    const page = selected.slice(skip, skip + pageSize);
    const body: Record<string, unknown> = {
      'odata.metadata': `http://127.0.0.1${url.pathname.replace(/\/\w+$/, '')}/$metadata#Cbs.OData.WebAPI.${entity}`,
      value: page,
    };
    if (skip + pageSize < selected.length) {
      const next = new URL(url);
      next.searchParams.set('$skip', String(skip + pageSize));
      body['odata.nextLink'] = `http://${req.headers.host ?? ''}${next.pathname}${next.search}`;
    }
    return send(200, JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    cbsUrl: `${origin}/cbs`,
    politieUrl: `${origin}/politie`,
    pdokUrl: `${origin}/pdok`,
    get requests() {
      return state.requests;
    },
    set requests(value: number) {
      state.requests = value;
    },
    faults: state.faults,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
