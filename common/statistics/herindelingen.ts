// SPDX-License-Identifier: EUPL-1.2

/**
 * Municipal reorganisations between the divisions in the data folder, as facts from its README
 * ("kwb_2022_gemeente.csv … the 2022 municipal division: includes GM0457 Weesp (merged into
 * Amsterdam in 2022), GM0501 Brielle, GM0530 Hellevoetsluis and GM0614 Westvoorne (merged into
 * GM1992 Voorne aan Zee on 1 Jan 2023)"). There were no mergers on 1 January 2024, so the 2023
 * and 2024 divisions have the same 342 codes. Divisions before 2022 are not described here: series
 * from those years cannot be harmonised.
 */

/** Gemeenten of the 2022 division that no longer exist in 2023, with their province. */
export const dissolvedGemeenten = [
  // Weesp lay in Noord-Holland, Brielle, Hellevoetsluis and Westvoorne in Zuid-Holland.
  { code: 'GM0457', name: 'Weesp', lastYear: 2022, provinceCode: 'PV27' },
  { code: 'GM0501', name: 'Brielle', lastYear: 2022, provinceCode: 'PV28' },
  { code: 'GM0530', name: 'Hellevoetsluis', lastYear: 2022, provinceCode: 'PV28' },
  { code: 'GM0614', name: 'Westvoorne', lastYear: 2022, provinceCode: 'PV28' },
] as const;

/** Gemeenten that first exist in the given year's division. */
export const createdGemeenten = [
  { code: 'GM1992', name: 'Voorne aan Zee', firstYear: 2023 },
] as const;

/** One step of a reorganisation: the territory of `from` (in fromYear) became part of `to`. */
export interface Succession {
  readonly fromCode: string;
  readonly fromYear: number;
  readonly toCode: string;
  readonly toYear: number;
}

/**
 * Every gemeente whose territory changed lists all its predecessors, itself included when it kept
 * its code (Amsterdam 2023 = Amsterdam 2022 + Weesp 2022). A code absent from this list and
 * present in both years is unchanged.
 */
export const successions: readonly Succession[] = [
  { fromCode: 'GM0363', fromYear: 2022, toCode: 'GM0363', toYear: 2023 },
  { fromCode: 'GM0457', fromYear: 2022, toCode: 'GM0363', toYear: 2023 },
  { fromCode: 'GM0501', fromYear: 2022, toCode: 'GM1992', toYear: 2023 },
  { fromCode: 'GM0530', fromYear: 2022, toCode: 'GM1992', toYear: 2023 },
  { fromCode: 'GM0614', fromYear: 2022, toCode: 'GM1992', toYear: 2023 },
];

/**
 * The gemeente codes of a division year, derived from the 2024 list; null for years this module
 * does not describe (before 2022), whose codes the time series files define themselves.
 */
export function gemeenteCodesIn(year: number, codes2024: ReadonlySet<string>): Set<string> | null {
  if (year === 2023 || year === 2024) return new Set(codes2024);
  if (year !== 2022) return null;
  const codes = new Set(codes2024);
  for (const created of createdGemeenten) codes.delete(created.code);
  for (const dissolved of dissolvedGemeenten) codes.add(dissolved.code);
  return codes;
}
