// SPDX-License-Identifier: EUPL-1.2
import { z } from 'zod';

import { regionLevelSchema, valueStatusSchema } from '../statistics/levels';

import { yearParam } from './regions';
import { indicatorSummarySchema } from './statistics';
import { packageIndicatorDefinitionSchema, packageSchema } from './statistics-packages';

/** CSV also by `Accept: text/csv`; the parameter serves plain download links (CSV, XLSX). */
const formatParam = z.enum(['json', 'csv', 'xlsx']).optional();

/** GET /api/v1/indicators/{id}/values. */
export const indicatorValuesQuerySchema = z.strictObject({
  level: regionLevelSchema.default('gemeente'),
  /** The period (reporting year); default: the newest with data at that level. */
  year: yearParam.optional(),
  /** Only the regions below or grouped under this one (PV27, VR13, GM0363 …). */
  parent: z.string().trim().toUpperCase().max(40).optional(),
  format: formatParam,
});

/** GET /api/v1/regions/{code}/profile. */
export const profileQuerySchema = z.strictObject({
  /** Only this period; default: each indicator's newest period with a value for the region. */
  year: yearParam.optional(),
  format: formatParam,
});

export const funnelPositions = [
  'strongly-above',
  'above',
  'within',
  'below',
  'strongly-below',
] as const;

/** The national reference value and how it was obtained. */
export const nationalSchema = z.object({
  value: z.number().nullable(),
  /** published (NL00 of the source), inherited (the gemeente figure, for wijken and buurten),
   * ratio-of-sums, sum, weighted-mean or not-available. */
  method: z.string(),
  published: z.boolean(),
  approximate: z.boolean(),
  regionsContributing: z.number().int().nullable(),
  regionsTotal: z.number().int(),
  anyMissing: z.boolean(),
  reason: z.string().nullable(),
});

export const funnelSchema = z.object({
  lower998: z.number(),
  lower95: z.number(),
  upper95: z.number(),
  upper998: z.number(),
  /** Where the region lies against the limits; `within` = not distinguishable from chance. */
  position: z.enum(funnelPositions),
});

/** One region's value and comparison; numbers are null for missing and secret regions. */
export const indicatorValueSchema = z.object({
  code: z.string(),
  name: z.string(),
  value: z.number().nullable(),
  status: valueStatusSchema,
  /** Dutch explanation for missing, secret and rounded values. */
  statusNote: z.string().nullable(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  /** 100 × value / national value (NL = 100). */
  index: z.number().nullable(),
  difference: z.number().nullable(),
  percentile: z.number().nullable(),
  zScore: z.number().nullable(),
  previousValue: z.number().nullable(),
  change: z.number().nullable(),
  changeRelative: z.number().nullable(),
  changeStatus: z.string(),
  funnel: funnelSchema.nullable(),
  /** The indicator over the gemeente's peer group (gemeenten only). */
  peerValue: z.number().nullable(),
  peerCount: z.number().int().nullable(),
});
export type IndicatorValue = z.infer<typeof indicatorValueSchema>;

export const indicatorValuesSchema = z.object({
  indicator: indicatorSummarySchema,
  level: regionLevelSchema,
  period: z.number().int(),
  /** The municipal division the codes belong to (crime 2022 is published in the 2024 division). */
  regionYear: z.number().int(),
  parent: z.string().nullable(),
  previousPeriod: z.number().int().nullable(),
  national: nationalSchema,
  funnel: z
    .object({
      model: z.enum(['poisson', 'binomial']),
      method: z.enum(['exact', 'random-effects']),
      overdispersionPhi: z.number().nullable(),
    })
    .nullable(),
  /** Where the data is available: the other periods and levels of this indicator. */
  available: z.array(z.object({ period: z.number().int(), levels: z.array(regionLevelSchema) })),
  attribution: z.string(),
  values: z.array(indicatorValueSchema),
});
export type IndicatorValues = z.infer<typeof indicatorValuesSchema>;

const peerReasonSchema = z.object({
  feature: z.string(),
  value: z.number(),
  peerValue: z.number(),
  gap: z.number(),
  similar: z.boolean(),
  text: z.string(),
});

/** A gemeente's peer group: the most similar gemeenten and why. */
export const peerGroupSchema = z.object({
  year: z.number().int(),
  featuresPeriod: z.number().int(),
  featuresUsed: z.array(z.string()),
  note: z.string().nullable(),
  peers: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      rank: z.number().int(),
      distance: z.number(),
      summary: z.string(),
      reasons: z.array(peerReasonSchema),
    }),
  ),
});
export type PeerGroupView = z.infer<typeof peerGroupSchema>;

/** One indicator in a region profile. */
export const profileIndicatorSchema = indicatorValueSchema.omit({ code: true, name: true }).extend({
  id: z.string(),
  name: z.string(),
  unit: z.string(),
  kind: z.string(),
  direction: z.string(),
  period: z.number().int(),
  national: z.number().nullable(),
  nationalMethod: z.string(),
  /** The value of the gemeente the wijk or buurt lies in (null for gemeenten). */
  parentValue: z.number().nullable(),
  /** Every period with a value for this region code, oldest first (for a sparkline). */
  series: z.array(
    z.object({ period: z.number().int(), value: z.number().nullable(), status: valueStatusSchema }),
  ),
});
export type ProfileIndicator = z.infer<typeof profileIndicatorSchema>;

/** One indicator of a statistics package in a region profile (pipeline output, kept apart). */
export const profilePackageIndicatorSchema = z.object({
  id: z.string(),
  name: z.string(),
  unit: z.string(),
  kind: z.string(),
  value: z.number().nullable(),
  status: z.enum(['exact', 'rounded', 'suppressed']),
  /** Dutch: why a value is rounded or suppressed, and which coarser region carries it. */
  note: z.string().nullable(),
  /** Which disclosure rule suppressed the value (null unless suppressed). */
  reason: z.enum(['min-count', 'dominance', 'secondary']).nullable(),
  /** The coarser region whose published figure still counts a suppressed value, when known. */
  carriedBy: z.string().nullable(),
  /** The package's national value, the index against it (NL = 100) and the peer-group value. */
  national: z.number().nullable(),
  index: z.number().nullable(),
  peerValue: z.number().nullable(),
  peerCount: z.number().int().nullable(),
  /** The value of the gemeente the wijk or buurt lies in (null for gemeenten). */
  parentValue: z.number().nullable(),
  /** The definition from the package's manifest, for the annex's methods section. */
  ...packageIndicatorDefinitionSchema.shape,
});

/**
 * A statistics package's figures for one region: the package as listed (provenance, disclosure
 * rules, synthetic marker to show with every number) with this region's values.
 */
export const profilePackageSchema = packageSchema
  .omit({ indicators: true })
  .extend({ indicators: z.array(profilePackageIndicatorSchema) });
export type ProfilePackage = z.infer<typeof profilePackageSchema>;

export const regionProfileSchema = z.object({
  region: z.object({
    code: z.string(),
    name: z.string(),
    level: regionLevelSchema,
    year: z.number().int(),
    gemeenteCode: z.string().nullable(),
    gemeenteName: z.string().nullable(),
  }),
  period: z.number().int().nullable(),
  themes: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      indicators: z.array(profileIndicatorSchema),
    }),
  ),
  peerGroup: peerGroupSchema.nullable(),
  /** Statistics packages (pipeline analyses) with values for this region, never mixed into themes. */
  packages: z.array(profilePackageSchema),
  attribution: z.string(),
  notProof: z.string(),
});
export type RegionProfile = z.infer<typeof regionProfileSchema>;

/** GET /api/v1/indicators/{id}/series. */
export const seriesQuerySchema = z.strictObject({
  region: z.string().trim().toUpperCase().max(40).meta({ example: 'GM0363' }),
  /** true (default): every period in the newest division, merged gemeenten summed. */
  harmonise: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
});

/** A gemeente's series of one indicator, optionally harmonised across herindelingen. */
export const seriesSchema = z.object({
  indicator: indicatorSummarySchema,
  region: z.object({ code: z.string(), name: z.string() }),
  harmonised: z.boolean(),
  /** The division the points are expressed in (harmonised) or null (each period its own). */
  targetYear: z.number().int().nullable(),
  /** False when the indicator or a point cannot be harmonised; `reason` says why. */
  harmonisable: z.boolean(),
  reason: z.string().nullable(),
  points: z.array(
    z.object({
      period: z.number().int(),
      value: z.number().nullable(),
      status: z.enum(['exact', 'rounded', 'missing', 'secret', 'not-harmonisable']),
      /** True when built from other codes than the region's own (a merger). */
      harmonised: z.boolean(),
      approximate: z.boolean(),
      sources: z.array(z.string()),
      reason: z.string().nullable(),
    }),
  ),
});
export type Series = z.infer<typeof seriesSchema>;
