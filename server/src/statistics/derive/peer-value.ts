// SPDX-License-Identifier: EUPL-1.2
import type { Indicator } from '../../../../common/statistics/indicators';
import { isUsable, type RegionValue } from '../comparison';
import type { PeerGroup } from '../peers';

/** The indicator over a gemeente's peers, and how many peers had a usable value. */
export interface PeerAggregate {
  value: number | null;
  count: number;
}

const median = (xs: number[]): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/**
 * The peer-group value of one indicator: a ratio of summed numerators and denominators, a mean
 * weighted by its base, or — for counts and medians, which cannot be pooled meaningfully — the
 * median of the peers' values. Peers without a usable value do not count (and are not imputed).
 */
export function peerAggregate(
  indicator: Indicator,
  group: PeerGroup,
  values: ReadonlyMap<string, RegionValue>,
): PeerAggregate {
  const usable = group.peers
    .map((peer) => values.get(peer.code))
    .filter((v): v is RegionValue & { value: number } => !!v && isUsable(v));
  if (usable.length === 0) return { value: null, count: 0 };
  if (indicator.kind === 'ratio') {
    const parts = usable.filter((v) => v.numerator != null && v.denominator != null);
    const below = parts.reduce((sum, v) => sum + (v.denominator ?? 0), 0);
    if (!(below > 0)) return { value: null, count: 0 };
    const above = parts.reduce((sum, v) => sum + (v.numerator ?? 0), 0);
    return { value: (above / below) * indicator.multiplier, count: parts.length };
  }
  if (indicator.kind === 'mean') {
    const weighted = usable.filter((v) => v.weight != null && v.weight > 0);
    const total = weighted.reduce((sum, v) => sum + (v.weight ?? 0), 0);
    if (weighted.length === usable.length && total > 0)
      return {
        value: weighted.reduce((sum, v) => sum + v.value * (v.weight ?? 0), 0) / total,
        count: weighted.length,
      };
  }
  return { value: median(usable.map((v) => v.value)), count: usable.length };
}
