// SPDX-License-Identifier: EUPL-1.2
import { z } from 'zod';

import {
  indicatorDirections,
  indicatorKinds,
  indicatorThemes,
} from '../statistics/indicators/define';
import { regionLevelSchema } from '../statistics/levels';

/** GET /api/v1/indicators/{id}. */
export const indicatorIdParams = z.object({
  id: z
    .string()
    .trim()
    .toLowerCase()
    .max(100)
    .meta({ example: 'geregistreerde-misdrijven-per-1000-inwoners' }),
});

const coverageSchema = z.object({
  period: z.number().int(),
  levels: z.array(regionLevelSchema),
});

/** One indicator as listed in the catalogue. */
export const indicatorSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  theme: z.enum(indicatorThemes),
  /** Dutch label of the theme, e.g. "context en voedingsbodem". */
  themeLabel: z.string(),
  unit: z.string(),
  kind: z.enum(indicatorKinds),
  direction: z.enum(indicatorDirections),
  levels: z.array(regionLevelSchema),
  /** Years with data, newest first. */
  periods: z.array(z.number().int()),
  /** Path of the methodology card. */
  href: z.string(),
});
export type IndicatorSummary = z.infer<typeof indicatorSummarySchema>;

export const indicatorListSchema = z.object({
  themes: z.array(z.object({ id: z.enum(indicatorThemes), label: z.string() })),
  indicators: z.array(indicatorSummarySchema),
});
export type IndicatorList = z.infer<typeof indicatorListSchema>;

/** A canonical variable as named on a card. */
const variableRefSchema = z.object({ id: z.string(), label: z.string(), unit: z.string() });

const sourceRefSchema = z.object({
  file: z.string(),
  title: z.string(),
  tableId: z.string().nullable(),
  publisher: z.string(),
  licence: z.string(),
});

/** The methodology card of one indicator: definition, computation, sources and caveats. */
export const indicatorCardSchema = indicatorSummarySchema.omit({ href: true }).extend({
  multiplier: z.number(),
  numerator: variableRefSchema.nullable(),
  denominator: variableRefSchema.nullable(),
  value: variableRefSchema.nullable(),
  weight: variableRefSchema.nullable(),
  /** A second published value subtracted from `value` (private rental = rented − corporation). */
  minus: variableRefSchema.nullable(),
  coverage: z.array(coverageSchema),
  sources: z.array(sourceRefSchema),
  /** "Bron: CBS", or "Bron: Politie; CBS" when the parts come from both. */
  attribution: z.string(),
  methodology: z.object({
    measures: z.string(),
    computation: z.string(),
    caveats: z.array(z.string()),
    notProof: z.string(),
    /** All of the above as one Dutch text. */
    text: z.string(),
  }),
});
export type IndicatorCard = z.infer<typeof indicatorCardSchema>;
