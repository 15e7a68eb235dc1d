// SPDX-License-Identifier: EUPL-1.2
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { cellKey, type PackageLevel, type RawCell } from './cells';
import { computeCells } from './compute';
import { openDuck } from './duck';
import { manifestSchema, type Manifest } from './manifest';
import { isRoundedLevel, primaryReason, roundTo } from './privacy';
import type { PipelineProgress } from './progress';
import { parseValuesCsv, type TextRow } from './verify';

/** At most this many mismatches between package and input are listed; the rest are counted. */
const maxListed = 20;

/**
 * Checks published package rows against the raw cells recomputed from the input: each published
 * cell must exist, break no primary rule (the dominance rule and the minimum number of
 * contributors need the individual contributions, which a package never holds), and carry the
 * numerator the input gives (rounded where the level is rounded), so the input is the package's own.
 */
export function checkAgainstCells(
  manifest: Manifest,
  rows: readonly TextRow[],
  cells: readonly RawCell[],
): string[] {
  const byKey = new Map(cells.map((c) => [cellKey(c), c]));
  const { rules } = manifest.disclosure;
  const out: string[] = [];
  let mismatches = 0;
  for (const row of rows) {
    const f = row.fields;
    if (f.status === 'suppressed') continue;
    const at = `values.csv regel ${row.line}`;
    const raw = byKey.get(cellKey({ ...f, region: f.region_code }));
    if (!raw) {
      out.push(`${at}: de invoer geeft geen cel ${f.indicator} ${f.region_code} ${f.breakdown}`);
      continue;
    }
    const reason = primaryReason(raw, rules);
    if (reason === 'dominance')
      out.push(
        `${at}: dominantie: de twee grootste bijdragers hebben samen ${Math.round((((raw.top1 ?? 0) + (raw.top2 ?? 0)) * 1000) / raw.numerator) / 10}% van ${f.indicator} in ${f.region_code} (grens ${rules.dominanceShare * 100}%)`,
      );
    else if (reason === 'min-count')
      out.push(
        `${at}: ${f.indicator} in ${f.region_code} steunt op ${raw.contributors} eenheden of een noemer van ${String(raw.denominator)}, minder dan ${rules.minCount}`,
      );
    const expected = isRoundedLevel(f.level as PackageLevel)
      ? roundTo(raw.numerator, rules.roundingBase)
      : raw.numerator;
    if (Number(f.numerator) !== expected && (mismatches += 1) <= maxListed)
      out.push(`${at}: teller ${f.numerator} volgt niet uit de invoer (${expected})`);
  }
  if (mismatches > maxListed)
    out.push(`nog ${mismatches - maxListed} tellers die niet uit de invoer volgen`);
  return out;
}

/**
 * `pipeline verify PACKAGE --in DIR`: recomputes the raw cells from the record-level input the
 * package was made from and lists every published cell that breaks a rule only the contributions
 * show (dominance, contributors below the minimum) or does not follow from that input.
 */
export async function verifyAgainstInput(
  dir: string,
  inDir: string,
  options: { memoryLimit?: string; progress?: PipelineProgress } = {},
): Promise<string[]> {
  const manifest = manifestSchema.parse(
    JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')),
  );
  const rows = parseValuesCsv(readFileSync(join(dir, 'values.csv'), 'utf8'), []);
  const duck = await openDuck(options.memoryLimit ? { memoryLimit: options.memoryLimit } : {});
  try {
    const { cells } = await computeCells(duck, inDir, Number(manifest.period), options.progress);
    return checkAgainstCells(manifest, rows, cells);
  } finally {
    duck.close();
  }
}
