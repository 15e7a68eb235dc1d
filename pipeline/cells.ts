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

export type Placed = { indicator: string; level: PackageLevel; region: string; breakdown: string };

/**
 * A table's additive relations by number instead of by key: secondary suppression revisits groups
 * thousands of times and verify checks every one, and building `indicator|level|region|breakdown`
 * strings for Maps and Sets dominated both on a national package (well over a hundred thousand
 * cells). Cells with the same key share one id, exactly as they shared one key before, so a
 * duplicate counts where it did.
 */
export interface CellGroups {
  /** How many distinct keys (ids 0 .. count − 1, numbered in order of first appearance). */
  readonly count: number;
  /** The id of each cell, by the cell's position. */
  readonly idOf: Int32Array;
  /** The position of the first cell of each id. */
  readonly firstCell: readonly number[];
  /** The id of the cell with these parts, or -1 when the table has none. */
  find(indicator: string, level: string, region: string, breakdown: string): number;
  /** The key of an id, as {@link keyOf} writes it; built on demand (messages, tie-breaks). */
  key(id: number): string;
  /** The additive groups as ids, parent first, ordered by the parent's key as text. */
  readonly groups: readonly Int32Array[];
}

/** The ids of one indicator at one level: totals by region, breakdown rows by region and category. */
interface LevelIds {
  readonly totals: Map<string, number>;
  readonly breakdowns: Map<string, Map<string, number>>;
}

/** Ids of keys; `add` returns the key's id, or `next` after recording it as that. */
interface KeyIndex {
  get(indicator: string, level: string, region: string, breakdown: string): number;
  add(indicator: string, level: string, region: string, breakdown: string, next: number): number;
}

/**
 * Ids by the parts of a key: the parts are strings the cells already hold, whose hashes V8 keeps,
 * so a lookup builds no string (only a parent region code is cut out). Totals, most of the cells,
 * need no Map of their own. Exact only when no part holds the separator `|`.
 */
class PartsIndex implements KeyIndex {
  private readonly byIndicator = new Map<string, Map<string, LevelIds>>();

  get(indicator: string, level: string, region: string, breakdown: string): number {
    const ids = this.byIndicator.get(indicator)?.get(level);
    const id =
      breakdown === '' ? ids?.totals.get(region) : ids?.breakdowns.get(region)?.get(breakdown);
    return id ?? -1;
  }

  add(indicator: string, level: string, region: string, breakdown: string, next: number): number {
    let levels = this.byIndicator.get(indicator);
    if (!levels) this.byIndicator.set(indicator, (levels = new Map()));
    let ids = levels.get(level);
    if (!ids) levels.set(level, (ids = { totals: new Map(), breakdowns: new Map() }));
    let map = ids.totals;
    if (breakdown !== '') {
      const categories = ids.breakdowns.get(region);
      if (categories) map = categories;
      else ids.breakdowns.set(region, (map = new Map()));
    }
    const key = breakdown === '' ? region : breakdown;
    const id = map.get(key);
    if (id !== undefined) return id;
    map.set(key, next);
    return next;
  }
}

/**
 * Ids by the whole key text: slower, but exact when a part holds `|` (only in a broken package),
 * where `a|b` + `c` and `a` + `b|c` are one key, as they always were.
 */
class WholeKeyIndex implements KeyIndex {
  private readonly byKey = new Map<string, number>();

  get(indicator: string, level: string, region: string, breakdown: string): number {
    return this.byKey.get(keyOf(indicator, level, region, breakdown)) ?? -1;
  }

  add(indicator: string, level: string, region: string, breakdown: string, next: number): number {
    const key = keyOf(indicator, level, region, breakdown);
    const id = this.byKey.get(key);
    if (id !== undefined) return id;
    this.byKey.set(key, next);
    return next;
  }
}

const holdsSeparator = (c: Placed) =>
  c.indicator.includes('|') ||
  c.level.includes('|') ||
  c.region.includes('|') ||
  c.breakdown.includes('|');

/**
 * Compares two key parts as they compare inside their keys, where each is followed by `|`. Parts
 * without `|` that differ decide within `a|` and `b|`, so only a prefix needs care.
 */
function comparePart(a: string, b: string): number {
  if (a === b) return 0;
  if (b.startsWith(a)) return '|' < (b[a.length] ?? '') ? -1 : 1;
  if (a.startsWith(b)) return (a[b.length] ?? '') < '|' ? -1 : 1;
  return a < b ? -1 : 1;
}

/** The id of the total one step up from a cell (its region total, else its parent region's). */
function upId(c: Placed, index: KeyIndex): number {
  if (c.breakdown !== '') return index.get(c.indicator, c.level, c.region, '');
  const level = parentLevel(c.level);
  const region = parentRegion(c.level, c.region);
  return level && region ? index.get(c.indicator, level, region, '') : -1;
}

/**
 * The additive relations between cells that an attacker can subtract: each region total equals
 * the sum of its children one level down, and each total equals the sum of its breakdown rows.
 * A group counts only when the parent is in the table; children keep the order of the cells.
 */
export function cellGroups(cells: readonly Placed[]): CellGroups {
  const byParts = !cells.some(holdsSeparator);
  const index: KeyIndex = byParts ? new PartsIndex() : new WholeKeyIndex();
  const idOf = new Int32Array(cells.length);
  /** The position of the first cell of each id, to build its key when asked. */
  const firstCell: number[] = [];
  cells.forEach((c, i) => {
    const id = index.add(c.indicator, c.level, c.region, c.breakdown, firstCell.length);
    if (id === firstCell.length) firstCell.push(i);
    idOf[i] = id;
  });
  const keys: (string | undefined)[] = [];
  const key = (id: number) => {
    const c = cells[firstCell[id] ?? -1];
    return (keys[id] ??= c ? cellKey(c) : '');
  };
  // The children of each parent, in cell order; null where an id has none (not a parent).
  const children = new Array<number[] | null>(firstCell.length).fill(null);
  cells.forEach((c, i) => {
    const parent = upId(c, index);
    if (parent === -1) return;
    const list = children[parent];
    if (list) list.push(idOf[i] ?? 0);
    else children[parent] = [idOf[i] ?? 0];
  });
  // Only the parents are sorted, not every key; keys are distinct, so no tie to break.
  const parents: number[] = [];
  children.forEach((list, parent) => list && parents.push(parent));
  // By parts where that is exact: building every parent's key text cost more than the sort.
  const parts = (id: number): Placed => cells[firstCell[id] ?? -1] ?? cells[0]!;
  parents.sort(
    byParts
      ? (a, b) => {
          const [x, y] = [parts(a), parts(b)];
          return (
            comparePart(x.indicator, y.indicator) ||
            comparePart(x.level, y.level) ||
            comparePart(x.region, y.region) ||
            // The last part ends the key: plain text order.
            (x.breakdown < y.breakdown ? -1 : x.breakdown > y.breakdown ? 1 : 0)
          );
        }
      : (a, b) => (key(a) < key(b) ? -1 : 1),
  );
  const groups = parents.map((parent) => Int32Array.of(parent, ...(children[parent] ?? [])));
  return {
    count: firstCell.length,
    idOf,
    firstCell,
    find: (indicator, level, region, breakdown) => index.get(indicator, level, region, breakdown),
    key,
    groups,
  };
}
