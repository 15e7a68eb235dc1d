// SPDX-License-Identifier: EUPL-1.2
/**
 * Test support: CBS OData v3 tables built from a folder in the layout of shared/data, so that a
 * fetch against them must reproduce that folder's database contents. The answers have the
 * recorded shape of opendata.cbs.nl: padded keys ("GM0363    "), null for missing values,
 * labels in dimension tables, measures described in DataProperties.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { parseCsv } from '../../platform/csv';

/** One row of an entity set as served. */
export type Row = Record<string, unknown>;
/** A table's entity sets: DataProperties, dimensions and TypedDataSet. */
export type FakeTable = Record<string, Row[]>;

/** Rows of a CSV file of the folder as objects keyed by header. */
export function readRows(dir: string, file: string): Record<string, string>[] {
  const [header = [], ...rows] = parseCsv(readFileSync(join(dir, file), 'utf8'));
  return rows.map((row) => Object.fromEntries(header.map((h, i) => [h, row[i] ?? ''])));
}

/** CBS pads keys to a fixed width; the fetch must trim them. */
export const pad = (key: string) => key.padEnd(10, ' ');

/** A file cell as TypedDataSet serves it: a number, or null for empty, `.` and `x`. */
export const typed = (value: string | undefined): number | null =>
  value === undefined || value === '' || !/^-?\d+(\.\d+)?$/.test(value) ? null : Number(value);

interface TopicSpec {
  key: string;
  title: string;
  group?: string;
}

/** DataProperties with topic groups, so title paths like `Provincies/Code` can be resolved. */
export function dataProperties(topics: readonly TopicSpec[]): Row[] {
  const rows: Row[] = [];
  const groups = new Map<string, number>();
  for (const topic of topics) {
    let parent: number | null = null;
    if (topic.group) {
      parent = groups.get(topic.group) ?? rows.length;
      if (!groups.has(topic.group)) {
        groups.set(topic.group, parent);
        rows.push({ ID: parent, ParentID: null, Type: 'TopicGroup', Key: '', Title: topic.group });
      }
    }
    rows.push({
      ID: rows.length,
      ParentID: parent,
      Type: 'Topic',
      Key: topic.key,
      Title: topic.title,
    });
  }
  return rows;
}

const year = (key: string) => ({ Key: `${key}JJ00`, Title: key, Status: 'Definitief' });

/** Perioden with years (2024 provisional where asked) and a month, which the fetch must skip. */
export function periods(years: readonly number[], provisional: readonly number[] = []): Row[] {
  return [
    ...years.map((y) => ({
      ...year(String(y)),
      ...(provisional.includes(y) ? { Title: `${y}*`, Status: 'Voorlopig' } : {}),
    })),
    { Key: `${years.at(-1) ?? 2024}MM12`, Title: 'december', Status: 'Definitief' },
  ];
}

/** The name CBS gives a gemeente that shares it with a province or city: "Groningen (gemeente)". */
export const cbsTitle = (name: string) => (name === 'Groningen' ? `${name} (gemeente)` : name);

/**
 * A RegioS × Perioden × measure table from tidy file rows. `cells(row)` gives the measures of one
 * file row; every other (region, period) combination is served with nulls, as CBS does.
 */
export function measureTable(options: {
  rows: Record<string, string>[];
  code: (row: Record<string, string>) => string;
  title: (row: Record<string, string>) => string;
  year: (row: Record<string, string>) => number;
  topics: readonly TopicSpec[];
  column: Readonly<Record<string, string>>;
  years: readonly number[];
  provisional?: readonly number[];
  fixed?: { dimension: string; members: Row[] };
}): FakeTable {
  const { rows, topics, column } = options;
  const regions = new Map<string, string>();
  for (const row of rows) regions.set(options.code(row), options.title(row));
  const data: Row[] = [];
  const fixedKeys = options.fixed?.members.map((m) => String(m.Key)) ?? [null];
  for (const [code] of regions)
    for (const fixed of fixedKeys)
      for (const y of options.years) {
        const source = rows.find((r) => options.code(r) === code && options.year(r) === y);
        // Only the first member of the fixed dimension carries the file's values; the others
        // get different numbers, so reading the wrong member shows in the comparison.
        const own = fixed === fixedKeys[0];
        const row: Row = { ID: data.length, RegioS: pad(code), Perioden: `${y}JJ00` };
        if (options.fixed && fixed !== null) row[options.fixed.dimension] = fixed;
        for (const t of topics) {
          const value =
            source && column[t.key] !== undefined ? typed(source[column[t.key] ?? '']) : null;
          row[t.key] = own ? value : value === null ? 1 : value + 1;
        }
        data.push(row);
      }
  return {
    DataProperties: dataProperties(topics),
    RegioS: [...regions].map(([Key, Title]) => ({ Key: pad(Key), Title })),
    Perioden: periods(options.years, options.provisional),
    ...(options.fixed ? { [options.fixed.dimension]: options.fixed.members } : {}),
    TypedDataSet: data,
  };
}
