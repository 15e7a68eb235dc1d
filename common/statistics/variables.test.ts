// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';

import { sources } from './sources';
import { isVariableId, variableById, variableListSchema, variables } from './variables';

describe('variables (the canonical variable list)', () => {
  it('passes its own schema: snake_case ids, unique, weights that exist', () => {
    expect(variableListSchema.safeParse(variables).success).toBe(true);
    expect(new Set(variables.map((v) => v.id)).size).toBe(variables.length);
    for (const variable of variables) {
      expect(variable.id).toMatch(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/);
      if (variable.weight) expect(isVariableId(variable.weight), variable.id).toBe(true);
    }
  });

  it('keeps the ids other modules build on', () => {
    for (const id of [
      'population',
      'population_age_15_25',
      'dwellings',
      'land_area_ha',
      'households',
      'woz_mean_x1000_eur',
      'owner_occupied_pct',
      'rented_pct',
      'corporation_rented_pct',
      'business_establishments',
      'registered_crimes',
      'disposable_income_mean_x1000_eur',
      'standardised_income_median_x1000_eur',
      'wealth_median_x1000_eur',
      'sale_price_mean_eur',
      'new_build_dwellings',
      'urbanity_class',
    ])
      expect(isVariableId(id), id).toBe(true);
  });

  it('weights shares of dwellings by the dwelling stock and income means by households', () => {
    expect(variableById.get('owner_occupied_pct')).toMatchObject({
      kind: 'percentage',
      weight: 'dwellings',
    });
    expect(variableById.get('woz_mean_x1000_eur')?.weight).toBe('dwellings');
    expect(variableById.get('disposable_income_mean_x1000_eur')?.weight).toBe(
      'income_households_x1000',
    );
    expect(variableById.get('registered_crimes')).toMatchObject({ kind: 'count', unit: 'aantal' });
  });

  it('has no variable on origin, ethnicity or migration background, and refuses one', () => {
    const text = variables.map((v) => `${v.id} ${v.label} ${v.description}`).join(' ');
    expect(text).not.toMatch(/herkomst|migratie|etnic|allochto|nationalit/i);
    const withOrigin = [
      ...variables,
      {
        id: 'origin_share',
        label: 'Herkomst',
        unit: '%',
        kind: 'percentage',
        description: 'Aandeel naar herkomst.',
      },
    ];
    expect(variableListSchema.safeParse(withOrigin).success).toBe(false);
  });

  it('refuses a duplicate id and a weight that names no variable', () => {
    expect(variableListSchema.safeParse([...variables, variables[0]]).success).toBe(false);
    const orphan = { ...variables[0]!, id: 'x_pct', weight: 'nothing' };
    expect(variableListSchema.safeParse([...variables, orphan]).success).toBe(false);
  });

  it('every variable is filled by at least one source file', () => {
    const mapped = new Set(sources.flatMap((s) => s.columns.map((c) => c.variable)));
    expect(variables.filter((v) => !mapped.has(v.id)).map((v) => v.id)).toEqual([]);
  });
});
