// SPDX-License-Identifier: EUPL-1.2
import { z } from 'zod';

import {
  additiveGroups,
  cellKey,
  keyOf,
  parentLevel,
  parentRegion,
  type RawCell,
  type SafeCell,
  type SuppressionReason,
} from './cells';

/**
 * The disclosure rules every output passes through. Defaults follow CBS practice for remote
 * access output (≥ 10 units per cell, KWB wijk/buurt counts rounded to 5, a (2, 85 %) dominance
 * rule for business magnitudes); see ../shared/domain/zicht.md §1.4.
 */
export const disclosureRulesSchema = z.strictObject({
  /** Minimum number of contributing units, and of the population at risk, per published cell. */
  minCount: z.number().int().min(1).max(1000),
  /** Counts below gemeente level are rounded to a multiple of this. */
  roundingBase: z.number().int().min(1).max(100),
  /** Magnitude cells are suppressed when the two largest contributors exceed this share. */
  dominanceShare: z.number().gt(0).lte(1),
});
export type DisclosureRules = z.infer<typeof disclosureRulesSchema>;

/** The defaults: 10 units, rounding to 5, top-2 ≤ 85 %. */
export const defaultRules: DisclosureRules = {
  minCount: 10,
  roundingBase: 5,
  dominanceShare: 0.85,
};

/** Whether counts at this level are rounded: everything below the gemeente, as CBS does in KWB. */
export function isRoundedLevel(level: string): boolean {
  return level === 'wijk' || level === 'buurt';
}

/** Rounds to the nearest multiple of `base`, halves up. */
export function roundTo(value: number, base: number): number {
  return Math.floor(value / base + 0.5) * base;
}

/** The primary rule a raw cell breaks, if any. */
export function primaryReason(cell: RawCell, rules: DisclosureRules): SuppressionReason | null {
  // A small population at risk reveals its members' attribute even when the count is zero or full.
  if (cell.denominator !== null && cell.denominator < rules.minCount) return 'min-count';
  if (cell.contributors > 0 && cell.contributors < rules.minCount) return 'min-count';
  if (cell.top1 !== null && cell.numerator > 0) {
    const top = cell.top1 + (cell.top2 ?? 0);
    if (top > rules.dominanceShare * cell.numerator) return 'dominance';
  }
  return null;
}

/**
 * Picks the cell to suppress so that a group with exactly one suppressed cell no longer reveals
 * it: the published child with the smallest positive count (least information lost), else the
 * parent. A zero child is no protection: the attacker learns the suppressed cell equals the rest.
 */
function complement(group: readonly string[], byKey: Map<string, RawCell>, out: Set<string>) {
  const [parent, ...children] = group;
  // The smallest count, ties broken by key: one pass instead of sorting every candidate.
  let first: string | undefined;
  let least = Infinity;
  for (const k of children) {
    const n = byKey.get(k)?.numerator ?? 0;
    if (out.has(k) || n <= 0) continue;
    if (n < least || (n === least && first !== undefined && k < first)) {
      first = k;
      least = n;
    }
  }
  if (first) return first;
  return parent && !out.has(parent) ? parent : undefined;
}

/**
 * Secondary suppression: repeats until every additive group (region = Σ sub-regions,
 * total = Σ breakdown) has no suppressed cell or at least two, so no suppressed value follows
 * from published ones by subtraction.
 */
export function secondarySuppression(
  cells: readonly RawCell[],
  primary: ReadonlySet<string>,
): Set<string> {
  const byKey = new Map(cells.map((c) => [cellKey(c), c]));
  const groups = additiveGroups(cells);
  const memberOf = new Map<string, number[]>();
  groups.forEach((group, index) => {
    for (const key of group) {
      const member = memberOf.get(key);
      if (member) member.push(index);
      else memberOf.set(key, [index]);
    }
  });
  const suppressed = new Set(primary);
  const secondary = new Set<string>();
  // The suppressed cells per group, kept up to date instead of recounted: the national groups
  // (a country of 342 gemeenten) come back to the worklist after every pick in them.
  const hidden = groups.map((group) => group.filter((k) => suppressed.has(k)).length);
  // A worklist: only the groups of a newly suppressed cell need a second look.
  const queue = groups.map((_, index) => index);
  for (let head = 0; head < queue.length; head += 1) {
    const index = queue[head] ?? 0;
    if (hidden[index] !== 1) continue;
    const pick = complement(groups[index] ?? [], byKey, suppressed);
    if (!pick) continue;
    suppressed.add(pick);
    secondary.add(pick);
    const touched = memberOf.get(pick) ?? [];
    for (const g of touched) hidden[g] = (hidden[g] ?? 0) + 1;
    queue.push(...touched);
  }
  return secondary;
}

/** The nearest published cell above a suppressed one: its total, else its region's ancestors. */
function carrier(cell: RawCell, published: ReadonlySet<string>): string | null {
  if (cell.breakdown !== '')
    return published.has(keyOf(cell.indicator, cell.level, cell.region, '')) ? cell.region : null;
  let level = parentLevel(cell.level);
  let region = parentRegion(cell.level, cell.region);
  while (level && region) {
    if (published.has(keyOf(cell.indicator, level, region, ''))) return region;
    const next = parentLevel(level);
    region = parentRegion(level, region);
    level = next;
  }
  return null;
}

/**
 * Applies every disclosure rule to a table of raw cells: primary suppression (minimum count,
 * dominance), secondary suppression over the region hierarchy and breakdowns, and rounding below
 * gemeente level. Suppressed cells carry no numbers, only the reason and the coarser level that
 * still carries them. This is the only way cells reach a package.
 */
export function protect(cells: readonly RawCell[], rules: DisclosureRules): SafeCell[] {
  const keys = cells.map(cellKey);
  const reasons = new Map<string, SuppressionReason>();
  cells.forEach((cell, i) => {
    const reason = primaryReason(cell, rules);
    if (reason) reasons.set(keys[i] ?? '', reason);
  });
  for (const key of secondarySuppression(cells, new Set(reasons.keys())))
    reasons.set(key, 'secondary');
  const published = new Set(keys.filter((k) => !reasons.has(k)));
  return cells.map((cell, i) => {
    const reason = reasons.get(keys[i] ?? '') ?? null;
    const base = {
      indicator: cell.indicator,
      level: cell.level,
      region: cell.region,
      breakdown: cell.breakdown,
    };
    if (reason)
      return {
        ...base,
        numerator: null,
        denominator: null,
        status: 'suppressed',
        reason,
        carriedBy: carrier(cell, published),
      };
    const rounded = isRoundedLevel(cell.level);
    const round = (n: number) => (rounded ? roundTo(n, rules.roundingBase) : n);
    return {
      ...base,
      numerator: round(cell.numerator),
      denominator: cell.denominator === null ? null : round(cell.denominator),
      status: rounded ? 'rounded' : 'exact',
      reason: null,
      carriedBy: null,
    };
  });
}
