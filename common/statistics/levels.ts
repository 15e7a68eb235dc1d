// SPDX-License-Identifier: EUPL-1.2
import { z } from 'zod';

/**
 * Region levels, from the country down to the neighbourhood. The codes stay Dutch, like the
 * organisation types: they are the CBS terms users read, and they appear in URLs
 * (`/api/v1/geo/gemeente/2024`). `veiligheidsregio` and `politie-eenheid` are groupings of
 * whole gemeenten, not administrative layers.
 */
export const regionLevels = [
  'land',
  'provincie',
  'veiligheidsregio',
  'politie-eenheid',
  'gemeente',
  'wijk',
  'buurt',
] as const;
export const regionLevelSchema = z.enum(regionLevels);
export type RegionLevel = z.infer<typeof regionLevelSchema>;

/** Dutch plural labels for messages and the UI. */
export const regionLevelLabels: Record<RegionLevel, string> = {
  land: 'land',
  provincie: 'provincies',
  veiligheidsregio: "veiligheidsregio's",
  'politie-eenheid': 'politie-eenheden',
  gemeente: 'gemeenten',
  wijk: 'wijken',
  buurt: 'buurten',
};

/**
 * Code formats per level. Wijk and buurt codes may end in letters (Amsterdam: WK0363AA,
 * BU0363AA01). Politie-eenheden have no CBS code; see {@link policeUnitCode}.
 */
export const regionCodePatterns: Record<RegionLevel, RegExp> = {
  land: /^NL00$/,
  provincie: /^PV\d{2}$/,
  veiligheidsregio: /^VR\d{2}$/,
  'politie-eenheid': /^PE-[A-Z0-9]+(-[A-Z0-9]+)*$/,
  gemeente: /^GM\d{4}$/,
  wijk: /^WK\d{4}[0-9A-Z]{2}$/,
  buurt: /^BU\d{4}[0-9A-Z]{4}$/,
};

/** The level a region code belongs to, or null when it has no known format. */
export function levelOfCode(code: string): RegionLevel | null {
  return regionLevels.find((level) => regionCodePatterns[level].test(code)) ?? null;
}

/** Any region code the platform knows. */
export const regionCodeSchema = z
  .string()
  .refine((code) => levelOfCode(code) !== null, 'geen bekende regiocode');

/**
 * Stable code for a Politie regional unit, which has no published code:
 * "Zeeland - West-Brabant" → PE-ZEELAND-WEST-BRABANT, "Den Haag" → PE-DEN-HAAG.
 */
export function policeUnitCode(name: string): string {
  return `PE-${name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}`;
}

/**
 * How a published value stands. `exact`: as published. `rounded`: the source rounds it
 * (CBS rounds person and household counts at wijk and buurt level to multiples of 5), so parts
 * need not add up to the total. `missing`: not published or not available. `secret`: withheld by
 * the source for confidentiality. Missing and secret values have no number, never zero.
 */
export const valueStatuses = ['exact', 'rounded', 'missing', 'secret'] as const;
export const valueStatusSchema = z.enum(valueStatuses);
export type ValueStatus = z.infer<typeof valueStatusSchema>;
