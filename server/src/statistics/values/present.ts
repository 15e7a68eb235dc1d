// SPDX-License-Identifier: EUPL-1.2
import type { IndicatorValue, PeerGroupView } from '../../../../common/contracts/statistics-values';
import type { ValueStatus } from '../../../../common/statistics/levels';

import type { NationalRecord, ValueRecord } from './store';

/** Why a value is missing, secret or rounded, in plain Dutch. */
export const statusNotes: Record<ValueStatus, string | null> = {
  exact: null,
  rounded:
    'Afgerond: de bron rondt deze aantallen af op vijftallen, zodat delen niet precies optellen tot het totaal.',
  missing: 'Niet beschikbaar: de bron publiceert dit cijfer niet voor deze regio of periode.',
  secret:
    'Geheim: de bron publiceert dit cijfer niet, zodat het niet herleidbaar is tot personen, huishoudens of bedrijven. Het wordt ook niet uit andere cijfers afgeleid.',
};

/** A nullable database number as a JS number (drivers may return numeric columns as strings). */
export const num = (x: number | null): number | null => (x === null ? null : Number(x));

/** One region's value and comparison; numbers only for usable values. */
export function presentValue(row: ValueRecord): IndicatorValue {
  const position = row.funnel_position as NonNullable<IndicatorValue['funnel']>['position'] | null;
  return {
    code: row.region_code,
    name: row.name ?? row.region_code,
    value: num(row.value),
    status: row.status,
    statusNote: statusNotes[row.status],
    numerator: num(row.numerator),
    denominator: num(row.denominator),
    index: num(row.value_index),
    difference: num(row.difference),
    percentile: num(row.percentile),
    zScore: num(row.z_score),
    previousValue: num(row.previous_value),
    change: num(row.change),
    changeRelative: num(row.change_relative),
    changeStatus: row.change_status,
    funnel:
      position && row.lower95 !== null && row.upper95 !== null
        ? {
            lower998: Number(row.lower998),
            lower95: Number(row.lower95),
            upper95: Number(row.upper95),
            upper998: Number(row.upper998),
            position,
          }
        : null,
    peerValue: num(row.peer_value),
    peerCount: row.peer_count === null ? null : Number(row.peer_count),
  };
}

/** The national value with how it was obtained. */
export function presentNational(row: NationalRecord) {
  return {
    value: num(row.value),
    method: row.method,
    published: row.published,
    approximate: row.approximate,
    regionsContributing:
      row.regions_contributing === null ? null : Number(row.regions_contributing),
    regionsTotal: Number(row.regions_total),
    anyMissing: row.any_missing,
    reason: row.reason,
  };
}

/** Periods and levels with derived values, newest period first. */
export function presentAvailable(rows: readonly NationalRecord[]) {
  const byPeriod = new Map<number, NationalRecord['level'][]>();
  for (const row of rows) {
    const levels = byPeriod.get(Number(row.period)) ?? [];
    levels.push(row.level);
    byPeriod.set(Number(row.period), levels);
  }
  return [...byPeriod].sort(([a], [b]) => b - a).map(([period, levels]) => ({ period, levels }));
}

interface PeerRows {
  group: { year: number; features_period: number; features_used: string; note: string | null };
  peers: {
    peer_code: string;
    name: string | null;
    rank: number;
    distance: number;
    summary: string;
    reasons: unknown;
  }[];
}

/** A peer group with names and reasons. */
export function presentPeerGroup({ group, peers }: PeerRows): PeerGroupView {
  return {
    year: Number(group.year),
    featuresPeriod: Number(group.features_period),
    featuresUsed: group.features_used ? group.features_used.split(',') : [],
    note: group.note,
    peers: peers.map((p) => ({
      code: p.peer_code,
      name: p.name ?? p.peer_code,
      rank: Number(p.rank),
      distance: Number(p.distance),
      summary: p.summary,
      reasons: (typeof p.reasons === 'string'
        ? JSON.parse(p.reasons)
        : p.reasons) as PeerGroupView['peers'][number]['reasons'],
    })),
  };
}
