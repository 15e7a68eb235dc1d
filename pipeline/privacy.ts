// SPDX-License-Identifier: EUPL-1.2
import { z } from 'zod';

import {
  cellGroups,
  cellKey,
  type CellGroups,
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
 * Returns an id, or -1 when every cell of the group is suppressed already.
 */
function complement(
  group: Int32Array,
  table: CellGroups,
  numerators: Float64Array,
  suppressed: Uint8Array,
): number {
  // The smallest count, ties broken by key: one pass instead of sorting every candidate.
  let first = -1;
  let least = Infinity;
  for (let j = 1; j < group.length; j += 1) {
    const k = group[j] ?? 0;
    const n = numerators[k] ?? 0;
    if (suppressed[k] || n <= 0) continue;
    if (n < least || (n === least && first !== -1 && table.key(k) < table.key(first))) {
      first = k;
      least = n;
    }
  }
  if (first !== -1) return first;
  const parent = group[0] ?? 0;
  return suppressed[parent] ? -1 : parent;
}

/** The numerator behind each id: that of the last cell with the id's key. */
function numeratorsById(cells: readonly RawCell[], table: CellGroups): Float64Array {
  const numerators = new Float64Array(table.count);
  cells.forEach((c, i) => (numerators[table.idOf[i] ?? 0] = c.numerator ?? 0));
  return numerators;
}

/**
 * Secondary suppression: repeats until every additive group (region = Σ sub-regions,
 * total = Σ breakdown) has no suppressed cell or at least two, so no suppressed value follows
 * from published ones by subtraction. Marks the picks in `suppressed` and returns them in order.
 */
function suppressComplements(
  table: CellGroups,
  numerators: Float64Array,
  suppressed: Uint8Array,
): number[] {
  const { groups } = table;
  // The groups of each id, with a duplicate member listed twice as before, in one flat array:
  // the groups of id k are memberships[start[k] .. start[k + 1]).
  const start = new Int32Array(table.count + 1);
  for (const group of groups) for (const id of group) start[id + 1] = (start[id + 1] ?? 0) + 1;
  for (let k = 0; k < table.count; k += 1) start[k + 1] = (start[k + 1] ?? 0) + (start[k] ?? 0);
  const memberships = new Int32Array(start[table.count] ?? 0);
  const filled = start.slice(0, -1);
  groups.forEach((group, index) => {
    for (const id of group) memberships[(filled[id] = (filled[id] ?? 0) + 1) - 1] = index;
  });
  // The suppressed cells per group, kept up to date instead of recounted: the national groups
  // (a country of 342 gemeenten) come back to the worklist after every pick in them.
  const hidden = new Int32Array(groups.length);
  groups.forEach((group, index) => {
    for (const id of group) if (suppressed[id]) hidden[index] = (hidden[index] ?? 0) + 1;
  });
  const picks: number[] = [];
  // A worklist: only the groups of a newly suppressed cell need a second look.
  const queue = groups.map((_, index) => index);
  for (let head = 0; head < queue.length; head += 1) {
    const index = queue[head] ?? 0;
    if (hidden[index] !== 1) continue;
    const pick = complement(groups[index] ?? new Int32Array(), table, numerators, suppressed);
    if (pick === -1) continue;
    suppressed[pick] = 1;
    picks.push(pick);
    for (let m = start[pick] ?? 0; m < (start[pick + 1] ?? 0); m += 1) {
      const touched = memberships[m] ?? 0;
      hidden[touched] = (hidden[touched] ?? 0) + 1;
      queue.push(touched);
    }
  }
  return picks;
}

/**
 * Secondary suppression by key: the cells to suppress besides `primary`, in the order picked.
 * {@link protect} does the same by id.
 */
export function secondarySuppression(
  cells: readonly RawCell[],
  primary: ReadonlySet<string>,
): Set<string> {
  const table = cellGroups(cells);
  const suppressed = new Uint8Array(table.count);
  cells.forEach((c, i) => (suppressed[table.idOf[i] ?? 0] = primary.has(cellKey(c)) ? 1 : 0));
  const picks = suppressComplements(table, numeratorsById(cells, table), suppressed);
  return new Set(picks.map(table.key));
}

/** The nearest published cell above a suppressed one: its total, else its region's ancestors. */
function carrier(
  cell: RawCell,
  published: (level: string, region: string) => boolean,
): string | null {
  if (cell.breakdown !== '') return published(cell.level, cell.region) ? cell.region : null;
  let level = parentLevel(cell.level);
  let region = parentRegion(cell.level, cell.region);
  while (level && region) {
    if (published(level, region)) return region;
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
  const table = cellGroups(cells);
  // The reason per key: the last primary reason of a cell with that key, then 'secondary'.
  const reasons: (SuppressionReason | null)[] = new Array<SuppressionReason | null>(
    table.count,
  ).fill(null);
  cells.forEach((cell, i) => {
    const reason = primaryReason(cell, rules);
    if (reason) reasons[table.idOf[i] ?? 0] = reason;
  });
  const suppressed = Uint8Array.from(reasons, (r) => (r ? 1 : 0));
  for (const id of suppressComplements(table, numeratorsById(cells, table), suppressed))
    reasons[id] = 'secondary';
  // Whether the total of this indicator at `level` and `region` is in the table and published.
  const published = (indicator: string) => (level: string, region: string) => {
    const id = table.find(indicator, level, region, '');
    return id !== -1 && reasons[id] === null;
  };
  return cells.map((cell, i): SafeCell => {
    const reason = reasons[table.idOf[i] ?? 0] ?? null;
    if (reason)
      return {
        indicator: cell.indicator,
        level: cell.level,
        region: cell.region,
        breakdown: cell.breakdown,
        numerator: null,
        denominator: null,
        status: 'suppressed',
        reason,
        carriedBy: carrier(cell, published(cell.indicator)),
      };
    const rounded = isRoundedLevel(cell.level);
    const round = (n: number) => (rounded ? roundTo(n, rules.roundingBase) : n);
    return {
      indicator: cell.indicator,
      level: cell.level,
      region: cell.region,
      breakdown: cell.breakdown,
      numerator: round(cell.numerator),
      denominator: cell.denominator === null ? null : round(cell.denominator),
      status: rounded ? 'rounded' : 'exact',
      reason: null,
      carriedBy: null,
    };
  });
}
