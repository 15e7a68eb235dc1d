// SPDX-License-Identifier: EUPL-1.2
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { regionCodePatterns } from '../common/statistics/levels';

import { cellGroups, packageLevels, type PackageLevel } from './cells';
import { literal, openDuck } from './duck';
import { manifestSchema, valueColumns, type Manifest } from './manifest';
import { sha256, valuesCsvReader } from './package';
import { isRoundedLevel, roundTo } from './privacy';

/** One values.csv line as text, with its line number, for checking a package that may be broken. */
export interface TextRow {
  readonly line: number;
  readonly fields: Record<(typeof valueColumns)[number], string>;
}

/** Splits values.csv into rows; a line with the wrong number of fields is a violation. */
export function parseValuesCsv(csv: string, violations: string[]): TextRow[] {
  const [header, ...lines] = csv.replace(/\n$/, '').split('\n');
  if (header !== valueColumns.join(','))
    violations.push(
      `values.csv: kolommen moeten precies ${valueColumns.join(',')} zijn (geen ids of andere velden)`,
    );
  const rows: TextRow[] = [];
  lines.forEach((text, index) => {
    const parts = text.split(',');
    if (parts.length !== valueColumns.length) {
      violations.push(
        `values.csv regel ${index + 2}: ${parts.length} velden in plaats van ${valueColumns.length}`,
      );
      return;
    }
    // One literal in column order (valueColumns): every row gets one object shape, and no
    // per-field assignment loop (a national package has well over a hundred thousand rows).
    const [indicator, period, level, region_code, breakdown, value, numerator] = parts;
    const [denominator, status, reason, carried_by] = parts.slice(7);
    const fields: TextRow['fields'] = {
      indicator: indicator ?? '',
      period: period ?? '',
      level: level ?? '',
      region_code: region_code ?? '',
      breakdown: breakdown ?? '',
      value: value ?? '',
      numerator: numerator ?? '',
      denominator: denominator ?? '',
      status: status ?? '',
      reason: reason ?? '',
      carried_by: carried_by ?? '',
    };
    rows.push({ line: index + 2, fields });
  });
  return rows;
}

const num = (text: string): number | null => (text === '' ? null : Number(text));

type ManifestIndicator = Manifest['indicators'][number];

/** The checks of one row on its own; `indicators` by id. Exported for the reference test. */
export function checkRow(
  row: TextRow,
  manifest: Manifest,
  indicators: ReadonlyMap<string, ManifestIndicator>,
  out: string[],
) {
  const f = row.fields;
  const at = `values.csv regel ${row.line}`;
  const indicator = indicators.get(f.indicator);
  const level = f.level as PackageLevel;
  if (!indicator) return out.push(`${at}: onbekende indicator ${f.indicator}`);
  if (!indicator.levels.includes(level))
    out.push(`${at}: niveau ${f.level} hoort niet bij ${f.indicator}`);
  else if (!regionCodePatterns[level].test(f.region_code))
    out.push(`${at}: ongeldige gebiedscode ${f.region_code}`);
  if (f.period !== manifest.period)
    out.push(`${at}: periode ${f.period} wijkt af van het manifest`);
  const { minCount, roundingBase } = manifest.disclosure.rules;
  const [n, d, v] = [num(f.numerator), num(f.denominator), num(f.value)];
  if (f.status === 'suppressed') {
    if (n !== null || d !== null || v !== null)
      out.push(`${at}: onderdrukte cel bevat toch een getal`);
    if (!['min-count', 'dominance', 'secondary'].includes(f.reason))
      out.push(`${at}: onderdrukte cel zonder geldige reden`);
    return;
  }
  if (f.reason !== '' || f.carried_by !== '')
    out.push(`${at}: gepubliceerde cel met reden of drager`);
  const rounded = isRoundedLevel(level);
  if (f.status !== (rounded ? 'rounded' : 'exact'))
    return out.push(
      `${at}: status ${f.status} past niet bij niveau ${f.level} (verwacht ${rounded ? 'rounded' : 'exact'})`,
    );
  if (n === null || !Number.isInteger(n) || n < 0)
    return out.push(`${at}: teller ontbreekt of is geen aantal`);
  // Rounding is monotone, so a rounded count of a cell that passed the rule is at least round(min).
  const floor = rounded ? roundTo(minCount, roundingBase) : minCount;
  if (n > 0 && n < floor)
    out.push(`${at}: teller ${n} is kleiner dan de minimumcelvulling ${minCount}`);
  if (d !== null && d < floor)
    out.push(`${at}: noemer ${d} is kleiner dan de minimumcelvulling ${minCount}`);
  if (rounded && (n % roundingBase !== 0 || (d !== null && d % roundingBase !== 0)))
    out.push(`${at}: aantal onder gemeenteniveau is geen veelvoud van ${roundingBase}`);
  const expected =
    indicator.kind === 'count'
      ? n
      : d
        ? Math.round((n / d) * indicator.multiplier * 100) / 100
        : null;
  if (v !== expected)
    out.push(`${at}: waarde ${f.value} volgt niet uit teller en noemer (${String(expected)})`);
  if (indicator.kind === 'ratio' && d === null) out.push(`${at}: verhouding zonder noemer`);
}

/**
 * Checks every value row against the manifest's disclosure rules and lists each violation:
 * minimum counts, rounding below gemeente level, empty suppressed cells, values consistent with
 * their counts, and no additive group (region = Σ sub-regions, total = Σ breakdown) with exactly
 * one suppressed cell. The dominance rule needs the contributions and is checked in the run.
 */
export function verifyRows(manifest: Manifest, rows: readonly TextRow[]): string[] {
  const out: string[] = [];
  // The first indicator with an id, as a search of the list would find it.
  const indicators = new Map<string, ManifestIndicator>();
  for (const i of [...manifest.indicators].reverse()) indicators.set(i.id, i);
  // One numbering of every row's key serves the duplicate check and the additive groups.
  const table = cellGroups(
    rows.map(({ fields: f }) => ({
      indicator: f.indicator,
      level: f.level as PackageLevel,
      region: f.region_code,
      breakdown: f.breakdown,
    })),
  );
  /** The line of the last row seen with each id; 0 for none yet (lines start at 2). */
  const seen = new Int32Array(table.count);
  /** Whether some row of the id is suppressed. */
  const suppressed = new Uint8Array(table.count);
  rows.forEach((row, i) => {
    checkRow(row, manifest, indicators, out);
    const id = table.idOf[i] ?? 0;
    if (seen[id]) out.push(`values.csv regel ${row.line}: dubbel met regel ${seen[id]}`);
    seen[id] = row.line;
    if (row.fields.status === 'suppressed') suppressed[id] = 1;
  });
  // Rows of an unknown level belong to no group: a region group's members all have known levels,
  // and a breakdown group shares its total's level, so dropping groups whose total has an
  // unknown level leaves exactly the groups of the rows at known levels.
  const known = (id: number) =>
    (packageLevels as readonly string[]).includes(
      rows[table.firstCell[id] ?? -1]?.fields.level ?? '',
    );
  for (const group of table.groups) {
    if (!known(group[0] ?? -1)) continue;
    let hidden = -1;
    let count = 0;
    for (const id of group)
      if (suppressed[id]) {
        if (count === 0) hidden = id;
        count += 1;
      }
    if (count === 1)
      out.push(
        `terugrekenbaar: ${table.key(hidden)} is de enige onderdrukte cel in de optelling ${table.key(group[0] ?? -1)} = som van ${group.length - 1} cellen`,
      );
  }
  out.push(...manifestCountViolations(manifest, rows));
  return out;
}

/** Where the manifest's row and status counts differ from values.csv. */
export function manifestCountViolations(manifest: Manifest, rows: readonly TextRow[]): string[] {
  const out: string[] = [];
  const counts = { exact: 0, rounded: 0, suppressed: 0 };
  for (const r of rows)
    if (r.fields.status in counts) counts[r.fields.status as keyof typeof counts] += 1;
  for (const [status, n] of Object.entries(counts))
    if ((manifest.values.statuses[status as keyof typeof counts] ?? 0) !== n)
      out.push(
        `manifest.json: ${status}-aantal ${String(manifest.values.statuses[status as keyof typeof counts])} wijkt af van values.csv (${n})`,
      );
  if (manifest.values.rows !== rows.length)
    out.push(
      `manifest.json: rows ${manifest.values.rows} wijkt af van values.csv (${rows.length})`,
    );
  return out;
}

function readManifest(dir: string, out: string[]): Manifest | null {
  const file = join(dir, 'manifest.json');
  if (!existsSync(file)) return (out.push('manifest.json ontbreekt'), null);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return (out.push('manifest.json is geen geldige JSON'), null);
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) {
    for (const issue of parsed.error.issues)
      out.push(`manifest.json ${issue.path.join('.')}: ${issue.message}`);
    return null;
  }
  return parsed.data;
}

/** Checks a package folder and returns every violation found (empty when the package is sound). */
export async function verifyPackage(dir: string): Promise<string[]> {
  const out: string[] = [];
  const manifest = readManifest(dir, out);
  const csvFile = join(dir, 'values.csv');
  const parquetFile = join(dir, 'values.parquet');
  if (!existsSync(csvFile)) out.push('values.csv ontbreekt');
  if (!existsSync(parquetFile)) out.push('values.parquet ontbreekt');
  if (!manifest || out.length > 0) return out;
  const csv = readFileSync(csvFile);
  if (sha256(csv) !== manifest.values.sha256.csv)
    out.push('values.csv: SHA-256 wijkt af van het manifest');
  const rows = parseValuesCsv(csv.toString('utf8'), out);
  out.push(...verifyRows(manifest, rows));
  const duck = await openDuck();
  try {
    // The rows in one file and not the other, counted as a multiset (as EXCEPT ALL both ways):
    // Σ |copies in the CSV − copies in the Parquet| over distinct rows. One grouping reads each
    // file once; the two EXCEPT ALLs read both twice and numbered every row, seconds nationally.
    const [diff] = await duck.all(`SELECT coalesce(sum(abs(in_csv - in_parquet)), 0) AS n FROM (
      SELECT count(*) FILTER (WHERE source = 0) AS in_csv, count(*) FILTER (WHERE source = 1) AS in_parquet
      FROM (SELECT *, 0 AS source FROM ${valuesCsvReader(csvFile)}
            UNION ALL SELECT *, 1 AS source FROM read_parquet(${literal(parquetFile)}))
      GROUP BY ${valueColumns.map((c) => `"${c}"`).join(', ')})`);
    if (Number(diff?.n) !== 0)
      out.push(`values.parquet: ${String(diff?.n)} rijen wijken af van values.csv`);
  } catch (error) {
    out.push(
      `values.parquet of values.csv onleesbaar: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
    );
  } finally {
    duck.close();
  }
  return out;
}
