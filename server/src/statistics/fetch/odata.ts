// SPDX-License-Identifier: EUPL-1.2
import { FetchError, type Downloader } from './downloader';

/** One row of an OData answer, as parsed. */
export type ODataRow = Readonly<Record<string, unknown>>;

/** Where a CBS table lives: StatLine (opendata) or the third-party portal (dataderden, Politie). */
export interface ODataTable {
  base: string;
  id: string;
}

/** The URL of an entity set of a table, with query options ($select, $filter) encoded. */
export function odataUrl(
  table: ODataTable,
  entity: string,
  query: Readonly<Record<string, string>> = {},
): string {
  const url = new URL(`${table.base.replace(/\/+$/, '')}/${table.id}/${entity}`);
  for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
  return url.toString();
}

function isRow(value: unknown): value is ODataRow {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Every row of an OData v3 entity set: CBS serves at most 10,000 rows per answer and links the
 * next page in `odata.nextLink`. Each page must be an object with a `value` array of objects.
 */
export async function fetchRows(
  downloader: Downloader,
  table: ODataTable,
  entity: string,
  query: Readonly<Record<string, string>> = {},
): Promise<ODataRow[]> {
  const label = `tabel ${table.id} (${entity})`;
  const rows: ODataRow[] = [];
  const seen = new Set<string>();
  let url: string | null = odataUrl(table, entity, query);
  while (url) {
    // A server that links back to a page already read would otherwise loop for ever.
    if (seen.has(url)) throw new FetchError(`${label}: ${url} verwijst naar zichzelf.`);
    seen.add(url);
    const page = await downloader.json(url, label);
    const value = isRow(page) ? page.value : undefined;
    if (!Array.isArray(value) || !value.every(isRow))
      throw new FetchError(
        `${label}: onverwacht antwoord van ${url}: een object met een lijst "value" verwacht.`,
      );
    rows.push(...value);
    const next = isRow(page) ? page['odata.nextLink'] : undefined;
    if (next !== undefined && typeof next !== 'string')
      throw new FetchError(`${label}: "odata.nextLink" in ${url} is geen adres.`);
    url = next ? new URL(next, url).toString() : null;
  }
  return rows;
}

/** Checks that every row carries every column; names the first missing one, the table and URL. */
export function requireColumns(
  rows: readonly ODataRow[],
  columns: readonly string[],
  table: ODataTable,
  entity: string,
): void {
  for (const row of rows) {
    const missing = columns.find((column) => !(column in row));
    if (missing)
      throw new FetchError(
        `tabel ${table.id}: kolom "${missing}" ontbreekt in het antwoord van ${odataUrl(table, entity)}.`,
      );
  }
}

/** CBS pads codes and keys with spaces ("GM0363    "); the files and the database do not. */
export function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : value == null ? '' : String(value);
}

/**
 * A cell as the files print it: empty for null (TypedDataSet has no value), numbers in plain
 * notation with a decimal point, strings trimmed (an untyped `x` or `.` stays a special value).
 */
export function cell(value: unknown): string {
  if (value == null) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    // Avoid exponent notation for very large or very small numbers, which the importer rejects.
    if (Math.abs(value) >= 1e21) return BigInt(Math.round(value)).toString();
    if (value !== 0 && Math.abs(value) < 1e-6) return value.toFixed(12).replace(/\.?0+$/, '');
    return String(value);
  }
  return text(value);
}
