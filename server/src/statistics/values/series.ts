// SPDX-License-Identifier: EUPL-1.2
import type { Series } from '../../../../common/contracts/statistics-values';
import type { Indicator } from '../../../../common/statistics/indicators';
import type { Queryable } from '../../platform/db';
import { badRequest } from '../../platform/http/problem';
import { harmoniseSeries, type PeriodValue } from '../harmonise';
import { presentIndicatorSummary } from '../present';

import { num } from './present';
import * as store from './store';

/**
 * A gemeente's series of one indicator. Harmonised (default): every period expressed in the
 * newest division by summing the merged gemeenten's counts, or numerators and denominators, or
 * weighting their means; a median or a point with a secret part says it cannot be harmonised.
 * Not harmonised: the values as published under the code in each period's own division.
 */
export async function gemeenteSeries(
  db: Queryable,
  indicator: Indicator,
  code: string,
  harmonise: boolean,
): Promise<Series> {
  const rows = await store.gemeenteSeriesOf(db, indicator.id);
  if (rows.length === 0)
    throw badRequest(`${indicator.name} heeft geen cijfers per gemeente.`, 'geen-reeks');
  const targetYear = Math.max(...rows.map((r) => Number(r.region_year)));
  const own = rows.filter((r) => r.region_code === code);
  const name = [...own].reverse().find((r) => r.name)?.name;
  if (!name)
    throw badRequest(
      `${code} heeft geen waarden voor ${indicator.name}; kies een gemeente (GM….) uit GET /api/v1/regions?level=gemeente.`,
      'onbekende-regio',
    );
  const summary = presentIndicatorSummary(indicator);
  if (!harmonise)
    return {
      indicator: summary,
      region: { code, name },
      harmonised: false,
      targetYear: null,
      harmonisable: true,
      reason: null,
      points: own.map((r) => ({
        period: Number(r.period),
        value: num(r.value),
        status: r.status,
        harmonised: false,
        approximate: false,
        sources: [r.region_code],
        reason: null,
      })),
    };
  const values: PeriodValue[] = rows.map((r) => ({
    code: r.region_code,
    period: Number(r.period),
    value: num(r.value),
    numerator: num(r.numerator),
    denominator: num(r.denominator),
    weight: num(r.weight),
    status: r.status,
  }));
  const result = harmoniseSeries({
    kind: indicator.kind,
    multiplier: indicator.multiplier,
    targetYear,
    values,
    successions: (await store.successions(db)).map((s) => ({
      fromCode: s.from_code,
      fromYear: Number(s.from_year),
      toCode: s.to_code,
      toYear: Number(s.to_year),
    })),
  });
  const points = result.points.filter((p) => p.code === code);
  const blocked = points.find((p) => p.status === 'not-harmonisable');
  return {
    indicator: summary,
    region: { code, name },
    harmonised: true,
    targetYear,
    harmonisable: indicator.kind !== 'median' && !blocked,
    reason: indicator.kind === 'median' ? result.reason : (blocked?.reason ?? null),
    points: points.map((p) => ({
      period: p.period,
      value: p.value,
      status: p.status,
      harmonised: p.harmonised,
      approximate: p.approximate,
      sources: p.sources,
      reason: p.reason,
    })),
  };
}
