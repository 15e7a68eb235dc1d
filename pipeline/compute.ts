// SPDX-License-Identifier: EUPL-1.2
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { packageLevels, type RawCell } from './cells';
import { tables, type TableName } from './contract';
import type { Cell, Duck } from './duck';
import { pipelineIndicators, preparatorySteps } from './indicators';
import { loadInputs } from './input';
import { quietProgress, type PipelineProgress } from './progress';

const stepsDir = join(dirname(fileURLToPath(import.meta.url)), 'steps');

/**
 * Steps kept as views: row-for-row reshapes that DuckDB folds into each query using them, cheaper
 * than materialising 18 million persons. Everything else is a table, computed once: `areas` and
 * `household_areas` feed most steps, and joining them again per step cost more than storing them.
 */
const viewSteps: ReadonlySet<string> = new Set(['residents', 'household_capacity']);

async function runStep(duck: Duck, name: string): Promise<number> {
  const sql = readFileSync(join(stepsDir, `${name}.sql`), 'utf8');
  if (viewSteps.has(name)) {
    await duck.exec(`CREATE VIEW ${name} AS ${sql}`);
    return 0;
  }
  await duck.exec(`CREATE TABLE ${name} AS ${sql}`);
  const [row] = await duck.all(`SELECT count(*) AS n FROM ${name}`);
  return Number(row?.n ?? 0);
}

async function readCells(duck: Duck, step: string): Promise<RawCell[]> {
  const columns = await duck.columns(`SELECT * FROM ${step}`);
  const at = (name: string, i: number): Cell => columns[name]?.[i] ?? null;
  const numberOrNull = (v: Cell) => (v === null ? null : Number(v));
  return (columns.indicator ?? []).map((indicator, i) => ({
    indicator: String(indicator),
    level: packageLevels.find((l) => l === at('level', i)) ?? 'land',
    region: String(at('region', i)),
    breakdown: String(at('breakdown', i) ?? ''),
    numerator: Number(at('numerator', i)),
    denominator: numberOrNull(at('denominator', i)),
    contributors: Number(at('contributors', i)),
    top1: numberOrNull(at('top1', i)),
    top2: numberOrNull(at('top2', i)),
  }));
}

/** The raw cells of every indicator with what it took to make them. Never leaves the pipeline. */
export interface Computed {
  readonly cells: RawCell[];
  readonly inputRows: Record<TableName, number>;
  readonly stepRows: Record<string, number>;
}

/** How many progress steps {@link computeCells} reports, for a bar that also counts later work. */
export const computeStepCount = tables.length + preparatorySteps.length + pipelineIndicators.length;

/**
 * Loads and checks the inputs of `inDir`, runs every step for reference year `year` and returns
 * the raw cells, before any disclosure control. `pipeline run` protects them; `pipeline verify
 * --in` recomputes them to check the contributions a package cannot hold (dominance).
 */
export async function computeCells(
  duck: Duck,
  inDir: string,
  year: number,
  progress: PipelineProgress = quietProgress,
  total = computeStepCount,
): Promise<Computed> {
  let index = 0;
  const inputRows = await loadInputs(duck, inDir, (table, rows) => {
    progress.start(`invoer ${table}`, index, total);
    progress.done(`invoer ${table}`, rows);
    index += 1;
  });
  // Step tables are sets: every reader groups, joins or sorts them. Not keeping their rows in
  // insertion order lets DuckDB write them from both threads without reordering. Set only now,
  // after the input checks, whose row numbers must follow the files.
  await duck.exec('SET preserve_insertion_order = false');
  await duck.exec(`CREATE TABLE params AS SELECT CAST(${year} AS INTEGER) AS year`);
  const stepRows: Record<string, number> = {};
  for (const step of [...preparatorySteps, ...pipelineIndicators.map((i) => i.step)]) {
    progress.start(step, index, total);
    stepRows[step] = await runStep(duck, step);
    progress.done(step, stepRows[step] ?? 0);
    index += 1;
  }
  const cells = (await Promise.all(pipelineIndicators.map((i) => readCells(duck, i.step)))).flat();
  return { cells, inputRows, stepRows };
}
