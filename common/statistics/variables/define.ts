// SPDX-License-Identifier: EUPL-1.2

/**
 * What kind of number a variable is, which decides how it may be combined across regions:
 * `count` and `area` add up; `mean`, `percentage` and `rate` combine only as a mean weighted by
 * their `weight` variable (and then only approximate the official figure); `median` and `class`
 * never combine.
 */
export const variableKinds = [
  'count',
  'mean',
  'median',
  'percentage',
  'rate',
  'class',
  'area',
] as const;
export type VariableKind = (typeof variableKinds)[number];

/** A variable as written in the theme files; `variables.ts` checks the whole list. */
export interface VariableInput {
  /** Stable English snake_case id; never renamed once published (indicators refer to it). */
  readonly id: string;
  /** Dutch label as users read it. */
  readonly label: string;
  /** Dutch unit as printed next to the number. */
  readonly unit: string;
  readonly kind: VariableKind;
  /** The population a mean, share or rate is taken over (e.g. dwellings for the WOZ value). */
  readonly weight?: string;
  /** One or two Dutch sentences on what is measured, with the source's caveats. */
  readonly description: string;
}

/** A count of persons, households, dwellings, … (unit "aantal"). */
export const count = <const Id extends string>(id: Id, label: string, description: string) =>
  ({ id, label, unit: 'aantal', kind: 'count', description }) as const;

/** A percentage of the `weight` population. */
export const share = <const Id extends string, const Weight extends string>(
  id: Id,
  label: string,
  weight: Weight,
  description: string,
) => ({ id, label, unit: '%', kind: 'percentage', weight, description }) as const;
