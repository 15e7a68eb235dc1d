// SPDX-License-Identifier: EUPL-1.2
import { peerGroups, type PeerCandidate, type PeerFeature, type PeerGroup } from '../peers';

import { observationsAt, type ObservationIndex } from './observations';

/**
 * Which published variables feed each peer feature, in order of preference: the KWB figure first
 * (published for every year of the KWB tables), then the income table's.
 */
export const peerFeatureVariables: Record<PeerFeature, readonly string[]> = {
  population: ['population'],
  addressDensity: ['address_density_per_km2'],
  income: ['kwb_standardised_income_mean_x1000_eur', 'standardised_income_mean_x1000_eur'],
  ownerOccupiedShare: ['owner_occupied_pct'],
  corporationShare: ['corporation_rented_pct'],
};

/** Periods with gemeente observations of a variable, newest first. */
function periodsOf(index: ObservationIndex, variable: string): number[] {
  return [...(index.get(variable)?.keys() ?? [])]
    .filter((key) => key.endsWith('|gemeente'))
    .map((key) => Number(key.split('|')[0]))
    .sort((a, b) => b - a);
}

/** Peer groups of one division year, computed from the features of one period. */
export interface DivisionPeers {
  year: number;
  featuresPeriod: number;
  groups: PeerGroup[];
}

/**
 * Peer groups per division year of the gemeente observations: for each division, the newest
 * period whose population is published in that division sets the features period, and each
 * feature is the newest published value up to that period (the KWB publishes housing shares a
 * year later than population; a gemeente's code is the same in every division it exists in). Reproducible:
 * the same observations give the same groups (peers.ts sorts and breaks ties by code).
 */
export function derivePeerGroups(
  index: ObservationIndex,
  gemeentenOf: (year: number) => readonly string[],
): DivisionPeers[] {
  const periodsByDivision = new Map<number, number>();
  for (const key of index.get('population')?.keys() ?? []) {
    const [period, level] = key.split('|');
    if (level !== 'gemeente') continue;
    const first = index.get('population')?.get(key)?.values().next().value;
    if (!first) continue;
    const known = periodsByDivision.get(first.regionYear);
    if (known === undefined || Number(period) > known)
      periodsByDivision.set(first.regionYear, Number(period));
  }
  return [...periodsByDivision]
    .sort(([a], [b]) => b - a)
    .map(([year, period]) => {
      const candidates = gemeentenOf(year).map((code): PeerCandidate => {
        const feature = (variables: readonly string[]) => {
          for (const variable of variables)
            for (const p of periodsOf(index, variable).filter((p) => p <= period)) {
              const o = observationsAt(index, variable, p, 'gemeente').get(code);
              if (o && o.value !== null && (o.status === 'exact' || o.status === 'rounded'))
                return o.value;
            }
          return null;
        };
        return {
          code,
          population: feature(peerFeatureVariables.population),
          addressDensity: feature(peerFeatureVariables.addressDensity),
          income: feature(peerFeatureVariables.income),
          ownerOccupiedShare: feature(peerFeatureVariables.ownerOccupiedShare),
          corporationShare: feature(peerFeatureVariables.corporationShare),
        };
      });
      return { year, featuresPeriod: period, groups: peerGroups(candidates) };
    });
}
