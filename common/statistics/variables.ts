// SPDX-License-Identifier: EUPL-1.2
import { z } from 'zod';

import { variableKinds, type VariableInput } from './variables/define';
import { economySafetyVariables } from './variables/economy-safety';
import { housingVariables } from './variables/housing';
import { incomeVariables } from './variables/income';
import { populationVariables } from './variables/population';

export { variableKinds, type VariableKind } from './variables/define';

/**
 * The canonical variables: every number the open-data sources publish per region and period,
 * under one stable id. Indicators are built from these (numerator, denominator, weight); which
 * file and column fills each one is in `sources.ts`. There is no variable on origin, ethnicity or
 * migration background, and there must never be one.
 */
const definitions = [
  ...populationVariables,
  ...housingVariables,
  ...incomeVariables,
  ...economySafetyVariables,
] as const satisfies readonly VariableInput[];

/** Every canonical variable id. */
export type VariableId = (typeof definitions)[number]['id'];

/** One canonical variable. `weight` names the population a mean, share or rate is taken over. */
export interface VariableDefinition extends Omit<VariableInput, 'id' | 'weight'> {
  readonly id: VariableId;
  readonly weight?: VariableId;
}

const variableSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/, 'verwacht Engelse snake_case'),
  label: z.string().min(1).max(120),
  unit: z.string().min(1).max(40),
  kind: z.enum(variableKinds),
  weight: z.string().optional(),
  description: z.string().min(10).max(400),
});

// Words that would make a variable about origin; the programme forbids such indicators.
const forbidden = /herkomst|origin|ethnic|etnic|migra|nationalit|allochto|autochto/i;

/** Checks the list: valid fields, unique ids, weights naming a listed variable, no origin. */
export const variableListSchema = z.array(variableSchema).superRefine((list, ctx) => {
  const ids = new Set(list.map((variable) => variable.id));
  if (ids.size !== list.length) ctx.addIssue({ code: 'custom', message: 'dubbele variabele-id' });
  list.forEach((variable, index) => {
    if (variable.weight && !ids.has(variable.weight))
      ctx.addIssue({ code: 'custom', path: [index, 'weight'], message: 'onbekende variabele' });
    if (forbidden.test(`${variable.id} ${variable.label} ${variable.description}`))
      ctx.addIssue({ code: 'custom', path: [index, 'id'], message: 'geen variabelen op herkomst' });
  });
});

/** The canonical variables, checked when this module loads. */
export const variables = variableListSchema.parse(definitions) as readonly VariableDefinition[];

/** Variables by id. */
export const variableById: ReadonlyMap<string, VariableDefinition> = new Map(
  variables.map((variable) => [variable.id, variable]),
);

/** True when `id` is a canonical variable id. */
export function isVariableId(id: string): id is VariableId {
  return variableById.has(id);
}
