// SPDX-License-Identifier: EUPL-1.2

/** Problems in input files, each naming its place, so the operator can fix them in one go. */
export class ImportError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `Import afgebroken, er is niets gewijzigd:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
  }
}

/** One CSV record and the physical line it starts on (1-based), for error messages. */
export interface CsvRecord {
  cells: string[];
  line: number;
}

/**
 * Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF, LF or CR) into records with their
 * line numbers; a line break inside quotes counts as a line. Blank lines are dropped. Throws an
 * ImportError naming the line when the file ends inside a quoted field.
 */
export function parseCsvRecords(text: string, file?: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  const body = text.replace(/^\uFEFF/, '');
  const endRow = () => {
    row.push(cell);
    if (!(row.length === 1 && row[0] === '')) records.push({ cells: row, line: start });
    row = [];
    cell = '';
  };
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    const lineBreak = ch === '\n' || (ch === '\r' && body[i + 1] !== '\n');
    if (lineBreak) line++;
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (lineBreak) {
      endRow();
      start = line;
    } else if (ch !== '\r') cell += ch;
  }
  if (quoted) {
    const where = file ? `${file}: regel ${start}: ` : '';
    throw new ImportError([`${where}het bestand eindigt binnen een veld tussen aanhalingstekens`]);
  }
  if (cell !== '' || row.length > 0) endRow();
  return records;
}

/** Parses RFC 4180 CSV into rows of cells (see parseCsvRecords). */
export function parseCsv(text: string): string[][] {
  return parseCsvRecords(text).map((record) => record.cells);
}
