// SPDX-License-Identifier: EUPL-1.2
import {
  levelOfCode,
  policeUnitCode,
  type RegionLevel,
} from '../../../../common/statistics/levels';
import { sourceYears, type SourceDefinition } from '../../../../common/statistics/sources';
import type { CsvRecord } from '../../platform/csv';

import type { Problems } from './problems';
import { cellOf, columnRef, type Table } from './table';

/** The region a source row is about. */
export interface RowRegion {
  code: string;
  level: RegionLevel;
}

/** Resolves a row's region: 'skip' for rows without a region we keep, null (with a problem) when wrong. */
export function regionOf(
  table: Table,
  record: CsvRecord,
  source: SourceDefinition,
  problems: Problems,
): RowRegion | 'skip' | null {
  const { region } = source;
  if (region.skip && region.skip.values.includes(cellOf(table, record, region.skip.column)))
    return 'skip';
  const typeText = region.type ? cellOf(table, record, region.type.column) : '';
  const typeLevel = region.type?.values[typeText];
  if (region.type && !typeLevel) {
    const known = Object.keys(region.type.values).join(', ');
    problems.at(
      table.file,
      record.line,
      `onbekend regiotype "${typeText}"; verwacht ${known}`,
      columnRef(table, region.type.column),
    );
    return null;
  }
  let code = cellOf(table, record, region.code);
  if (!code && typeLevel === 'politie-eenheid' && region.policeUnitName)
    code = policeUnitCode(cellOf(table, record, region.name));
  if (!code && region.emptyCode) return 'skip';
  const level = levelOfCode(code);
  const where = columnRef(table, region.code);
  if (!level) {
    problems.at(table.file, record.line, `onbekende regiocode "${code}"`, where);
    return null;
  }
  if ((typeLevel && typeLevel !== level) || !source.levels.includes(level)) {
    const expected = typeLevel ?? source.levels.join(' of ');
    problems.at(table.file, record.line, `${code} is een ${level}, verwacht ${expected}`, where);
    return null;
  }
  return { code, level };
}

/** The row's year, checked against the years the file name promises; null (with a problem) when wrong. */
export function periodOf(
  table: Table,
  record: CsvRecord,
  source: SourceDefinition,
  problems: Problems,
): number | null {
  if ('year' in source.period) return source.period.year;
  const text = cellOf(table, record, source.period.column);
  const years = sourceYears(source);
  const year = /^\d{4}$/.test(text) ? Number(text) : NaN;
  if (Number.isNaN(year) || (years && !years.includes(year))) {
    const expected = years
      ? `verwacht ${years.join(', ')} (volgens de bestandsnaam)`
      : 'verwacht een jaartal';
    problems.at(
      table.file,
      record.line,
      `jaar "${text}" past niet; ${expected}`,
      columnRef(table, source.period.column),
    );
    return null;
  }
  return year;
}

/** Whether the row's values are provisional, by the source's rule. */
export function provisionalOf(
  table: Table,
  record: CsvRecord,
  source: SourceDefinition,
  problems: Problems,
): boolean {
  const rule = source.provisional;
  if (typeof rule === 'boolean') return rule;
  const text = cellOf(table, record, rule.column);
  if (text !== rule.value && text !== rule.other)
    problems.at(
      table.file,
      record.line,
      `"${text}"; verwacht ${rule.other} of ${rule.value}`,
      columnRef(table, rule.column),
    );
  return text === rule.value;
}
