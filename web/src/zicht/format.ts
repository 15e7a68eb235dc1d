// SPDX-License-Identifier: EUPL-1.2
import type { RegionLevel, ValueStatus } from '../../../common/statistics/levels';

/** Singular Dutch level names, for "per gemeente", "per wijk". */
export const levelSingular: Record<RegionLevel, string> = {
  land: 'land',
  provincie: 'provincie',
  veiligheidsregio: 'veiligheidsregio',
  'politie-eenheid': 'politie-eenheid',
  gemeente: 'gemeente',
  wijk: 'wijk',
  buurt: 'buurt',
};

const formatters = new Map<number, Intl.NumberFormat>();
function formatter(digits: number): Intl.NumberFormat {
  let f = formatters.get(digits);
  if (!f) {
    f = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: digits });
    formatters.set(digits, f);
  }
  return f;
}

/**
 * A number in Dutch notation. Computed ratios get one decimal; published values keep up to two,
 * which is every decimal the sources publish, so a shown published figure equals its source.
 */
export function formatNumber(value: number | null, kind: string = 'count'): string {
  if (value === null) return '–';
  return formatter(kind === 'ratio' ? 1 : 2).format(value);
}

/** A value with its unit, e.g. "89,1 per 1.000 inwoners", "32 %", "931.298". */
export function formatWithUnit(value: number | null, unit: string, kind: string): string {
  if (value === null) return '–';
  const number = formatNumber(value, kind);
  if (unit === 'aantal') return number;
  if (unit === '%') return `${number}%`;
  return `${number} ${unit}`;
}

/** An index (NL = 100) as a whole number. */
export const formatIndex = (index: number | null) =>
  index === null ? '–' : formatter(0).format(index);

/** A percentile rank as "p85". */
export const formatPercentile = (p: number | null) =>
  p === null ? '–' : `${formatter(0).format(p)}e percentiel`;

/** Dutch words for a value status. */
export const statusLabels: Record<ValueStatus, string> = {
  exact: 'gepubliceerd',
  rounded: 'afgerond',
  missing: 'geen cijfer',
  secret: 'geheim',
};

/** Dutch words for a funnel position. */
export const funnelLabels: Record<string, string> = {
  'strongly-above': 'duidelijk boven verwachting',
  above: 'boven verwachting',
  within: 'binnen toevalsmarge',
  below: 'onder verwachting',
  'strongly-below': 'duidelijk onder verwachting',
};
