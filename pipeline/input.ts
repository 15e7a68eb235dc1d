// SPDX-License-Identifier: EUPL-1.2
import { existsSync } from 'node:fs';
import { join } from 'node:path';

import {
  invalidCondition,
  nativeInvalidCondition,
  sqlType,
  tables,
  type TableName,
  type TableSpec,
} from './contract';
import { literal, type Duck } from './duck';

/** Problems with the input folder, each naming the file, column and row; nothing was computed. */
export class InputError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`De invoer klopt niet:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** At most this many bad rows are listed per table: enough to see a pattern, short enough to read. */
const maxProblemsPerTable = 10;

/** The file of a table in `dir`: Parquet when present, else CSV, else undefined. */
export function inputFile(dir: string, table: TableName): string | undefined {
  for (const ext of ['parquet', 'csv']) {
    const file = join(dir, `${table}.${ext}`);
    if (existsSync(file)) return file;
  }
  return undefined;
}

/** The DuckDB table function that reads an input file: read_parquet, or read_csv as text. */
export function inputReader(file: string): string {
  return file.endsWith('.parquet')
    ? `read_parquet(${literal(file)})`
    : `read_csv(${literal(file)}, header = true, delim = ',', quote = '"', all_varchar = true)`;
}

/** Column names and DuckDB types of a file. */
async function columnsOf(duck: Duck, file: string): Promise<Map<string, string>> {
  const rows = await duck.all(`DESCRIBE SELECT * FROM ${inputReader(file)}`);
  return new Map(rows.map((r) => [String(r.column_name), String(r.column_type)]));
}

/** Where a row sits in its file, as a reader counts: CSV lines include the header. */
function position(file: string, row: number): string {
  return file.endsWith('.csv') ? `regel ${row + 1}` : `rij ${row}`;
}

/**
 * One read of the file for both checks: the rows with a bad value, and how many key values occur
 * more than once. The key check sorts 64-bit hashes of the key and compares neighbours: for the
 * 18 million persons of a national run that takes about half the time of the hash table that
 * count(DISTINCT) builds. Equal neighbours are a repeated key or, very rarely, two keys with the
 * same hash; only then does the exact count(DISTINCT) run, so the result is exact either way.
 */
export async function countProblems(
  duck: Duck,
  spec: TableSpec,
  conditions: string[],
  raw: string,
  /** The key's hash; a test makes every key collide to check the exact path. */
  keyHash: (column: string) => string = (column) => `hash(${column})`,
): Promise<{ bad: number; repeated: number }> {
  const invalid = conditions.join(' OR ');
  if (!spec.key) {
    const [row] = await duck.all(`SELECT count(*) FILTER (WHERE ${invalid}) AS bad FROM ${raw}`);
    return { bad: Number(row?.bad ?? 0), repeated: 0 };
  }
  const [row] = await duck.all(
    `SELECT count(*) FILTER (WHERE bad) AS bad, count(*) FILTER (WHERE h = previous) AS same_hash
       FROM (SELECT bad, h, lag(h) OVER (ORDER BY h) AS previous
               FROM (SELECT ${invalid} AS bad, ${keyHash(`"${spec.key}"`)} AS h FROM ${raw}))`,
  );
  const bad = Number(row?.bad ?? 0);
  if (bad > 0 || Number(row?.same_hash ?? 0) === 0) return { bad, repeated: 0 };
  const [exact] = await duck.all(
    `SELECT count(*) - count(DISTINCT "${spec.key}") AS repeated FROM ${raw}`,
  );
  return { bad, repeated: Number(exact?.repeated ?? 0) };
}

async function loadTable(duck: Duck, spec: TableSpec, file: string, name: string) {
  const present = await columnsOf(duck, file);
  const missing = spec.columns.filter((c) => !present.has(c.name)).map((c) => c.name);
  if (missing.length > 0) return [`${name}: kolom ontbreekt: ${missing.join(', ')}`];
  // A column stored in a fitting type (Parquet) is checked as it is; anything else is read as
  // text first, so a bad value becomes a reported problem, not a crash.
  const native = spec.columns.map((c) =>
    nativeInvalidCondition(c, `"${c.name}"`, present.get(c.name) ?? ''),
  );
  const raw = `(SELECT ${spec.columns.map((c, i) => (native[i] ? `"${c.name}"` : `CAST("${c.name}" AS VARCHAR) AS "${c.name}"`)).join(', ')} FROM ${inputReader(file)})`;
  const conditions = spec.columns.map((c, i) => native[i] ?? invalidCondition(c, `"${c.name}"`));
  const count = await countProblems(duck, spec, conditions, raw);
  if (count.bad === 0 && count.repeated > 0 && spec.key)
    return repeatedKeyProblems(duck, spec.key, count.repeated, raw, file, name);
  if (count.bad === 0) {
    // A Parquet column of the right type is used as it is; anything else goes through text.
    const typed = spec.columns.map((c, i) =>
      present.get(c.name) === sqlType(c.type)
        ? `"${c.name}"`
        : native[i]
          ? `CAST("${c.name}" AS ${sqlType(c.type)}) AS "${c.name}"`
          : `CAST(NULLIF(CAST("${c.name}" AS VARCHAR), '') AS ${sqlType(c.type)}) AS "${c.name}"`,
    );
    // Parquet stays on disk behind a view: DuckDB reads only the columns a step needs, and a
    // national run keeps its memory for the joins. CSV is parsed once into a table.
    const kind = file.endsWith('.parquet') ? 'VIEW' : 'TABLE';
    await duck.exec(
      `CREATE OR REPLACE ${kind} ${spec.name} AS SELECT ${typed.join(', ')} FROM ${inputReader(file)}`,
    );
    return [];
  }
  const flags = spec.columns.map((c, i) => `CASE WHEN ${conditions[i]} THEN '${c.name}' END`);
  const bad = await duck.all(
    `SELECT _row, array_to_string(list_filter([${flags.join(', ')}], x -> x IS NOT NULL), ', ') AS cols
       FROM (SELECT row_number() OVER () AS _row, * FROM ${raw})
      WHERE ${conditions.join(' OR ')} ORDER BY _row LIMIT ${maxProblemsPerTable}`,
  );
  const problems = bad.map(
    (r) =>
      `${name}, ${position(file, Number(r._row))}: ongeldige waarde in kolom ${String(r.cols)}`,
  );
  if (count.bad > bad.length)
    problems.push(`${name}: nog ${count.bad - bad.length} ongeldige rijen`);
  return problems;
}

/** Names the first value of the key that occurs more than once, and where it occurs. */
async function repeatedKeyProblems(
  duck: Duck,
  key: string,
  repeated: number,
  raw: string,
  file: string,
  name: string,
): Promise<string[]> {
  const [first] = await duck.all(
    `SELECT "${key}" AS value, min(_row) AS first_row, list(_row ORDER BY _row)[2] AS second_row
       FROM (SELECT row_number() OVER () AS _row, "${key}" FROM ${raw})
      GROUP BY 1 HAVING count(*) > 1 ORDER BY min(_row) LIMIT 1`,
  );
  return [
    `${name}: kolom ${key} moet elke rij één keer noemen, maar ${repeated} ${repeated === 1 ? 'waarde komt' : 'waarden komen'} vaker voor` +
      (first
        ? `; de eerste: ${String(first.value)} (${position(file, Number(first.first_row))} en ${position(file, Number(first.second_row))})`
        : ''),
  ];
}

/** The file of every contract table in `dir`, in contract order; InputError names each one absent. */
export function inputFiles(dir: string): { spec: TableSpec; file: string }[] {
  const files = tables.map((spec) => ({ spec, file: inputFile(dir, spec.name) }));
  const absent = files.filter((f) => !f.file).map((f) => f.spec.name);
  if (absent.length > 0)
    throw new InputError(
      absent.map((t) => `verplichte tabel ${t} ontbreekt (${t}.csv of ${t}.parquet)`),
    );
  return files.flatMap(({ spec, file }) => (file ? [{ spec, file }] : []));
}

/**
 * Loads every contract table from `dir` as a typed DuckDB table (CSV) or view (Parquet) of the same name. Refuses
 * (InputError) when a table is missing, a column is absent, or a value breaks the contract.
 * Returns the row count per table for the manifest.
 */
export async function loadInputs(
  duck: Duck,
  dir: string,
  onTable: (table: string, rows: number) => void = () => {},
): Promise<Record<TableName, number>> {
  const files = inputFiles(dir);
  const problems: string[] = [];
  const counts: Partial<Record<TableName, number>> = {};
  for (const { spec, file } of files) {
    const name = file.slice(dir.length).replace(/^[\\/]/, '');
    let found: string[];
    try {
      found = await loadTable(duck, spec, file, name);
    } catch (error) {
      const reason = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
      found = [`${name}: onleesbaar (${reason})`];
    }
    problems.push(...found);
    // A table with problems may not exist; its rows are not counted.
    if (found.length > 0) continue;
    const [row] = await duck.all(`SELECT count(*) AS n FROM ${spec.name}`);
    counts[spec.name] = Number(row?.n ?? 0);
    onTable(spec.name, counts[spec.name] ?? 0);
  }
  if (problems.length > 0) throw new InputError(problems);
  return counts as Record<TableName, number>;
}
