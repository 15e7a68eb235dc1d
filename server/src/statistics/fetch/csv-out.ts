// SPDX-License-Identifier: EUPL-1.2

/** A file of the data folder as built from downloads: its path in the layout and its rows. */
export interface BuiltFile {
  path: string;
  header: readonly string[];
  rows: readonly (readonly string[])[];
}

const quote = (field: string) =>
  /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;

/** CSV as in shared/data: comma separated, one header row, UTF-8, `\n` line ends. */
export function toCsv(file: BuiltFile): string {
  return [file.header, ...file.rows].map((row) => row.map(quote).join(',')).join('\n') + '\n';
}
