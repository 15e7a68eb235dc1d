// SPDX-License-Identifier: EUPL-1.2
import type {
  ProfileIndicator,
  RegionProfile,
} from '../../../../common/contracts/statistics-values';
import { formatIndex, formatWithUnit } from '../format';

/** One thing that stands out in a profile, with a Dutch sentence about it. */
export interface Highlight {
  id: string;
  direction: 'high' | 'low';
  attention: boolean;
  text: string;
}

/**
 * What stands out: indicators outside the 99.8 % funnel limits, or — for indicators without a
 * funnel — in the top or bottom 10 % of their level. Attention indicators first, then by how
 * far the index lies from 100. Never more than `limit`; nothing about missing or secret values.
 */
export function highlights(profile: RegionProfile, limit = 6): Highlight[] {
  const all = profile.themes.flatMap((t) => t.indicators);
  const found = all.flatMap((i): (Highlight & { distance: number })[] => {
    if (i.value === null) return [];
    const position = i.funnel?.position;
    const high = position ? position === 'strongly-above' : (i.percentile ?? 50) >= 90;
    const low = position ? position === 'strongly-below' : (i.percentile ?? 50) <= 10;
    if (!high && !low) return [];
    return [
      {
        id: i.id,
        direction: high ? 'high' : 'low',
        attention: i.direction === 'higher-more-attention',
        text: sentence(i, high, profile.region.level),
        distance: Math.abs((i.index ?? 100) - 100),
      },
    ];
  });
  return found
    .sort((a, b) => Number(b.attention) - Number(a.attention) || b.distance - a.distance)
    .slice(0, limit)
    .map(({ distance: _distance, ...h }) => h);
}

function sentence(i: ProfileIndicator, high: boolean, level: string): string {
  const value = formatWithUnit(i.value, i.unit, i.kind);
  const national =
    i.national === null ? '' : `, landelijk ${formatWithUnit(i.national, i.unit, i.kind)}`;
  const index = i.index === null ? '' : `, index ${formatIndex(i.index)}`;
  const why = i.funnel
    ? `${high ? 'hoger' : 'lager'} dan toeval verklaart voor de omvang`
    : `${high ? 'hoger' : 'lager'} dan bij 90% van de ${level === 'gemeente' ? 'gemeenten' : `${level}en`}`;
  return `${i.name}: ${value} (${i.period}${national}${index}) — ${why}.`;
}
