// SPDX-License-Identifier: EUPL-1.2
import { z } from 'zod';

import type { suppressionReasons } from './cells';
import { packageLevels, valueStatuses } from './cells';
import { tableNames } from './contract';
import { disclosureRulesSchema } from './privacy';

/** Name of the package format, so an importer can refuse anything else. */
export const packageFormat = 'weerbaar-statistiekpakket';

/** The columns of values.csv and values.parquet, in order. Nothing else may appear: no ids. */
export const valueColumns = [
  'indicator',
  'period',
  'level',
  'region_code',
  'breakdown',
  'value',
  'numerator',
  'denominator',
  'status',
  'reason',
  'carried_by',
] as const;

const indicatorSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  step: z.string(),
  name: z.string(),
  theme: z.string(),
  kind: z.enum(['ratio', 'count']),
  unit: z.string(),
  multiplier: z.number().positive(),
  numerator: z.string(),
  denominator: z.string().nullable(),
  breakdown: z.string().nullable(),
  levels: z.array(z.enum(packageLevels)).min(1),
  magnitude: z.boolean(),
  measures: z.string(),
  methodology: z.string(),
  caveats: z.array(z.string()),
  notProof: z.string().min(1),
  periods: z.array(z.string().regex(/^\d{4}$/)).min(1),
});

/** manifest.json of a statistics package: what is in it, how it was protected, where it came from. */
export const manifestSchema = z.strictObject({
  format: z.literal(packageFormat),
  formatVersion: z.literal(1),
  software: z.strictObject({ name: z.string(), version: z.string() }),
  synthetic: z.boolean(),
  period: z.string().regex(/^\d{4}$/),
  indicators: z.array(indicatorSchema).min(1),
  disclosure: z.strictObject({
    rules: disclosureRulesSchema,
    roundedLevels: z.array(z.enum(packageLevels)),
    dominanceIndicators: z.array(z.string()),
    secondary: z.string(),
  }),
  inputRows: z.record(z.enum(tableNames), z.number().int().min(0)),
  values: z.strictObject({
    csv: z.literal('values.csv'),
    parquet: z.literal('values.parquet'),
    rows: z.number().int().min(0),
    sha256: z.strictObject({ csv: z.string().regex(/^[0-9a-f]{64}$/) }),
    statuses: z.record(z.enum(valueStatuses), z.number().int().min(0)),
  }),
});
export type Manifest = z.infer<typeof manifestSchema>;

/** One row of values.csv. */
export interface ValueRow {
  readonly indicator: string;
  readonly period: string;
  readonly level: (typeof packageLevels)[number];
  readonly region_code: string;
  readonly breakdown: string;
  readonly value: number | null;
  readonly numerator: number | null;
  readonly denominator: number | null;
  readonly status: (typeof valueStatuses)[number];
  readonly reason: (typeof suppressionReasons)[number] | null;
  readonly carried_by: string | null;
}
