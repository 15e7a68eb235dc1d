// SPDX-License-Identifier: EUPL-1.2
import { z } from 'zod';

import { regionLevelSchema } from '../statistics/levels';

/** A division year as a query parameter (`?year=2024`). */
export const yearParam = z.coerce.number().int().min(1900).max(2200);

/** GET /api/v1/regions: one level of one division year, optionally within a parent region. */
export const regionListQuerySchema = z.strictObject({
  level: regionLevelSchema.default('gemeente'),
  /** Default: the newest year of that level. */
  year: yearParam.optional(),
  /** Any ancestor or grouping: PV27, VR13, PE-AMSTERDAM, GM0363, WK0363AA. */
  parent: z.string().trim().toUpperCase().max(40).optional(),
});

export const regionYearQuerySchema = z.strictObject({ year: yearParam.optional() });

export const regionCodeParams = z.object({
  code: z.string().trim().toUpperCase().max(40).meta({ example: 'GM0363' }),
});

export const geoParams = z.object({
  level: regionLevelSchema,
  year: yearParam,
});

/** `?within=GM0363`: only the geometries of that gemeente or provincie. */
export const geoQuerySchema = z.strictObject({
  within: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^(GM\d{4}|PV\d{2})$/, 'verwacht een gemeentecode (GM0363) of provinciecode (PV27)')
    .optional(),
});

/** A region as listed: its place in the division and its area. */
export const regionSchema = z.object({
  code: z.string(),
  name: z.string(),
  level: regionLevelSchema,
  year: z.number().int(),
  parentCode: z.string().nullable(),
  gemeenteCode: z.string().nullable(),
  provinceCode: z.string().nullable(),
  safetyRegionCode: z.string().nullable(),
  policeUnitCode: z.string().nullable(),
  areaLandHa: z.number().nullable(),
  areaWaterHa: z.number().nullable(),
});
export type RegionView = z.infer<typeof regionSchema>;

export const regionListSchema = z.object({
  level: regionLevelSchema,
  year: z.number().int(),
  parent: z.string().nullable(),
  /** False when the source did not name every region of that year (historical time series). */
  complete: z.boolean(),
  note: z.string().nullable(),
  regions: z.array(regionSchema),
});
export type RegionList = z.infer<typeof regionListSchema>;

const regionRefSchema = z.object({ code: z.string(), name: z.string(), level: regionLevelSchema });
const yearCodeSchema = z.object({ code: z.string(), year: z.number().int() });

/** One region with its ancestors and groupings named, and how it relates to other years. */
export const regionDetailSchema = regionSchema.extend({
  /** Parent chain and groupings, nearest first (wijk → gemeente → provincie → land, then VR, PE). */
  parents: z.array(regionRefSchema),
  /** Every division year in which this code exists. */
  years: z.array(z.number().int()),
  /** Regions of an earlier year that became (part of) this one, and the reverse. */
  predecessors: z.array(yearCodeSchema),
  successors: z.array(yearCodeSchema),
});
export type RegionDetail = z.infer<typeof regionDetailSchema>;
