// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';

import type {
  ProfileIndicator,
  RegionProfile,
} from '../../../../common/contracts/statistics-values';

import { highlights } from './highlights';

const indicator = (over: Partial<ProfileIndicator>): ProfileIndicator => ({
  id: 'x',
  name: 'X',
  unit: '%',
  kind: 'ratio',
  direction: 'neutral',
  period: 2024,
  value: 10,
  status: 'exact',
  statusNote: null,
  numerator: null,
  denominator: null,
  index: 100,
  difference: 0,
  percentile: 50,
  zScore: 0,
  previousValue: null,
  change: null,
  changeRelative: null,
  changeStatus: 'computed',
  funnel: null,
  peerValue: null,
  peerCount: null,
  national: 10,
  nationalMethod: 'published',
  parentValue: null,
  series: [],
  ...over,
});

const profile = (indicators: ProfileIndicator[]): RegionProfile => ({
  region: {
    code: 'GM0001',
    name: 'Test',
    level: 'gemeente',
    year: 2024,
    gemeenteCode: null,
    gemeenteName: null,
  },
  period: null,
  themes: [{ id: 'context', label: 'context', indicators }],
  peerGroup: null,
  packages: [],
  attribution: 'Bron: CBS',
  notProof: 'geen bewijs',
});

const funnel = (position: 'strongly-above' | 'within' | 'strongly-below') => ({
  lower998: 1,
  lower95: 2,
  upper95: 3,
  upper998: 4,
  position,
});

describe('highlights(profile)', () => {
  it('names funnel outliers and extreme percentiles, attention indicators first', () => {
    const list = highlights(
      profile([
        indicator({ id: 'a', name: 'Aandeel', percentile: 95, index: 130 }),
        indicator({
          id: 'b',
          name: 'Misdrijven',
          direction: 'higher-more-attention',
          funnel: funnel('strongly-above'),
          index: 150,
        }),
        indicator({ id: 'c', name: 'Binnen', funnel: funnel('within'), percentile: 99 }),
        indicator({ id: 'd', name: 'Laag', percentile: 5, index: 60 }),
        indicator({ id: 'e', name: 'Geheim', value: null, status: 'secret', percentile: null }),
      ]),
    );
    expect(list.map((h) => h.id)).toEqual(['b', 'd', 'a']);
    expect(list[0]!.text).toMatch(/hoger dan toeval verklaart/);
    expect(list[1]).toMatchObject({ direction: 'low' });
  });
});
