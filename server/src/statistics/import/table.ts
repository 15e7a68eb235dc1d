// SPDX-License-Identifier: EUPL-1.2
import { regionFiles, sourceColumns, sources } from '../../../../common/statistics/sources';
import { parseCsvRecords, type CsvRecord } from '../../platform/csv';

import type { DataFile } from './data-dir';
import type { Problems } from './problems';

/** Columns of the two region lists (regions/…). */
export const regionFileColumns = {
  gemeenten: ['gemeentecode', 'gemeentenaam', 'provinciecode', 'provincienaam'],
  groupings: [
    'gemeentecode',
    'gemeentenaam',
    'veiligheidsregiocode',
    'veiligheidsregionaam',
    'politie_regionale_eenheid',
  ],
} as const;

interface Layout {
  file: string;
  title: string;
  columns: readonly string[];
}

const layouts: Layout[] = [
  ...sources.map((s) => ({ file: s.file, title: s.title, columns: sourceColumns(s) })),
  { ...regionFiles.gemeenten, columns: regionFileColumns.gemeenten },
  { ...regionFiles.groupings, columns: regionFileColumns.groupings },
];

/** A parsed CSV file whose header has every expected column. */
export interface Table {
  file: string;
  records: CsvRecord[];
  /** Position of each header column. */
  index: ReadonlyMap<string, number>;
}

/**
 * Parses `file` and checks its header: a missing, unknown or duplicate column, or a header that
 * belongs to another known table, is a problem, and then the file is not read further (null).
 * Rows with the wrong number of cells are reported and dropped.
 */
export function readTable(
  file: DataFile,
  expected: readonly string[],
  problems: Problems,
): Table | null {
  const [header, ...rows] = parseCsvRecords(file.text, file.path);
  const columns = (header?.cells ?? []).map((cell) => cell.trim());
  const missing = expected.filter((column) => !columns.includes(column));
  const extra = columns.filter((column) => !expected.includes(column));
  if (missing.length > 0 || extra.length > 0) {
    // Another table's header: all of its columns present, or all of ours belonging to it.
    const other = layouts.find(
      (layout) =>
        layout.file !== file.path &&
        (layout.columns.every((c) => columns.includes(c)) ||
          columns.every((c) => layout.columns.includes(c))),
    );
    const message = other
      ? `de kolommen horen bij ${other.file} (${other.title}), niet bij dit bestand; staat het op de verkeerde plaats?`
      : [
          missing.length > 0 ? `kolom ${missing.join(', ')} ontbreekt` : '',
          extra.length > 0 ? `onbekende kolom ${extra.join(', ')}` : '',
        ]
          .filter(Boolean)
          .join('; ') + `; verwacht ${expected.join(',')}`;
    problems.at(file.path, 1, message);
    return null;
  }
  const duplicate = columns.find((column, i) => columns.indexOf(column) !== i);
  if (duplicate) {
    problems.at(file.path, 1, `kolom ${duplicate} staat twee keer in de kop`);
    return null;
  }
  const records = rows.filter((row) => {
    if (row.cells.length === columns.length) return true;
    problems.at(file.path, row.line, `${row.cells.length} kolommen, verwacht ${columns.length}`);
    return false;
  });
  return { file: file.path, records, index: new Map(columns.map((c, i) => [c, i])) };
}

/** The trimmed cell of `column` in a record of `table` (the header check guarantees it exists). */
export function cellOf(table: Table, record: CsvRecord, column: string): string {
  return (record.cells[table.index.get(column) ?? -1] ?? '').trim();
}

/** The place of `column`, for problem messages. */
export function columnRef(table: Table, column: string): { name: string; index: number } {
  return { name: column, index: table.index.get(column) ?? 0 };
}
