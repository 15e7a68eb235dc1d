// SPDX-License-Identifier: EUPL-1.2

/**
 * One RFC 4180 CSV cell. Text starting with = + - @ (or a tab or CR) is prefixed with ' so a
 * spreadsheet never runs it as a formula (CSV injection through names); numbers are written as
 * they are, with a point as decimal separator; null is an empty cell.
 */
export function csvCell(value: string | number | boolean | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Lines of cells as CSV text with CRLF line ends. */
export function csvLines(rows: readonly (readonly (string | number | boolean | null)[])[]): string {
  return `${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
