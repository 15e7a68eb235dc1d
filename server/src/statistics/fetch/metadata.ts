// SPDX-License-Identifier: EUPL-1.2
import { FetchError, type Downloader } from './downloader';
import { fetchRows, odataUrl, requireColumns, text, type ODataTable } from './odata';

/** A member of a dimension (RegioS, Perioden, SoortMisdrijf, …) with its label. */
export interface DimensionMember {
  /** Trimmed key, as the files print it. */
  key: string;
  /** The key as served, padding included; OData filters compare it literally. */
  rawKey: string;
  title: string;
  /** Perioden only: `Definitief`, `Voorlopig`, … */
  status: string;
}

const normalise = (value: string) => value.trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * Resolves topics (measures) to their OData keys via the table's DataProperties. A wanted topic
 * is either its exact key (`AantalInwoners_5`) or its title, optionally with the titles of the
 * groups above it (`Provincies/Code`): keys carry a position number that can change between
 * table versions, titles are what StatLine shows.
 */
export async function resolveTopics(
  downloader: Downloader,
  table: ODataTable,
  wanted: Readonly<Record<string, string>>,
): Promise<Record<string, string>> {
  const properties = await fetchRows(downloader, table, 'DataProperties');
  requireColumns(properties, ['ID', 'Key', 'Title'], table, 'DataProperties');
  const byId = new Map(properties.map((p) => [p.ID, p]));
  const path = (p: (typeof properties)[number]): string[] => {
    const parent = p.ParentID == null ? undefined : byId.get(p.ParentID);
    return [...(parent && parent !== p ? path(parent) : []), text(p.Title)];
  };
  const topics = properties
    .filter((p) => text(p.Type) === 'Topic' || p.Type === undefined)
    .map((p) => ({ key: text(p.Key), path: path(p).map(normalise) }));
  const resolved: Record<string, string> = {};
  for (const [name, want] of Object.entries(wanted)) {
    const parts = want.split('/').map(normalise);
    const match =
      topics.find((t) => t.key === want) ??
      topics.find(
        (t) =>
          t.path.length >= parts.length &&
          parts.every((part, i) => t.path[t.path.length - parts.length + i] === part),
      );
    if (!match)
      throw new FetchError(
        `tabel ${table.id}: onderwerp "${want}" niet gevonden in ${odataUrl(table, 'DataProperties')}.`,
      );
    resolved[name] = match.key;
  }
  return resolved;
}

/** Every member of a dimension, keys trimmed. */
export async function fetchDimension(
  downloader: Downloader,
  table: ODataTable,
  dimension: string,
): Promise<DimensionMember[]> {
  const rows = await fetchRows(downloader, table, dimension);
  requireColumns(rows, ['Key', 'Title'], table, dimension);
  return rows.map((row) => ({
    key: text(row.Key),
    rawKey: typeof row.Key === 'string' ? row.Key : text(row.Key),
    title: text(row.Title),
    status: text(row.Status),
  }));
}

/** The member with one of `titles` (or that key itself); an error names the table. */
export function findMember(
  members: readonly DimensionMember[],
  titles: readonly string[],
  table: ODataTable,
  dimension: string,
): DimensionMember {
  const wanted = titles.map(normalise);
  const match = members.find(
    (m) => wanted.includes(normalise(m.title)) || wanted.includes(normalise(m.key)),
  );
  if (!match)
    throw new FetchError(
      `tabel ${table.id}: "${titles[0]}" niet gevonden in ${odataUrl(table, dimension)}.`,
    );
  return match;
}

/** An OData v3 filter `(d eq 'a' or d eq 'b')`; CBS compares keys including their padding. */
export function anyOf(dimension: string, keys: readonly string[]): string {
  return `(${keys.map((key) => `${dimension} eq '${key.replace(/'/g, "''")}'`).join(' or ')})`;
}

/** CBS region labels add "(gemeente)" where a name is also a province or city; the files do not. */
export function regionName(title: string): string {
  return title.replace(/\s*\((gemeente|RE)\)\s*$/i, '').trim();
}

/** `2024JJ00` → 2024; null for months, quarters and other periods. */
export function yearOf(periodKey: string): number | null {
  const match = /^(\d{4})JJ00$/.exec(periodKey.trim());
  return match ? Number(match[1]) : null;
}
