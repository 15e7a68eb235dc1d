// SPDX-License-Identifier: EUPL-1.2
import { z } from 'zod';

/** The marker every view of a synthetic package's numbers shows (issue: never mixed silently). */
export const syntheticLabel = 'Synthetische demonstratiedata';

/**
 * How a package indicator is defined, as its manifest states it: what it measures, the counted
 * populations (numerator, and denominator for a ratio), the method and the caveats.
 */
export const packageIndicatorDefinitionSchema = z.object({
  measures: z.string(),
  numerator: z.string(),
  /** Null for a count: the value is the numerator itself. */
  denominator: z.string().nullable(),
  methodology: z.string(),
  caveats: z.array(z.string()),
  notProof: z.string(),
});
export type PackageIndicatorDefinition = z.infer<typeof packageIndicatorDefinitionSchema>;

const packageIndicatorSchema = z.object({
  id: z.string(),
  name: z.string(),
  theme: z.string(),
  kind: z.string(),
  unit: z.string(),
  levels: z.array(z.string()),
  /** What a breakdown row splits by (SBI division, offence gemeente), or null. */
  breakdown: z.string().nullable(),
  ...packageIndicatorDefinitionSchema.shape,
});

/** One imported statistics package from the pipeline, with its provenance. */
export const packageSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  period: z.string(),
  synthetic: z.boolean(),
  /** "Synthetische demonstratiedata" for synthetic packages, else null. */
  marker: z.string().nullable(),
  softwareVersion: z.string(),
  importedAt: z.string(),
  /** The disclosure rules the pipeline applied (minimum count, rounding, dominance). */
  disclosure: z.record(z.string(), z.unknown()),
  indicators: z.array(packageIndicatorSchema),
});
export type PackageView = z.infer<typeof packageSchema>;

export const packageListSchema = z.object({ packages: z.array(packageSchema) });

export const packageValuesQuerySchema = z.strictObject({
  level: z.enum(['land', 'gemeente', 'wijk', 'buurt']).default('gemeente'),
  parent: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^(GM\d{4}|WK\d{4}[0-9A-Z]{2})$/, 'verwacht een gemeente- of wijkcode')
    .optional(),
});

/** One disclosure-controlled value of a package. */
export const packageValueSchema = z.object({
  code: z.string(),
  name: z.string(),
  breakdown: z.string(),
  value: z.number().nullable(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  status: z.enum(['exact', 'rounded', 'suppressed']),
  /** Dutch: why a value is suppressed, and which coarser region carries it. */
  note: z.string().nullable(),
  carriedBy: z.string().nullable(),
});

export const packageValuesSchema = z.object({
  indicator: packageIndicatorSchema,
  packageId: z.number().int(),
  period: z.string(),
  level: z.string(),
  synthetic: z.boolean(),
  marker: z.string().nullable(),
  values: z.array(packageValueSchema),
});
export type PackageValues = z.infer<typeof packageValuesSchema>;
