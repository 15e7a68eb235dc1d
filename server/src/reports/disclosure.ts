// SPDX-License-Identifier: EUPL-1.2
/**
 * Disclosure control for meldpunt figures, in one place: every count that leaves the server as a
 * figure or an export passes through here.
 *
 * - Primary: a count from 1 to 4 could point at a person and is shown as "<5".
 * - Secondary: in every additive group (a row with its total, a column with its total, the
 *   totals with the grand total) exactly one withheld member would be recoverable by
 *   subtraction, so the smallest other member is withheld too ("x"), repeated until no group
 *   holds exactly one withheld member. The grand total is never withheld secondarily: it is the
 *   same number in every table.
 * - Consistency: the one-way tables (per category, per period) are the margins of the protected
 *   two-way table, not protected on their own, so two tables never show the same number once
 *   withheld and once in the clear.
 */

/** Fewer than five cases could point at a person: shown as "<5". */
export const minimumCount = 5;

export type Shown = number | '<5' | 'x';

/** Primary suppression of one count. */
export function suppress(count: number): number | '<5' {
  return count > 0 && count < minimumCount ? '<5' : count;
}

interface Cell {
  value: number;
  shown: Shown;
  /** The grand total: withheld only when itself under five. */
  fixed: boolean;
}

/**
 * Protects cells linked by additive groups (each group: members summing to a total, the total
 * listed among the members). Returns the shown value per cell, in input order.
 */
export function protectGroups(
  values: readonly number[],
  groups: readonly number[][],
  fixed: readonly number[] = [],
): Shown[] {
  const cells: Cell[] = values.map((value, i) => ({
    value,
    shown: suppress(value),
    fixed: fixed.includes(i),
  }));
  for (let changed = true; changed;) {
    changed = false;
    for (const group of groups) {
      const withheld = group.filter((i) => cells[i]?.shown === '<5' || cells[i]?.shown === 'x');
      if (withheld.length !== 1) continue;
      const candidates = group.filter((i) => {
        const cell = cells[i];
        return cell && typeof cell.shown === 'number' && !cell.fixed;
      });
      // Prefer the smallest non-zero count; a zero only when nothing else is left to withhold.
      const ranked = candidates.sort((a, b) => {
        const va = cells[a]?.value ?? 0;
        const vb = cells[b]?.value ?? 0;
        return (va === 0 ? 1 : 0) - (vb === 0 ? 1 : 0) || va - vb || a - b;
      });
      const pick = ranked[0];
      const cell = pick === undefined ? undefined : cells[pick];
      if (!cell) continue;
      cell.shown = 'x';
      changed = true;
    }
  }
  return cells.map((c) => c.shown);
}

/**
 * Parts of a total shown beside it (one-way table): primary and secondary suppression over the
 * group {parts…, total}, the total itself fixed.
 */
export function protectParts(parts: readonly number[], total: number): Shown[] {
  const values = [...parts, total];
  const group = values.map((_, i) => i);
  return protectGroups(values, [group], [parts.length]).slice(0, parts.length);
}

/** A protected two-way table with its margins. */
export interface ProtectedTable {
  cells: Shown[][];
  rowTotals: Shown[];
  columnTotals: Shown[];
  total: Shown;
}

/**
 * Protects a rows × columns table of counts together with its row totals, column totals and
 * grand total, as one system of additive groups.
 */
export function protectTable(
  counts: readonly (readonly number[])[],
  columns = counts[0]?.length ?? 0,
): ProtectedTable {
  const rows = counts.length;
  const values: number[] = [];
  const at = (r: number, c: number) => r * columns + c;
  for (const row of counts) values.push(...row);
  const rowTotalAt = (r: number) => rows * columns + r;
  const columnTotalAt = (c: number) => rows * columns + rows + c;
  const grandAt = rows * columns + rows + columns;
  for (const row of counts) values.push(row.reduce((a, b) => a + b, 0));
  for (let c = 0; c < columns; c++) values.push(counts.reduce((a, row) => a + (row[c] ?? 0), 0));
  values.push(values.slice(0, rows * columns).reduce((a, b) => a + b, 0));
  const groups: number[][] = [];
  for (let r = 0; r < rows; r++)
    groups.push([...Array.from({ length: columns }, (_, c) => at(r, c)), rowTotalAt(r)]);
  for (let c = 0; c < columns; c++)
    groups.push([...Array.from({ length: rows }, (_, r) => at(r, c)), columnTotalAt(c)]);
  groups.push([...Array.from({ length: rows }, (_, r) => rowTotalAt(r)), grandAt]);
  groups.push([...Array.from({ length: columns }, (_, c) => columnTotalAt(c)), grandAt]);
  const shown = protectGroups(values, groups, [grandAt]);
  return {
    cells: Array.from({ length: rows }, (_, r) =>
      Array.from({ length: columns }, (_, c) => shown[at(r, c)] ?? 'x'),
    ),
    rowTotals: Array.from({ length: rows }, (_, r) => shown[rowTotalAt(r)] ?? 'x'),
    columnTotals: Array.from({ length: columns }, (_, c) => shown[columnTotalAt(c)] ?? 'x'),
    total: shown[grandAt] ?? 'x',
  };
}
