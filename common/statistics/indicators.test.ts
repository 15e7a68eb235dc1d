// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';

import {
  coverageOf,
  forbiddenTerms,
  indicatorById,
  indicatorListSchema,
  indicators,
  indicatorThemes,
  requiredVariables,
  type IndicatorInput,
} from './indicators';
import { sources, sourceYears } from './sources';
import { isVariableId, variableById } from './variables';

const byId = (id: string) => {
  const indicator = indicatorById.get(id);
  if (!indicator) throw new Error(`indicator ${id} ontbreekt`);
  return indicator;
};
const strip = ({
  coverage: _c,
  periods: _p,
  levels: _l,
  sources: _s,
  ...input
}: (typeof indicators)[number]) => input as IndicatorInput;

describe('indicator catalogue', () => {
  it('passes its own schema: kebab-case ids, unique, known variables, fields per kind', () => {
    expect(indicatorListSchema.safeParse(indicators.map(strip)).success).toBe(true);
    expect(new Set(indicators.map((i) => i.id)).size).toBe(indicators.length);
    for (const indicator of indicators) {
      expect(indicator.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      if (indicator.kind === 'ratio') {
        expect(isVariableId(indicator.numerator), indicator.id).toBe(true);
        expect(isVariableId(indicator.denominator), indicator.id).toBe(true);
      } else {
        expect(isVariableId(indicator.value), indicator.id).toBe(true);
        if (indicator.weight) expect(isVariableId(indicator.weight), indicator.id).toBe(true);
      }
    }
  });

  it('refuses a broken definition: unknown variable, missing numerator, duplicate id', () => {
    const [first] = indicators.map(strip);
    const bad = (list: unknown[]) => indicatorListSchema.safeParse(list).success;
    expect(bad([{ ...first, kind: 'ratio', numerator: 'nope', denominator: 'population' }])).toBe(
      false,
    );
    expect(bad([{ ...first, kind: 'ratio', denominator: 'population', value: undefined }])).toBe(
      false,
    );
    expect(bad([first, first])).toBe(false);
    expect(bad([{ ...first, id: 'Hoofdletters' }])).toBe(false);
  });

  it('has no indicator on origin, ethnicity or migration background', () => {
    for (const indicator of indicators) {
      const text = [indicator.id, indicator.name, indicator.measures, ...indicator.caveats].join(
        ' ',
      );
      for (const term of ['herkomst', 'migratie', 'etniciteit', 'nationaliteit', 'afkomst'])
        expect(text.toLowerCase(), indicator.id).not.toContain(term);
      expect(forbiddenTerms.test(text), indicator.id).toBe(false);
    }
    const [first] = indicators.map(strip);
    expect(
      indicatorListSchema.safeParse([{ ...first, name: 'Aandeel naar herkomst' }]).success,
    ).toBe(false);
  });

  it('covers every theme and the variables the issue names', () => {
    for (const theme of indicatorThemes)
      expect(
        indicators.some((i) => i.theme === theme),
        theme,
      ).toBe(true);
    const used = new Set<string>(indicators.flatMap((i) => requiredVariables(strip(i))));
    for (const variable of [
      'population',
      'land_area_ha',
      'households',
      'population_age_65_plus',
      'standardised_income_mean_x1000_eur',
      'wealth_total_bn_eur',
      'woz_mean_x1000_eur',
      'owner_occupied_pct',
      'corporation_rented_pct',
      'rented_pct',
      'business_establishments',
      'sale_price_mean_eur',
      'new_build_dwellings',
      'registered_crimes',
    ])
      expect(used.has(variable), variable).toBe(true);
  });

  it('derives periods and levels from sources.ts, where every required variable is published', () => {
    for (const indicator of indicators) {
      expect(indicator.coverage.length, indicator.id).toBeGreaterThan(0);
      expect(indicator.periods).toEqual(indicator.coverage.map((c) => c.period));
      for (const { period, levels } of indicator.coverage)
        for (const variable of requiredVariables(strip(indicator)))
          for (const level of levels) {
            const published = sources.some((source) =>
              source.columns.some(
                (m) =>
                  m.variable === variable &&
                  (m.levels ?? source.levels).includes(level) &&
                  (sourceYears(source)?.includes(period) ?? true),
              ),
            );
            expect(published, `${indicator.id} ${variable} ${period} ${level}`).toBe(true);
          }
      expect(indicator.sources.length, indicator.id).toBeGreaterThan(0);
    }
    expect(byId('geregistreerde-misdrijven-per-1000-inwoners').coverage).toEqual([
      { period: 2024, levels: ['land', 'gemeente'] },
      { period: 2023, levels: ['gemeente'] },
      { period: 2022, levels: ['gemeente'] },
    ]);
    expect(byId('nieuwbouw-per-1000-woningen').periods).toEqual([2024, 2020, 2016, 2012]);
    expect(coverageOf(strip(byId('aandeel-particuliere-huurwoningen')))).toEqual([
      { period: 2022, levels: ['gemeente'] },
    ]);
  });

  it('computes rates from sums with a multiplier that matches the unit', () => {
    const crime = byId('geregistreerde-misdrijven-per-1000-inwoners');
    expect(crime).toMatchObject({
      kind: 'ratio',
      numerator: 'registered_crimes',
      denominator: 'population',
      multiplier: 1000,
      direction: 'higher-more-attention',
      unit: 'per 1.000 inwoners',
    });
    expect(byId('aandeel-65-plus-jaar')).toMatchObject({
      kind: 'ratio',
      multiplier: 100,
      unit: '%',
    });
    expect(byId('bevolkingsdichtheid')).toMatchObject({
      denominator: 'land_area_ha',
      multiplier: 100,
    });
    expect(byId('vermogen-gemiddeld')).toMatchObject({
      numerator: 'wealth_total_bn_eur',
      multiplier: 1000,
    });
    for (const indicator of indicators) {
      if (indicator.unit === '%' && indicator.kind === 'ratio')
        expect(indicator.multiplier).toBe(100);
      if (indicator.unit.startsWith('per 1.000') && indicator.kind === 'ratio')
        expect(indicator.multiplier, indicator.id).toBe(1000);
      if (indicator.kind === 'mean' && indicator.weight)
        expect(variableById.get(indicator.weight)?.kind, indicator.id).toBe('count');
    }
  });
});
