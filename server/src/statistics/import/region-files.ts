// SPDX-License-Identifier: EUPL-1.2
import { policeUnitCode, regionCodePatterns } from '../../../../common/statistics/levels';

import type { DataFile } from './data-dir';
import type { Problems } from './problems';
import { cellOf, columnRef, readTable, regionFileColumns, type Table } from './table';

/** A gemeente of the 2024 list with its province. */
export interface GemeenteEntry {
  name: string;
  provinceCode: string;
  provinceName: string;
}

/** A gemeente's veiligheidsregio and Politie unit (division of 1-1-2023, unchanged in 2024). */
export interface GroupingEntry {
  safetyRegionCode: string;
  safetyRegionName: string;
  policeUnitCode: string;
  policeUnitName: string;
}

type Checks = Record<string, RegExp>;

/** Reads rows whose cells pass `checks`, reporting bad cells and duplicate gemeente codes. */
function readRows(
  table: Table,
  checks: Checks,
  problems: Problems,
): Map<string, Record<string, string>> {
  const rows = new Map<string, Record<string, string>>();
  const lines = new Map<string, number>();
  for (const record of table.records) {
    const row: Record<string, string> = {};
    let ok = true;
    for (const [column, pattern] of Object.entries(checks)) {
      row[column] = cellOf(table, record, column);
      if (!pattern.test(row[column]!)) {
        problems.at(
          table.file,
          record.line,
          `"${row[column]}" is ongeldig`,
          columnRef(table, column),
        );
        ok = false;
      }
    }
    const code = row.gemeentecode!;
    const earlier = lines.get(code);
    if (ok && earlier)
      problems.at(
        table.file,
        record.line,
        `${code} staat ook op regel ${earlier}`,
        columnRef(table, 'gemeentecode'),
      );
    else if (ok) {
      rows.set(code, row);
      lines.set(code, record.line);
    }
  }
  return rows;
}

const name = /^\S.{0,199}$/;

/** The 2024 gemeenten with their province (regions/gemeenten_2024.csv). */
export function readGemeenten(file: DataFile, problems: Problems): Map<string, GemeenteEntry> {
  const table = readTable(file, regionFileColumns.gemeenten, problems);
  if (!table) return new Map();
  const checks = {
    gemeentecode: regionCodePatterns.gemeente,
    gemeentenaam: name,
    provinciecode: regionCodePatterns.provincie,
    provincienaam: name,
  };
  const rows = readRows(table, checks, problems);
  return new Map(
    [...rows].map(([code, r]) => [
      code,
      { name: r.gemeentenaam!, provinceCode: r.provinciecode!, provinceName: r.provincienaam! },
    ]),
  );
}

/** Veiligheidsregio and Politie unit per gemeente (regions/gemeente_veiligheidsregio_2024.csv). */
export function readGroupings(file: DataFile, problems: Problems): Map<string, GroupingEntry> {
  const table = readTable(file, regionFileColumns.groupings, problems);
  if (!table) return new Map();
  const checks = {
    gemeentecode: regionCodePatterns.gemeente,
    veiligheidsregiocode: regionCodePatterns.veiligheidsregio,
    veiligheidsregionaam: name,
    politie_regionale_eenheid: name,
  };
  const rows = readRows(table, checks, problems);
  return new Map(
    [...rows].map(([code, r]) => [
      code,
      {
        safetyRegionCode: r.veiligheidsregiocode!,
        safetyRegionName: r.veiligheidsregionaam!,
        policeUnitCode: policeUnitCode(r.politie_regionale_eenheid!),
        policeUnitName: r.politie_regionale_eenheid!,
      },
    ]),
  );
}
