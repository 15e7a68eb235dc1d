// SPDX-License-Identifier: EUPL-1.2
import type { ValueStatus } from '../../../../common/statistics/levels';

/** A cell read as a value: a number with `exact`/`rounded`, or no number with `missing`/`secret`. */
export interface Cell {
  value: number | null;
  status: ValueStatus;
}

/**
 * CBS special values. StatLine exports print `.` for "not available" and `x` for "secret". The
 * Wijk- en buurtkaart (PDOK) uses sentinel numbers instead: -99997 where CBS keeps a figure
 * secret (small buurten's income and shares) and -99995 where it is not (yet) available (the
 * 2024 kaart carried it for WOZ and tenure before those were published). None is ever a number.
 */
const specialValues: Readonly<Record<string, ValueStatus>> = {
  '.': 'missing',
  x: 'secret',
  X: 'secret',
  '-99995': 'missing',
  '-99997': 'secret',
};

const numberPattern = /^-?\d+(\.\d+)?$/;

export interface CellRules {
  /** What an empty cell means for this column (see ColumnMapping.empty). */
  empty: 'missing' | 'secret';
  /** The source rounds this count at this level. */
  rounded: boolean;
}

/** Reads one cell, or returns a Dutch explanation of why it is not a number. */
export function readCell(raw: string, rules: CellRules): Cell | string {
  const text = raw.trim();
  if (text === '') return { value: null, status: rules.empty };
  const special = specialValues[text] ?? specialValues[String(Number(text))];
  if (special) return { value: null, status: special };
  // StatLine prints "-" (nihil) for a published zero; that is a real value, unlike an empty cell.
  if (text === '-' || text === '–') return { value: 0, status: 'exact' };
  if (!numberPattern.test(text)) {
    return /^-?\d+,\d+$/.test(text)
      ? `"${text}" heeft een decimale komma; verwacht een punt`
      : `"${text}" is geen getal`;
  }
  return { value: Number(text), status: rules.rounded ? 'rounded' : 'exact' };
}
