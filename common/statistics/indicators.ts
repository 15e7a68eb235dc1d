// SPDX-License-Identifier: EUPL-1.2
import { z } from 'zod';

import { contextIndicators } from './indicators/context';
import {
  indicatorDirections,
  indicatorKinds,
  indicatorThemes,
  notProofSentence,
  type IndicatorInput,
} from './indicators/define';
import { economySafetyIndicators } from './indicators/economy-safety';
import { housingIndicators } from './indicators/housing';
import { incomeIndicators } from './indicators/income';
import { regionLevels, type RegionLevel } from './levels';
import { sources, sourceYears, type SourceDefinition } from './sources';
import { isVariableId, type VariableId } from './variables';

export * from './indicators/define';

/** Years of the gemeente time series (timeseries/ in the data folder), which name no fixed years. */
export const seriesYears: readonly number[] = [2012, 2016, 2020, 2024];

/** The years and levels for which an indicator can be computed. */
export interface Coverage {
  readonly period: number;
  readonly levels: readonly RegionLevel[];
}

/** An indicator with what the sources say about it: where it exists and which files feed it. */
export type Indicator = IndicatorInput & {
  readonly coverage: readonly Coverage[];
  readonly periods: readonly number[];
  readonly levels: readonly RegionLevel[];
  readonly sources: readonly SourceDefinition[];
};

/** The variables that must all be published for a value: weights are only for aggregation. */
export function requiredVariables(indicator: IndicatorInput): VariableId[] {
  if (indicator.kind === 'ratio') return [indicator.numerator, indicator.denominator];
  return indicator.minus ? [indicator.value, indicator.minus] : [indicator.value];
}

/** Every (year, level) a variable is published for, as `year|level` keys, from sources.ts. */
function availability(variable: VariableId): Set<string> {
  const keys = new Set<string>();
  for (const source of sources)
    for (const mapping of source.columns.filter((c) => c.variable === variable))
      for (const year of sourceYears(source) ?? seriesYears)
        for (const level of mapping.levels ?? source.levels) keys.add(`${year}|${level}`);
  return keys;
}

/** Where every required variable of the indicator is published, newest year first. */
export function coverageOf(indicator: IndicatorInput): Coverage[] {
  const [first, ...rest] = requiredVariables(indicator).map(availability);
  const keys = [...(first ?? [])].filter((key) => rest.every((other) => other.has(key)));
  const periods = [...new Set(keys.map((key) => Number(key.split('|')[0])))].sort((a, b) => b - a);
  return periods.map((period) => ({
    period,
    levels: regionLevels.filter((level) => keys.includes(`${period}|${level}`)),
  }));
}

/** The source files that publish a required variable for a year and level the indicator covers. */
export function sourcesOf(indicator: IndicatorInput): SourceDefinition[] {
  const needed = new Set<string>(requiredVariables(indicator));
  const covered = new Set(
    coverageOf(indicator).flatMap((c) => c.levels.map((l) => `${c.period}|${l}`)),
  );
  return sources.filter((source) =>
    source.columns.some(
      (mapping) =>
        needed.has(mapping.variable) &&
        (sourceYears(source) ?? seriesYears).some((year) =>
          (mapping.levels ?? source.levels).some((level) => covered.has(`${year}|${level}`)),
        ),
    ),
  );
}

/** Words that would make an indicator about origin; the programme forbids such indicators. */
export const forbiddenTerms =
  /herkomst|migra|etnic|etnisch|ethnic|nationalit|afkomst|allochto|autochto|origin/i;

const variableId = z.string().refine(isVariableId, 'onbekende variabele');
const common = {
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'verwacht kebab-case'),
  name: z.string().min(3).max(120),
  theme: z.enum(indicatorThemes),
  unit: z.string().min(1).max(40),
  direction: z.enum(indicatorDirections),
  measures: z.string().min(20).max(400),
  caveats: z.array(z.string().min(10).max(400)).min(1),
  multiplier: z.number().positive(),
};
const indicatorSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    ...common,
    kind: z.literal('ratio'),
    numerator: variableId,
    denominator: variableId,
  }),
  z.strictObject({
    ...common,
    kind: z.enum(indicatorKinds.filter((kind) => kind !== 'ratio')),
    value: variableId,
    weight: variableId.optional(),
    minus: variableId.optional(),
  }),
]);

/** Checks the catalogue: fields per kind, unique ids, data to compute it, nothing on origin. */
export const indicatorListSchema = z.array(indicatorSchema).superRefine((list, ctx) => {
  const ids = list.map((indicator) => indicator.id);
  if (new Set(ids).size !== ids.length)
    ctx.addIssue({ code: 'custom', message: 'dubbele indicator-id' });
  list.forEach((indicator, index) => {
    const issue = (message: string) => ctx.addIssue({ code: 'custom', path: [index], message });
    const text = [indicator.id, indicator.name, indicator.measures, ...indicator.caveats].join(' ');
    if (forbiddenTerms.test(text)) issue('geen indicatoren op herkomst');
    if (indicator.kind !== 'ratio' && indicator.kind !== 'mean' && indicator.minus)
      issue('minus alleen bij een gemiddelde of percentage');
    if (coverageOf(indicator as IndicatorInput).length === 0)
      issue('geen bron publiceert alle variabelen');
  });
});

const definitions: readonly IndicatorInput[] = [
  ...contextIndicators,
  ...incomeIndicators,
  ...housingIndicators,
  ...economySafetyIndicators,
];
indicatorListSchema.parse(definitions);

/** The indicator catalogue, checked when this module loads, with coverage from sources.ts. */
export const indicators: readonly Indicator[] = definitions.map((definition) => {
  const coverage = coverageOf(definition);
  const levels = regionLevels.filter((level) => coverage.some((c) => c.levels.includes(level)));
  return {
    ...definition,
    coverage,
    periods: coverage.map((c) => c.period),
    levels,
    sources: sourcesOf(definition),
  };
});

/** Indicators by id. */
export const indicatorById: ReadonlyMap<string, Indicator> = new Map(
  indicators.map((indicator) => [indicator.id, indicator]),
);

/** The methodology text of a card: what it measures, how it is computed, caveats, not proof. */
export function methodologyText(indicator: IndicatorInput, computation: string): string {
  return [indicator.measures, computation, ...indicator.caveats, notProofSentence].join(' ');
}
