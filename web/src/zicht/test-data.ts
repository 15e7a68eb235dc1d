// SPDX-License-Identifier: EUPL-1.2
import { http, HttpResponse } from 'msw';

import type { IndicatorList } from '../../../common/contracts/statistics';
import type { PackageIndicatorDefinition } from '../../../common/contracts/statistics-packages';
import type { IndicatorValues } from '../../../common/contracts/statistics-values';
import { problem } from '../test/mock-server';

/** A catalogue of one indicator, as GET /api/v1/indicators sends it. */
export const testCatalogue: IndicatorList = {
  themes: [{ id: 'criminaliteit', label: 'criminaliteit' }],
  indicators: [
    {
      id: 'geregistreerde-misdrijven-per-1000-inwoners',
      name: 'Geregistreerde misdrijven per 1.000 inwoners',
      theme: 'criminaliteit',
      themeLabel: 'criminaliteit',
      unit: 'per 1.000 inwoners',
      kind: 'ratio',
      direction: 'higher-more-attention',
      levels: ['land', 'gemeente'],
      periods: [2024],
      href: '/api/v1/indicators/geregistreerde-misdrijven-per-1000-inwoners',
    },
  ],
};

/** A package indicator's definition as its manifest states it (onverklaarbare woningaankopen). */
export const testPackageDefinition: PackageIndicatorDefinition = {
  measures:
    'Aandeel woningaankopen dat het kopende huishouden niet uit inkomen en vermogen kan verklaren.',
  numerator:
    'woningaankopen in het peiljaar waarvan de prijs hoger is dan het maximaal besteedbare bedrag van het kopende huishouden',
  denominator: 'alle woningaankopen door personen in het peiljaar',
  methodology:
    'Maximaal besteedbaar bedrag = 5 × besteedbaar huishoudinkomen + vermogen (negatief telt als nul).',
  caveats: ['Schenkingen, erfenissen en leningen uit familiekring ontbreken in de registers.'],
  notProof: 'Een patroon in deze cijfers is geen bewijs van ondermijning of van iets anders.',
};

const value = (code: string, name: string, v: number | null, status: 'exact' | 'secret') => ({
  code,
  name,
  value: v,
  status,
  statusNote: status === 'secret' ? 'Geheim: de bron publiceert dit cijfer niet.' : null,
  numerator: null,
  denominator: null,
  index: v === null ? null : (100 * v) / 44.9,
  difference: null,
  percentile: v === null ? null : 50,
  zScore: null,
  previousValue: null,
  change: null,
  changeRelative: null,
  changeStatus: 'no-previous-period',
  funnel: null,
  peerValue: null,
  peerCount: null,
});

/** Three gemeenten, one of them secret. */
export const testValues: IndicatorValues = {
  indicator: { ...testCatalogue.indicators[0]! },
  level: 'gemeente',
  period: 2024,
  regionYear: 2024,
  parent: null,
  previousPeriod: null,
  national: {
    value: 44.9,
    method: 'published',
    published: true,
    approximate: false,
    regionsContributing: null,
    regionsTotal: 3,
    anyMissing: true,
    reason: null,
  },
  funnel: null,
  available: [{ period: 2024, levels: ['gemeente'] }],
  attribution: 'Bron: Politie; CBS',
  values: [
    value('GM0363', 'Amsterdam', 89.08, 'exact'),
    value('GM0088', 'Schiermonnikoog', null, 'secret'),
    value('GM0599', 'Rotterdam', 81.3, 'exact'),
  ],
};

const square = (x: number) => [
  [x, 0],
  [1, 0],
  [0, 1],
  [-1, 0],
  [0, -1],
];

/** A topology of the three gemeenten (tiny squares side by side). */
export const testTopology = {
  type: 'Topology',
  objects: {
    gemeente_2024: {
      type: 'GeometryCollection',
      geometries: ['GM0363', 'GM0088', 'GM0599'].map((code, i) => ({
        type: 'Polygon',
        id: code,
        properties: { statcode: code, statnaam: testValues.values[i]!.name },
        arcs: [[i]],
      })),
    },
  },
  arcs: [square(4), square(5), square(6)],
};

/** Handlers for the explorer with data, or with no statistics loaded. */
export function zichtHandlers(loaded = true) {
  return [
    http.get('/api/v1/indicators', () => HttpResponse.json(testCatalogue)),
    http.get('/api/v1/indicators/:id/values', () =>
      loaded
        ? HttpResponse.json(testValues)
        : problem(404, 'Er zijn nog geen statistieken geladen.', {
            type: 'https://weerbaar.nl/problemen/geen-statistieken',
          }),
    ),
    http.get('/api/v1/regions', () =>
      HttpResponse.json({
        level: 'provincie',
        year: 2024,
        parent: null,
        complete: true,
        note: null,
        regions: [],
      }),
    ),
    http.get('/api/v1/geo/:level/:year', () => HttpResponse.json(testTopology)),
    http.get('/api/v1/regions/:code/notes', ({ params, request }) =>
      HttpResponse.json({
        regionCode: params.code,
        indicatorId: new URL(request.url).searchParams.get('indicator'),
        organisations: [{ code: 'GM0344', name: 'Utrecht' }],
        notes: [],
      }),
    ),
  ];
}
