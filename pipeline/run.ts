// SPDX-License-Identifier: EUPL-1.2
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { computeCells, computeStepCount } from './compute';
import { openDuck } from './duck';
import { pipelineIndicators } from './indicators';
import { packageFormat, type Manifest } from './manifest';
import { sha256, valueRows, valuesCsv, writePackage } from './package';
import { protect, type DisclosureRules } from './privacy';
import { quietProgress, type PipelineProgress } from './progress';
import { verifyPackage } from './verify';

const here = dirname(fileURLToPath(import.meta.url));

/** The marker `pipeline synth` writes into a synthetic input folder; its presence flags the package. */
export const syntheticMarker = 'synthetic.json';

/** The package would break a disclosure rule; nothing was written. */
export class PackageRefused extends Error {
  constructor(readonly violations: readonly string[]) {
    super(
      `Het pakket voldoet niet aan de geheimhoudingsregels en is niet geschreven:\n${violations.map((v) => `  - ${v}`).join('\n')}`,
    );
  }
}

/** Options of one pipeline run. */
export interface RunOptions {
  readonly inDir: string;
  readonly out: string;
  readonly rules: DisclosureRules;
  /** Reference year (peiljaar) of the indicators. */
  readonly year: number;
  readonly progress?: PipelineProgress;
  /** DuckDB memory limit, e.g. '3GB'. */
  readonly memoryLimit?: string;
  /** The disclosure control; privacy.ts#protect. A parameter only so a test can break it. */
  readonly protectCells?: typeof protect;
}

/** What a run produced, for the CLI summary. */
export interface RunSummary {
  readonly manifest: Manifest;
  readonly stepRows: Record<string, number>;
}

function softwareVersion(): string {
  const pkg = JSON.parse(readFileSync(join(here, '..', 'package.json'), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

/**
 * Runs the whole pipeline: loads and checks the inputs, runs every step in DuckDB, passes all
 * cells through privacy.ts, verifies the result and only then writes the package. Throws
 * InputError for bad inputs and PackageRefused when the package would break a rule.
 */
export async function runPipeline(options: RunOptions): Promise<RunSummary> {
  const progress = options.progress ?? quietProgress;
  const total = computeStepCount + 1;
  const duck = await openDuck(options.memoryLimit ? { memoryLimit: options.memoryLimit } : {});
  try {
    const { cells, inputRows, stepRows } = await computeCells(
      duck,
      options.inDir,
      options.year,
      progress,
      total,
    );
    progress.start('geheimhouding en pakket', total - 1, total);
    const period = String(options.year);
    const rows = valueRows(
      (options.protectCells ?? protect)(cells, options.rules),
      pipelineIndicators,
      period,
    );
    const csv = valuesCsv(rows);
    const statuses = { exact: 0, rounded: 0, suppressed: 0 };
    for (const r of rows) statuses[r.status] += 1;
    const manifest: Manifest = {
      format: packageFormat,
      formatVersion: 1,
      software: { name: 'weerbaar-pipeline', version: softwareVersion() },
      synthetic: existsSync(join(options.inDir, syntheticMarker)),
      period,
      indicators: pipelineIndicators.map((i) => ({
        ...i,
        levels: [...i.levels],
        caveats: [...i.caveats],
        periods: [period],
      })),
      disclosure: {
        rules: options.rules,
        roundedLevels: ['wijk', 'buurt'],
        dominanceIndicators: pipelineIndicators.filter((i) => i.magnitude).map((i) => i.id),
        secondary:
          'Geen optelling (gebied = som van deelgebieden buurt ⊂ wijk ⊂ gemeente ⊂ land; totaal = som van uitsplitsing) bevat precies één onderdrukte cel.',
      },
      inputRows,
      values: {
        csv: 'values.csv',
        parquet: 'values.parquet',
        rows: rows.length,
        sha256: { csv: sha256(csv) },
        statuses,
      },
    };
    // The package is verified as written, from its files, before it gets its name.
    await writePackage(duck, options.out, manifest, csv, async (dir) => {
      const violations = await verifyPackage(dir);
      if (violations.length > 0) throw new PackageRefused(violations);
    });
    progress.done('geheimhouding en pakket', rows.length);
    progress.finish();
    return { manifest, stepRows };
  } finally {
    duck.close();
  }
}
