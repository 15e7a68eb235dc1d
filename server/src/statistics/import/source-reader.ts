// SPDX-License-Identifier: EUPL-1.2
import type { RegionLevel, ValueStatus } from '../../../../common/statistics/levels';
import { sourceColumns, type SourceDefinition } from '../../../../common/statistics/sources';

import { readCell } from './cell';
import type { DataFile } from './data-dir';
import type { Problems } from './problems';
import { periodOf, provisionalOf, regionOf } from './source-row';
import { cellOf, columnRef, readTable } from './table';

/** The observations of one source file, as column arrays (the shape the batched insert takes). */
export interface ObservationBatch {
  source: SourceDefinition;
  file: DataFile;
  variable: string[];
  period: string[];
  regionCode: string[];
  regionYear: number[];
  value: (number | null)[];
  status: ValueStatus[];
  provisional: boolean[];
  /** Data rows of the file, and those skipped because they carry no region we keep. */
  rows: number;
  skipped: number;
  /** Rows of historical gemeenten without a code, per year (time series only). */
  skippedByYear: Map<number, number>;
  periods: Set<string>;
}

/** A region as a source row names it; the region builder checks it against the known lists. */
export interface RegionMention {
  code: string;
  level: RegionLevel;
  year: number;
  name: string;
  file: string;
  line: number;
  column: { name: string; index: number };
}

/** Reads one source file into observations and region mentions, adding problems with their place. */
export function readSource(
  source: SourceDefinition,
  file: DataFile,
  problems: Problems,
): { batch: ObservationBatch; mentions: RegionMention[] } {
  const batch: ObservationBatch = {
    source,
    file,
    variable: [],
    period: [],
    regionCode: [],
    regionYear: [],
    value: [],
    status: [],
    provisional: [],
    rows: 0,
    skipped: 0,
    skippedByYear: new Map(),
    periods: new Set(),
  };
  const mentions: RegionMention[] = [];
  const table = readTable(file, sourceColumns(source), problems);
  if (!table) return { batch, mentions };
  const seen = new Map<string, number>();
  const codeColumn = columnRef(table, source.region.code);
  const mappings = source.columns.map((mapping) => ({
    ...mapping,
    ref: columnRef(table, mapping.column),
    rules: (level: RegionLevel) => ({
      empty: mapping.empty ?? 'missing',
      rounded: mapping.roundedAt?.includes(level) ?? false,
    }),
  }));
  for (const record of table.records) {
    batch.rows++;
    const region = regionOf(table, record, source, problems);
    const year = periodOf(table, record, source, problems);
    if (region === 'skip' || year === null) {
      if (region === 'skip') batch.skipped++;
      // Only the time series skip rows of their own division: historical gemeenten without a code.
      if (region === 'skip' && year !== null && source.division === 'period')
        batch.skippedByYear.set(year, (batch.skippedByYear.get(year) ?? 0) + 1);
      continue;
    }
    const provisional = provisionalOf(table, record, source, problems);
    if (!region) continue;
    const key = `${year}|${region.code}`;
    const earlier = seen.get(key);
    if (earlier) {
      problems.at(
        file.path,
        record.line,
        `${region.code} (${year}) staat ook op regel ${earlier}`,
        codeColumn,
      );
      continue;
    }
    seen.set(key, record.line);
    const regionYear = source.division === 'period' ? year : source.division;
    const name = cellOf(table, record, source.region.name);
    mentions.push({
      ...region,
      year: regionYear,
      name,
      file: file.path,
      line: record.line,
      column: codeColumn,
    });
    const period = String(year);
    batch.periods.add(period);
    for (const mapping of mappings) {
      if (mapping.levels && !mapping.levels.includes(region.level)) continue;
      const cell = readCell(record.cells[mapping.ref.index] ?? '', mapping.rules(region.level));
      if (typeof cell === 'string') {
        problems.at(file.path, record.line, cell, mapping.ref);
        continue;
      }
      batch.variable.push(mapping.variable);
      batch.period.push(period);
      batch.regionCode.push(region.code);
      batch.regionYear.push(regionYear);
      batch.value.push(cell.value);
      batch.status.push(cell.status);
      batch.provisional.push(provisional);
    }
  }
  return { batch, mentions };
}
