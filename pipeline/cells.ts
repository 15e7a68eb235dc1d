// SPDX-License-Identifier: EUPL-1.2

/** Region levels a package publishes, coarse to fine. Breakdowns (branch, offence gemeente) sit beside them. */
export const packageLevels = ['land', 'gemeente', 'wijk', 'buurt'] as const;
export type PackageLevel = (typeof packageLevels)[number];

/** One aggregate as a step produces it, before disclosure control. Never leaves the pipeline. */
export interface RawCell {
  readonly indicator: string;
  readonly level: PackageLevel;
  readonly region: string;
  /** '' for the region total; otherwise a category (SBI branch, offence gemeente) of that total. */
  readonly breakdown: string;
  readonly numerator: number;
  /** The population at risk, or null for a plain count. */
  readonly denominator: number | null;
  /** Distinct units (persons, households, owners) behind the numerator. */
  readonly contributors: number;
  /** The two largest contributions to the numerator, for magnitude tables; null elsewhere. */
  readonly top1: number | null;
  readonly top2: number | null;
}

/** How a published value was treated. */
export const valueStatuses = ['exact', 'rounded', 'suppressed'] as const;
export type ValueStatus = (typeof valueStatuses)[number];
/** Why a value was suppressed: its own small count, one dominant contributor, or to protect another cell. */
export const suppressionReasons = ['min-count', 'dominance', 'secondary'] as const;
export type SuppressionReason = (typeof suppressionReasons)[number];

/** One cell after disclosure control: what the package may carry. */
export interface SafeCell {
  readonly indicator: string;
  readonly level: PackageLevel;
  readonly region: string;
  readonly breakdown: string;
  readonly numerator: number | null;
  readonly denominator: number | null;
  readonly status: ValueStatus;
  readonly reason: SuppressionReason | null;
  /** For a suppressed cell: the nearest coarser published cell that includes it. */
  readonly carriedBy: string | null;
}

/** The code of the region that contains `code` one level up, or null for the country. */
export function parentRegion(level: PackageLevel, code: string): string | null {
  if (level === 'buurt') return `WK${code.slice(2, 8)}`;
  if (level === 'wijk') return `GM${code.slice(2, 6)}`;
  if (level === 'gemeente') return 'NL00';
  return null;
}

/** The level one up from `level`. */
export function parentLevel(level: PackageLevel): PackageLevel | null {
  const index = packageLevels.indexOf(level);
  return index > 0 ? (packageLevels[index - 1] ?? null) : null;
}

/** The key of the cell of `indicator` at `level` and `region` with `breakdown` ('' for the total). */
export function keyOf(indicator: string, level: string, region: string, breakdown: string): string {
  return `${indicator}|${level}|${region}|${breakdown}`;
}

/** A key that names one cell. */
export function cellKey(c: {
  indicator: string;
  level: string;
  region: string;
  breakdown: string;
}): string {
  return keyOf(c.indicator, c.level, c.region, c.breakdown);
}

/**
 * The additive relations between cells that an attacker can subtract: each region total equals
 * the sum of its children one level down, and each total equals the sum of its breakdown rows.
 * Returns groups of keys, parent first; a group counts only when the parent is in the table.
 */
export function additiveGroups<
  T extends { indicator: string; level: PackageLevel; region: string; breakdown: string },
>(cells: readonly T[]): string[][] {
  const keys = new Set(cells.map(cellKey));
  const groups = new Map<string, string[]>();
  const add = (parent: string, child: string) => {
    if (!keys.has(parent)) return;
    const group = groups.get(parent);
    if (group) group.push(child);
    else groups.set(parent, [parent, child]);
  };
  // Keys are built from their parts, not from spread copies of the cells: a national package has
  // over a hundred thousand cells, and copying each one dominated the run and the verify.
  for (const c of cells) {
    if (c.breakdown !== '') {
      add(keyOf(c.indicator, c.level, c.region, ''), cellKey(c));
      continue;
    }
    const level = parentLevel(c.level);
    const region = parentRegion(c.level, c.region);
    if (level && region) add(keyOf(c.indicator, level, region, ''), cellKey(c));
  }
  return [...groups.keys()].sort().map((k) => groups.get(k) ?? []);
}
