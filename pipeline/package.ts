// SPDX-License-Identifier: EUPL-1.2
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { packageLevels, type SafeCell } from './cells';
import { literal, type Duck } from './duck';
import type { PipelineIndicator } from './indicators';
import { valueColumns, type Manifest, type ValueRow } from './manifest';

/** Ratios are published with two decimals: more would suggest a precision rounding removed. */
function ratioValue(n: number, d: number, multiplier: number): number | null {
  if (d === 0) return null;
  return Math.round((n / d) * multiplier * 100) / 100;
}

/** Turns protected cells into package rows, in a stable order (indicator, level, region, breakdown). */
export function valueRows(
  cells: readonly SafeCell[],
  indicators: readonly PipelineIndicator[],
  period: string,
): ValueRow[] {
  const byId = new Map(indicators.map((i, index) => [i.id, { i, index }]));
  const rows = cells.map((c): ValueRow => {
    const def = byId.get(c.indicator)?.i;
    if (!def) throw new Error(`Cell of unknown indicator ${c.indicator}`);
    let value: number | null = null;
    if (c.numerator !== null)
      value =
        def.kind === 'count'
          ? c.numerator
          : c.denominator === null
            ? null
            : ratioValue(c.numerator, c.denominator, def.multiplier);
    return {
      indicator: c.indicator,
      period,
      level: c.level,
      region_code: c.region,
      breakdown: c.breakdown,
      value,
      numerator: c.numerator,
      denominator: c.denominator,
      status: c.status,
      reason: c.reason,
      carried_by: c.carriedBy,
    };
  });
  // The indicator and level positions are looked up once per row, not once per comparison.
  const ranked = rows.map((row) => ({
    row,
    rank:
      (byId.get(row.indicator)?.index ?? 0) * packageLevels.length +
      packageLevels.indexOf(row.level),
  }));
  ranked.sort(
    (a, b) =>
      a.rank - b.rank ||
      (a.row.region_code < b.row.region_code
        ? -1
        : a.row.region_code > b.row.region_code
          ? 1
          : 0) ||
      (a.row.breakdown < b.row.breakdown ? -1 : a.row.breakdown > b.row.breakdown ? 1 : 0),
  );
  return ranked.map((r) => r.row);
}

/** values.csv: a header and one line per row; empty fields are null. No field can hold a comma. */
export function valuesCsv(rows: readonly ValueRow[]): string {
  const lines = rows.map((r) =>
    valueColumns.map((c) => (r[c] === null ? '' : String(r[c]))).join(','),
  );
  return `${[valueColumns.join(','), ...lines].join('\n')}\n`;
}

/** SHA-256 of a text, hex. */
export function sha256(text: string | Buffer): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The DuckDB reader of a values.csv with fixed column types, so CSV and Parquet compare exactly. */
export function valuesCsvReader(file: string): string {
  return `read_csv(${literal(file)}, header = true, delim = ',', quote = '"', auto_detect = false, columns = {
    'indicator': 'VARCHAR', 'period': 'VARCHAR', 'level': 'VARCHAR', 'region_code': 'VARCHAR',
    'breakdown': 'VARCHAR', 'value': 'DOUBLE', 'numerator': 'DOUBLE', 'denominator': 'DOUBLE',
    'status': 'VARCHAR', 'reason': 'VARCHAR', 'carried_by': 'VARCHAR'})`;
}

/**
 * Writes manifest.json, values.csv and values.parquet into a temporary folder, lets `accept`
 * inspect it (it throws to refuse), and only then renames it to `out`, so a refused or failed run
 * leaves no package behind. An existing `out` is replaced only when it is itself a package (has a
 * manifest.json); anything else is refused.
 */
export async function writePackage(
  duck: Duck,
  out: string,
  manifest: Manifest,
  csv: string,
  accept: (dir: string) => Promise<void>,
): Promise<void> {
  if (existsSync(out) && readdirSync(out).length > 0 && !existsSync(join(out, 'manifest.json')))
    throw new Error(`Map ${out} bestaat al en is geen statistiekpakket; kies een andere --out.`);
  const tmp = `${out}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  try {
    writeFileSync(join(tmp, 'values.csv'), csv);
    writeFileSync(join(tmp, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    await duck.exec(
      `COPY (SELECT * FROM ${valuesCsvReader(join(tmp, 'values.csv'))}) TO ${literal(join(tmp, 'values.parquet'))} (FORMAT parquet)`,
    );
    await accept(tmp);
  } catch (error) {
    rmSync(tmp, { recursive: true, force: true });
    throw error;
  }
  rmSync(out, { recursive: true, force: true });
  renameSync(tmp, out);
}
