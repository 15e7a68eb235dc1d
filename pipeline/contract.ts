// SPDX-License-Identifier: EUPL-1.2
import { z } from 'zod';

/**
 * The input contract: the record-level tables the pipeline reads, one file per table named
 * `<table>.csv` or `<table>.parquet` in the input folder. Ids are pseudonymous and never leave
 * the pipeline; only aggregates do.
 */
export type ColumnType =
  | 'id'
  | 'year'
  | 'amount'
  | 'share'
  | 'date'
  | 'bool'
  | 'buurt'
  | 'gemeente'
  | 'sbi'
  | 'owner-kind'
  | 'offence-group';

/** One column: its name, type and whether it may be empty. */
export interface ColumnSpec {
  readonly name: string;
  readonly type: ColumnType;
  readonly nullable?: boolean;
  /** What the column holds, for the documentation and error messages. */
  readonly about: string;
}

/** One record-level table of the contract. */
export interface TableSpec {
  readonly name: TableName;
  readonly about: string;
  readonly columns: readonly ColumnSpec[];
  /** The column that identifies a row: each value once, or every join on it counts double. */
  readonly key?: string;
}

/** Every input table; all are required, so a run never silently drops an indicator. */
export const tableNames = [
  'persons',
  'households',
  'addresses',
  'ownership',
  'transactions',
  'establishments',
  'directors',
  'convictions',
  'hemp_clearances',
  'drug_suspects',
] as const;
export type TableName = (typeof tableNames)[number];

/** Owner kinds of the ownership table: a natural person, a legal entity, unknown or foreign. */
export const ownerKinds = ['person', 'entity', 'unknown', 'foreign'] as const;
/** Offence groups of the convictions table. */
export const offenceGroups = ['drugs', 'violence', 'property', 'fraud', 'other'] as const;

const col = (name: string, type: ColumnType, about: string, nullable = false): ColumnSpec => ({
  name,
  type,
  about,
  nullable,
});

/** The tables with their columns, in the order the pipeline loads them. */
export const tables: readonly TableSpec[] = [
  {
    name: 'persons',
    key: 'person_id',
    about: 'registered persons (BRP-like), one row per person',
    columns: [
      col('person_id', 'id', 'pseudonymous person id'),
      col('birth_year', 'year', 'year of birth'),
      col('household_id', 'id', 'household the person belongs to'),
    ],
  },
  {
    name: 'households',
    key: 'household_id',
    about: 'households with their address and finances',
    columns: [
      col('household_id', 'id', 'pseudonymous household id'),
      col('address_id', 'id', 'address the household lives at'),
      col('disposable_income', 'amount', 'disposable household income per year, euro'),
      col('wealth', 'amount', 'household wealth, euro (may be negative)'),
    ],
  },
  {
    name: 'addresses',
    key: 'address_id',
    about: 'verblijfsobjecten: every address, dwelling or not',
    columns: [
      col('address_id', 'id', 'pseudonymous address id'),
      col('buurt_code', 'buurt', 'CBS buurt code BUggggwwbb'),
      col('is_dwelling', 'bool', 'true for a dwelling (woning)'),
      col('woz_value', 'amount', 'WOZ value, euro', true),
    ],
  },
  {
    name: 'ownership',
    about: 'current owners of addresses (Kadaster-like)',
    columns: [
      col('address_id', 'id', 'owned address'),
      col('owner_kind', 'owner-kind', 'person, entity, unknown or foreign'),
      col('owner_id', 'id', 'person id or entity id; empty when unknown', true),
      col('share', 'share', 'ownership share, 0 < share ≤ 1'),
      col('since', 'date', 'owner since'),
    ],
  },
  {
    name: 'transactions',
    about: 'sales of addresses',
    columns: [
      col('address_id', 'id', 'sold address'),
      col('date', 'date', 'transfer date'),
      col('price', 'amount', 'purchase price, euro'),
      col('buyer_id', 'id', 'buying person; empty for a legal entity', true),
      col('seller_id', 'id', 'selling person; empty for a legal entity', true),
    ],
  },
  {
    name: 'establishments',
    key: 'establishment_id',
    about: 'business establishments (KvK-like)',
    columns: [
      col('establishment_id', 'id', 'pseudonymous establishment id'),
      col('sbi_code', 'sbi', 'SBI activity code, 2 to 5 digits'),
      col('address_id', 'id', 'address of the establishment'),
    ],
  },
  {
    name: 'directors',
    about: 'owners and directors of establishments',
    columns: [
      col('establishment_id', 'id', 'establishment'),
      col('person_id', 'id', 'director or owner'),
    ],
  },
  {
    name: 'convictions',
    about: 'criminal convictions',
    columns: [
      col('person_id', 'id', 'convicted person'),
      col('offence_group', 'offence-group', 'drugs, violence, property, fraud or other'),
      col('date', 'date', 'date of the conviction'),
    ],
  },
  {
    name: 'hemp_clearances',
    about: 'dismantled hemp farms (ruimingen)',
    columns: [
      col('address_id', 'id', 'address of the farm'),
      col('date', 'date', 'date of the clearance'),
    ],
  },
  {
    name: 'drug_suspects',
    about: 'suspects of drug offences',
    columns: [
      col('person_id', 'id', 'suspect'),
      col('offence_gemeente', 'gemeente', 'gemeente where the offence took place, GMgggg'),
      col('date', 'date', 'date of the offence'),
    ],
  },
];

const idPattern = '^[A-Za-z0-9_.:-]{1,64}$';
const buurtPattern = '^BU[0-9]{4}[0-9A-Z]{4}$';
const gemeentePattern = '^GM[0-9]{4}$';
const sbiPattern = '^[0-9]{2,5}$';
const datePattern = '^[0-9]{4}-[0-9]{2}-[0-9]{2}$';

const patterns: Partial<Record<ColumnType, string>> = {
  id: idPattern,
  buurt: buurtPattern,
  gemeente: gemeentePattern,
  sbi: sbiPattern,
  date: datePattern,
};

const text = z.string().trim().min(1);

function isCalendarDate(v: string): boolean {
  const date = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(v);
}

function fieldSchema(column: ColumnSpec): z.ZodType {
  const pattern = patterns[column.type];
  let schema: z.ZodType;
  if (column.type === 'date')
    schema = z
      .string()
      .regex(new RegExp(datePattern))
      .refine(isCalendarDate, 'geen bestaande datum');
  else if (pattern) schema = z.string().regex(new RegExp(pattern));
  // Text first: an empty field is missing, not zero (Number('') is 0).
  else if (column.type === 'year')
    schema = text.transform(Number).pipe(z.number().int().min(1850).max(2100));
  else if (column.type === 'amount') schema = text.transform(Number).pipe(z.number());
  else if (column.type === 'share') schema = text.transform(Number).pipe(z.number().gt(0).lte(1));
  else if (column.type === 'bool') schema = z.enum(['true', 'false']);
  else if (column.type === 'owner-kind') schema = z.enum(ownerKinds);
  else schema = z.enum(offenceGroups);
  return column.nullable ? z.union([z.literal(''), schema]) : schema;
}

/** A zod schema of one row as text fields (the CSV form), built from the same spec as the SQL check. */
export function rowSchema(table: TableSpec) {
  return z.object(Object.fromEntries(table.columns.map((c) => [c.name, fieldSchema(c)])));
}

/** The DuckDB type a column is loaded as. */
export function sqlType(type: ColumnType): string {
  if (type === 'year') return 'INTEGER';
  if (type === 'amount' || type === 'share') return 'DOUBLE';
  if (type === 'date') return 'DATE';
  if (type === 'bool') return 'BOOLEAN';
  return 'VARCHAR';
}

/**
 * An SQL condition, true when the non-empty text `v` is not an id (idPattern). The regular
 * expression costs about 90 ns a value, and a national run checks some 110 million ids.
 * url_encode leaves exactly A-Z a-z 0-9 - _ . ~ as they are, so an id that comes back unchanged
 * needs only its length and '~' checked; the rest (ids with ':', and anything invalid) still goes
 * through the regular expression. A test compares this with the pattern for every single-byte
 * character.
 */
function invalidIdCondition(v: string): string {
  return `CASE WHEN url_encode(${v}) = ${v} THEN strlen(${v}) > 64 OR contains(${v}, '~')
    ELSE NOT regexp_full_match(${v}, '${idPattern}') END`;
}

/**
 * An SQL condition over the text value `v` that is true when the value breaks the contract.
 * Mirrors {@link rowSchema}; a test checks both agree.
 */
export function invalidCondition(column: ColumnSpec, v: string): string {
  const empty = `(${v} IS NULL OR ${v} = '')`;
  const pattern = patterns[column.type];
  let bad: string;
  if (column.type === 'id') bad = invalidIdCondition(v);
  else if (pattern) {
    bad = `NOT regexp_full_match(${v}, '${pattern}')`;
    if (column.type === 'date') bad = `(${bad} OR TRY_CAST(${v} AS DATE) IS NULL)`;
  } else if (column.type === 'year')
    bad = `(TRY_CAST(${v} AS INTEGER) IS NULL OR TRY_CAST(${v} AS INTEGER) NOT BETWEEN 1850 AND 2100)`;
  else if (column.type === 'amount')
    bad = `(TRY_CAST(${v} AS DOUBLE) IS NULL OR NOT isfinite(TRY_CAST(${v} AS DOUBLE)))`;
  else if (column.type === 'share')
    bad = `(TRY_CAST(${v} AS DOUBLE) IS NULL OR NOT (TRY_CAST(${v} AS DOUBLE) > 0 AND TRY_CAST(${v} AS DOUBLE) <= 1))`;
  else if (column.type === 'bool') bad = `${v} NOT IN ('true', 'false')`;
  else {
    const values = column.type === 'owner-kind' ? ownerKinds : offenceGroups;
    bad = `${v} NOT IN (${values.map((x) => `'${x}'`).join(', ')})`;
  }
  return column.nullable ? `(NOT ${empty} AND ${bad})` : `(${empty} OR ${bad})`;
}

const integerTypes =
  /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT)$/;
const numberTypes =
  /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|FLOAT|DOUBLE|DECIMAL\(\d+,\d+\))$/;

/**
 * The same check as {@link invalidCondition} on a column a Parquet file already stores in a fitting
 * type (`fileType`, as DuckDB names it), without the detour through text: an integer is a valid
 * amount, a DATE a valid date. Null when the type does not fit and the text check must run.
 */
export function nativeInvalidCondition(
  column: ColumnSpec,
  v: string,
  fileType: string,
): string | null {
  let bad: string | null = null;
  if (column.type === 'year' && integerTypes.test(fileType)) bad = `${v} NOT BETWEEN 1850 AND 2100`;
  else if (column.type === 'amount' && numberTypes.test(fileType))
    bad = integerTypes.test(fileType) ? 'false' : `NOT isfinite(CAST(${v} AS DOUBLE))`;
  else if (column.type === 'share' && numberTypes.test(fileType))
    bad = `NOT (${v} > 0 AND ${v} <= 1)`;
  else if (column.type === 'date' && fileType === 'DATE') bad = `year(${v}) NOT BETWEEN 0 AND 9999`;
  else if (column.type === 'bool' && fileType === 'BOOLEAN') bad = 'false';
  if (bad === null) return null;
  return column.nullable ? `(${v} IS NOT NULL AND ${bad})` : `(${v} IS NULL OR ${bad})`;
}
