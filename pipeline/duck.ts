// SPDX-License-Identifier: EUPL-1.2
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';

/** A plain JSON-friendly value as read back from DuckDB (bigints become numbers). */
export type Cell = string | number | boolean | null;
/** One result row keyed by column name. */
export type Row = Record<string, Cell>;

/** An in-process DuckDB database with one connection; close it when done. */
export interface Duck {
  /** Runs statements that return nothing useful (DDL, COPY). */
  exec(sql: string): Promise<void>;
  /** Runs a query and returns its rows with bigints converted to numbers. */
  all(sql: string): Promise<Row[]>;
  /** Runs a query and returns its values column by column, converted as {@link all} does. */
  columns(sql: string): Promise<Record<string, Cell[]>>;
  close(): void;
}

function plain(value: unknown): Cell {
  if (typeof value === 'bigint') return Number(value);
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return value;
  return String(value);
}

/**
 * Opens an in-memory DuckDB. `memoryLimit` (e.g. '3GB') keeps national-scale runs inside the
 * machine's budget: DuckDB spills to a temporary folder beyond it instead of failing.
 */
export async function openDuck(options: { memoryLimit?: string; threads?: number } = {}) {
  const instance = await DuckDBInstance.create(':memory:', {
    ...(options.memoryLimit ? { memory_limit: options.memoryLimit } : {}),
    ...(options.threads ? { threads: String(options.threads) } : {}),
  });
  const connection: DuckDBConnection = await instance.connect();
  const duck: Duck = {
    async exec(sql) {
      await connection.run(sql);
    },
    async all(sql) {
      const reader = await connection.runAndReadAll(sql);
      return reader.getRowObjects().map((row) => {
        const out: Row = {};
        for (const [key, value] of Object.entries(row)) out[key] = plain(value);
        return out;
      });
    },
    async columns(sql) {
      // Column arrays skip building one object per row: the cells of a national run are read
      // this way, well over a hundred thousand of them.
      const reader = await connection.runAndReadAll(sql);
      const out: Record<string, Cell[]> = {};
      for (const [key, values] of Object.entries(reader.getColumnsObject()))
        out[key] = values.map(plain);
      return out;
    },
    close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
  return duck;
}

/** Quotes a string as an SQL literal. */
export function literal(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}
