// SPDX-License-Identifier: EUPL-1.2
/**
 * The string-keyed disclosure control and row verification as they were before they worked by
 * integer id (cells.ts#cellGroups): slow, but plainly correct. Test code only, the reference the
 * faster versions must match on random tables (reference.test.ts).
 */
import {
  cellKey,
  keyOf,
  packageLevels,
  parentLevel,
  parentRegion,
  type PackageLevel,
  type RawCell,
  type SafeCell,
  type SuppressionReason,
} from '../cells';
import type { Manifest } from '../manifest';
import { isRoundedLevel, primaryReason, roundTo, type DisclosureRules } from '../privacy';
import { checkRow, manifestCountViolations, type TextRow } from '../verify';

/**
 * The additive relations between cells that an attacker can subtract: each region total equals
 * the sum of its children one level down, and each total equals the sum of its breakdown rows.
 * Returns groups of keys, parent first; a group counts only when the parent is in the table.
 */
export function referenceAdditiveGroups<
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
export function referenceSecondarySuppression(
  cells: readonly RawCell[],
  primary: ReadonlySet<string>,
): Set<string> {
  const byKey = new Map(cells.map((c) => [cellKey(c), c]));
  const groups = referenceAdditiveGroups(cells);
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
export function referenceProtect(cells: readonly RawCell[], rules: DisclosureRules): SafeCell[] {
  const keys = cells.map(cellKey);
  const reasons = new Map<string, SuppressionReason>();
  cells.forEach((cell, i) => {
    const reason = primaryReason(cell, rules);
    if (reason) reasons.set(keys[i] ?? '', reason);
  });
  for (const key of referenceSecondarySuppression(cells, new Set(reasons.keys())))
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

/**
 * Checks every value row against the manifest's disclosure rules and lists each violation:
 * minimum counts, rounding below gemeente level, empty suppressed cells, values consistent with
 * their counts, and no additive group (region = Σ sub-regions, total = Σ breakdown) with exactly
 * one suppressed cell. The dominance rule needs the contributions and is checked in the run.
 */
export function referenceVerifyRows(manifest: Manifest, rows: readonly TextRow[]): string[] {
  const out: string[] = [];
  const seen = new Map<string, number>();
  for (const row of rows) {
    checkRow(row, manifest, new Map([...manifest.indicators].reverse().map((i) => [i.id, i])), out);
    const f = row.fields;
    const key = keyOf(f.indicator, f.level, f.region_code, f.breakdown);
    if (seen.has(key)) out.push(`values.csv regel ${row.line}: dubbel met regel ${seen.get(key)}`);
    seen.set(key, row.line);
  }
  const cells = rows
    .filter((r) => (packageLevels as readonly string[]).includes(r.fields.level))
    .map(({ fields: f }) => ({
      indicator: f.indicator,
      level: f.level as PackageLevel,
      region: f.region_code,
      breakdown: f.breakdown,
      status: f.status,
    }));
  const suppressed = new Set(cells.filter((c) => c.status === 'suppressed').map(cellKey));
  for (const group of referenceAdditiveGroups(cells)) {
    const hidden = group.filter((k) => suppressed.has(k));
    if (hidden.length === 1)
      out.push(
        `terugrekenbaar: ${hidden[0]} is de enige onderdrukte cel in de optelling ${group[0]} = som van ${group.length - 1} cellen`,
      );
  }
  out.push(...manifestCountViolations(manifest, rows));
  return out;
}
