// SPDX-License-Identifier: EUPL-1.2
/**
 * Derives every stored comparison from the observations: per indicator, period and level the
 * national value, each region's value, index, difference, percentile, z-score, change since the
 * previous comparable period, funnel limits for rates, and per gemeente the peer-group value.
 * Pure over its inputs; `store.ts` writes the result. Methods: docs/statistics-methods.md.
 */
import type { Indicator } from '../../../../common/statistics/indicators';
import type { RegionLevel } from '../../../../common/statistics/levels';
import { variableById } from '../../../../common/statistics/variables';
import {
  compareRegions,
  isUsable,
  type NationalValue,
  type RegionComparison,
  type RegionValue,
} from '../comparison';
import { funnelLimits, type FunnelLimits, type FunnelMethod, type FunnelModel } from '../funnel';

import { regionKey, type ObservationIndex, type RegionIndex } from './observations';
import { derivePeerGroups, type DivisionPeers } from './peer-groups';
import { peerAggregate } from './peer-value';
import { levelValues, publishedNational, type LevelValues } from './region-values';

/** One stored row of `indicator_value`. */
export interface DerivedValue extends RegionComparison {
  indicator: string;
  period: number;
  level: RegionLevel;
  regionYear: number;
  numerator: number | null;
  denominator: number | null;
  weight: number | null;
  funnel: FunnelLimits | null;
  peerValue: number | null;
  peerCount: number | null;
}

/** One stored row of `indicator_national`. */
export interface DerivedNational {
  indicator: string;
  period: number;
  level: RegionLevel;
  regionYear: number;
  national: NationalValue;
  funnelModel: FunnelModel | null;
  funnelMethod: FunnelMethod | null;
  phi: number | null;
  previousPeriod: number | null;
}

export interface Derived {
  values: DerivedValue[];
  nationals: DerivedNational[];
  peers: DivisionPeers[];
}

/** Levels compared, gemeente first: wijk and buurt inherit its national value. */
const comparedLevels: readonly RegionLevel[] = [
  'gemeente',
  'provincie',
  'veiligheidsregio',
  'politie-eenheid',
  'wijk',
  'buurt',
];

/**
 * Funnel limits only for a rate of whole things over whole things (crimes per 1,000 inhabitants,
 * a share of dwellings): binomial when the numerator is part of the denominator (a percentage),
 * Poisson for events over a population. A ratio of areas or money has no funnel.
 */
export function funnelModelOf(indicator: Indicator): FunnelModel | null {
  if (indicator.kind !== 'ratio') return null;
  const counts = [indicator.numerator, indicator.denominator].every(
    (id) => variableById.get(id)?.kind === 'count',
  );
  if (!counts) return null;
  return indicator.multiplier === 100 ? 'binomial' : 'poisson';
}

interface Context {
  index: ObservationIndex;
  regionsOf: (year: number, level: RegionLevel) => readonly string[];
  changed: ReadonlyMap<string, ReadonlySet<string>>;
  peers: ReadonlyMap<number, DivisionPeers>;
}

/** Derives everything for the given catalogue; deterministic for the same inputs. */
export function deriveStatistics(
  indicators: readonly Indicator[],
  index: ObservationIndex,
  regions: RegionIndex,
  changed: ReadonlyMap<string, ReadonlySet<string>>,
): Derived {
  const regionsOf = (year: number, level: RegionLevel) => regions.get(regionKey(year, level)) ?? [];
  const peers = derivePeerGroups(index, (year) => regionsOf(year, 'gemeente'));
  const context: Context = {
    index,
    regionsOf,
    changed,
    peers: new Map(peers.map((p) => [p.year, p])),
  };
  const derived: Derived = { values: [], nationals: [], peers };
  for (const indicator of indicators) deriveIndicator(indicator, context, derived);
  return derived;
}

function deriveIndicator(indicator: Indicator, context: Context, out: Derived): void {
  const periods = [...indicator.periods].sort((a, b) => a - b);
  for (const [i, period] of periods.entries()) {
    const coverage = indicator.coverage.find((c) => c.period === period);
    let gemeenteNational: NationalValue | null = null;
    for (const level of comparedLevels) {
      if (!coverage?.levels.includes(level)) continue;
      const current = levelValues(indicator, context.index, period, level, context.regionsOf);
      if (!current) continue;
      const previousPeriod = periods
        .slice(0, i)
        .reverse()
        .find((p) => indicator.coverage.find((c) => c.period === p)?.levels.includes(level));
      const previous =
        previousPeriod === undefined
          ? null
          : levelValues(indicator, context.index, previousPeriod, level, context.regionsOf);
      const belowGemeente = level === 'wijk' || level === 'buurt';
      const result = compareRegions({
        kind: indicator.kind,
        multiplier: indicator.multiplier,
        regions: current.values,
        published:
          level === 'gemeente' ? publishedNational(indicator, context.index, period) : null,
        inherited: belowGemeente ? gemeenteNational : null,
        ...(previous ? { previous: previous.values } : {}),
        boundaryChanged: previous
          ? context.changed.get(`${previous.regionYear}|${current.regionYear}`)
          : undefined,
      });
      if (level === 'gemeente') gemeenteNational = result.national;
      const funnel = funnelFor(indicator, result.national.value, current);
      out.nationals.push({
        indicator: indicator.id,
        period,
        level,
        regionYear: current.regionYear,
        national: result.national,
        funnelModel: funnel?.model ?? null,
        funnelMethod: funnel?.method ?? null,
        phi: funnel?.overdispersion?.phi ?? null,
        previousPeriod: previous ? (previousPeriod ?? null) : null,
      });
      const peerGroups = level === 'gemeente' ? context.peers.get(current.regionYear) : undefined;
      const groupOf = new Map(peerGroups?.groups.map((g) => [g.code, g]));
      const byCode = new Map(current.values.map((v) => [v.code, v]));
      const funnelByCode = new Map(funnel?.regions.map((f) => [f.code, f]));
      for (const comparison of result.regions) {
        const input = byCode.get(comparison.code);
        const group = groupOf.get(comparison.code);
        const peer = group ? peerAggregate(indicator, group, byCode) : null;
        const usable = isUsable(comparison);
        // Every field named in one fixed order (no spread): 150,000 rows of one shape stay fast
        // objects; spreading the two shapes of RegionComparison made the loop ten times slower.
        out.values.push({
          code: comparison.code,
          status: comparison.status,
          value: comparison.value,
          index: comparison.index,
          difference: comparison.difference,
          percentile: comparison.percentile,
          zScore: comparison.zScore,
          previousValue: comparison.previousValue,
          change: comparison.change,
          changeRelative: comparison.changeRelative,
          changeStatus: comparison.changeStatus,
          indicator: indicator.id,
          period,
          level,
          regionYear: current.regionYear,
          numerator: usable ? (input?.numerator ?? null) : null,
          denominator: usable ? (input?.denominator ?? null) : null,
          weight: usable ? (input?.weight ?? null) : null,
          funnel: funnelByCode.get(comparison.code) ?? null,
          peerValue: peer?.value ?? null,
          peerCount: peer?.count ?? null,
        });
      }
    }
  }
}

function funnelFor(indicator: Indicator, national: number | null, current: LevelValues) {
  const model = funnelModelOf(indicator);
  if (!model || national === null || !(national >= 0)) return null;
  if (model === 'binomial' && national / indicator.multiplier > 1) return null;
  // Binomial limits need whole counts with the part within the whole; CBS rounds wijk counts
  // separately, so a rare region breaks that and simply gets no limits.
  const regions: RegionValue[] = current.values.map((v) =>
    model === 'binomial' &&
    !(
      Number.isInteger(v.numerator) &&
      Number.isInteger(v.denominator) &&
      (v.numerator ?? 0) <= (v.denominator ?? 0)
    )
      ? { code: v.code, value: null, status: v.status === 'secret' ? 'secret' : 'missing' }
      : v,
  );
  return funnelLimits({ model, national, multiplier: indicator.multiplier, regions });
}
