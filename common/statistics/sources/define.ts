// SPDX-License-Identifier: EUPL-1.2
import type { RegionLevel } from '../levels';
import type { VariableId } from '../variables';

/** Which source column fills which variable, and how its cells are read. */
export interface ColumnMapping {
  readonly column: string;
  readonly variable: VariableId;
  /** Levels the source publishes this column for; cells of other rows are not read. Default: all. */
  readonly levels?: readonly RegionLevel[];
  /** Levels at which the source rounds this count, so the value is stored as `rounded`. */
  readonly roundedAt?: readonly RegionLevel[];
  /** An empty cell means `missing` (default) or, where the source documents suppression, `secret`. */
  readonly empty?: 'missing' | 'secret';
}

/** Rows that carry no region the platform keeps (e.g. "Gemeenten; niet in te delen"). */
export interface SkippedRows {
  readonly column: string;
  readonly values: readonly string[];
  readonly reason: string;
}

/** Where a row's region comes from. The level follows from the code's format. */
export interface RegionColumns {
  /** Column with the CBS code (NL00, GM0363, WK0363AA, …). */
  readonly code: string;
  /** Column with the region's name, read for the region list. */
  readonly name: string;
  /** Column naming the region type (`regiotype`); checked against the code when present. */
  readonly type?: {
    readonly column: string;
    readonly values: Readonly<Record<string, RegionLevel>>;
  };
  /** Politie units have no code in the file: derive it from the name (see policeUnitCode). */
  readonly policeUnitName?: boolean;
  readonly skip?: SkippedRows;
  /** Rows with an empty code are skipped for this reason (historical municipalities). */
  readonly emptyCode?: string;
}

/** One source file of the data folder and how it maps onto canonical variables. */
export interface SourceDefinition {
  /** Path relative to the data folder, e.g. `kwb/kwb_2024_gemeente_wijk.csv`. */
  readonly file: string;
  readonly title: string;
  /** StatLine table id where known (85984NED, 47013NED); null when the export does not say. */
  readonly tableId: string | null;
  readonly publisher: 'CBS' | 'Politie';
  readonly licence: string;
  readonly levels: readonly RegionLevel[];
  /** A fixed year, or a column holding the year; `years` lists the years the file may hold. */
  readonly period:
    { readonly year: number } | { readonly column: string; readonly years?: readonly number[] };
  /** Year of the municipal division the codes refer to; `period` = each row's own year. */
  readonly division: number | 'period';
  readonly region: RegionColumns;
  /** Whether values are provisional: always, never, or where `column` equals `value`. */
  readonly provisional:
    boolean | { readonly column: string; readonly value: string; readonly other: string };
  readonly columns: readonly ColumnMapping[];
  /** Every other column of the header, with why it is not mapped (names, codes, duplicates). */
  readonly otherColumns: Readonly<Record<string, string>>;
}

export const regionName = 'naam van de regio; gelezen voor de regio-indeling';
export const gemeenteOfRegion = 'gemeente van de regio; volgt ook uit de code';

/** A column mapped to a variable for every level of its source. */
export const col = (
  column: string,
  variable: VariableId,
  options: Omit<ColumnMapping, 'column' | 'variable'> = {},
): ColumnMapping => ({ column, variable, ...options });
