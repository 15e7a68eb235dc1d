// SPDX-License-Identifier: EUPL-1.2
import type { Indicator } from '../../../../common/statistics/indicators';
import type { RegionLevel, ValueStatus } from '../../../../common/statistics/levels';
import type { RegionValue } from '../comparison';

import { observationsAt, type ObservationIndex, type Observed } from './observations';

/** The values of one indicator at one level and period, and the division their codes belong to. */
export interface LevelValues {
  regionYear: number;
  values: RegionValue[];
}

const usable = (o: Observed | undefined): o is Observed & { value: number } =>
  !!o && (o.status === 'exact' || o.status === 'rounded') && o.value !== null;

// Secret wins over missing (the source withheld a part), and rounded over exact.
function combinedStatus(parts: readonly (Observed | undefined)[]): ValueStatus {
  if (parts.some((p) => p?.status === 'secret')) return 'secret';
  if (parts.some((p) => !usable(p))) return 'missing';
  return parts.some((p) => p?.status === 'rounded') ? 'rounded' : 'exact';
}

/**
 * One region's value from its observations. A ratio needs a usable numerator and a positive
 * denominator; `minus` subtracts a second published value; a mean carries its weight. Anything
 * not usable becomes `missing` or `secret` without a number: nothing is imputed.
 */
export function regionValue(
  indicator: Indicator,
  code: string,
  get: (variable: string) => Observed | undefined,
): RegionValue {
  if (indicator.kind === 'ratio') {
    const numerator = get(indicator.numerator);
    const denominator = get(indicator.denominator);
    const status = combinedStatus([numerator, denominator]);
    if (status === 'secret' || status === 'missing' || !usable(numerator) || !usable(denominator))
      return { code, value: null, status: status === 'secret' ? 'secret' : 'missing' };
    if (!(denominator.value > 0)) return { code, value: null, status: 'missing' };
    const value = (numerator.value / denominator.value) * indicator.multiplier;
    return { code, value, numerator: numerator.value, denominator: denominator.value, status };
  }
  const value = get(indicator.value);
  const minus = indicator.minus ? get(indicator.minus) : undefined;
  const status = combinedStatus(indicator.minus ? [value, minus] : [value]);
  if (!usable(value) || (indicator.minus && !usable(minus)))
    return { code, value: null, status: status === 'secret' ? 'secret' : 'missing' };
  const weight = indicator.weight ? get(indicator.weight) : undefined;
  return {
    code,
    value: (value.value - (usable(minus) ? minus.value : 0)) * indicator.multiplier,
    weight: usable(weight) ? weight.value : null,
    status,
  };
}

/**
 * The indicator's value for every region of `level` in the division of the period's observations;
 * a region without observations is `missing`. Returns null when the period has no data at the level.
 */
export function levelValues(
  indicator: Indicator,
  index: ObservationIndex,
  period: number,
  level: RegionLevel,
  regionsOf: (year: number, level: RegionLevel) => readonly string[],
): LevelValues | null {
  const variables = [
    ...new Set(
      indicator.kind === 'ratio'
        ? [indicator.numerator, indicator.denominator]
        : [indicator.value, indicator.minus, indicator.weight].filter((v) => v !== undefined),
    ),
  ];
  const maps = new Map<string, ReadonlyMap<string, Observed>>(
    variables.map((v) => [v, observationsAt(index, v, period, level)]),
  );
  const main = maps.get(indicator.kind === 'ratio' ? indicator.numerator : indicator.value);
  const first = main?.values().next().value;
  if (!main || !first) return null;
  const regionYear = first.regionYear;
  const codes = regionsOf(regionYear, level);
  const values = codes.map((code) => regionValue(indicator, code, (v) => maps.get(v)?.get(code)));
  return { regionYear, values };
}

/** The national value as the source publishes it (NL00), or null when it does not. */
export function publishedNational(
  indicator: Indicator,
  index: ObservationIndex,
  period: number,
): number | null {
  const value = regionValue(indicator, 'NL00', (v) =>
    observationsAt(index, v, period, 'land').get('NL00'),
  );
  return value.status === 'exact' || value.status === 'rounded' ? value.value : null;
}
