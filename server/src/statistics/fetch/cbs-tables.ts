// SPDX-License-Identifier: EUPL-1.2
import { FetchError, type Downloader } from './downloader';
import {
  anyOf,
  fetchDimension,
  findMember,
  regionName,
  resolveTopics,
  yearOf,
  type DimensionMember,
} from './metadata';
import { cell, fetchRows, odataUrl, requireColumns, text, type ODataTable } from './odata';

/** Base URLs of the two OData services (CBS StatLine and the Politie tables on dataderden). */
export interface ODataBases {
  cbs: string;
  politie: string;
}

/** A StatLine table with RegioS × Perioden and measures, read into one record per cell row. */
export interface MeasureTable {
  service: keyof ODataBases;
  tableId: string;
  years: readonly number[];
  /** Other dimensions fixed to one member, given by its StatLine title (or key). */
  fixed?: Readonly<Record<string, readonly string[]>>;
  /** Output column → topic (key or title path, see resolveTopics). */
  topics: Readonly<Record<string, string>>;
}

/** One region and year of a measure table, values formatted as the files print them. */
export interface MeasureRecord {
  regionKey: string;
  regionTitle: string;
  year: number;
  /** Perioden status as published: `Definitief`, `Voorlopig`, … */
  status: string;
  values: Record<string, string>;
}

/** Fetches a measure table: metadata first (topic keys, labels), then the filtered data set. */
export async function fetchMeasures(
  downloader: Downloader,
  bases: ODataBases,
  spec: MeasureTable,
): Promise<MeasureRecord[]> {
  const table: ODataTable = { base: bases[spec.service], id: spec.tableId };
  const periods = (await fetchDimension(downloader, table, 'Perioden')).filter((p) => {
    const year = yearOf(p.key);
    return year !== null && spec.years.includes(year);
  });
  if (periods.length === 0)
    throw new FetchError(
      `tabel ${spec.tableId}: geen van de jaren ${spec.years.join(', ')} in ${odataUrl(table, 'Perioden')}.`,
    );
  const keys = await resolveTopics(downloader, table, spec.topics);
  const regions = new Map(
    (await fetchDimension(downloader, table, 'RegioS')).map((m) => [m.key, m]),
  );
  const filters: string[] = [
    anyOf(
      'Perioden',
      periods.map((p) => p.rawKey),
    ),
  ];
  for (const [dimension, titles] of Object.entries(spec.fixed ?? {})) {
    const member = findMember(
      await fetchDimension(downloader, table, dimension),
      titles,
      table,
      dimension,
    );
    filters.push(anyOf(dimension, [member.rawKey]));
  }
  const select = ['RegioS', 'Perioden', ...Object.values(keys)];
  const rows = await fetchRows(downloader, table, 'TypedDataSet', {
    $filter: filters.join(' and '),
    $select: select.join(','),
  });
  requireColumns(rows, select, table, 'TypedDataSet');
  const periodByKey = new Map(periods.map((p) => [p.key, p]));
  return rows.flatMap((row) => {
    const period = periodByKey.get(text(row.Perioden));
    const region: DimensionMember | undefined = regions.get(text(row.RegioS));
    if (!period) return [];
    const values: Record<string, string> = {};
    for (const [column, key] of Object.entries(keys)) values[column] = cell(row[key]);
    return [
      {
        regionKey: text(row.RegioS),
        regionTitle: regionName(region?.title ?? text(row.RegioS)),
        year: yearOf(period.key) ?? 0,
        status: period.status,
        values,
      },
    ];
  });
}

/** CBS codes Nederland `NL01` in RegioS; the files (and KWB) use `NL00`. */
export function fileCode(regionKey: string): string {
  return regionKey === 'NL01' ? 'NL00' : regionKey;
}

/** A gemeente code (GM + four digits); RegioS also holds NL01, PV, LD, RE and other groupings. */
export const isGemeente = (key: string) => /^GM\d{4}$/.test(key);
