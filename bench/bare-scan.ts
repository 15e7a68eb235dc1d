// SPDX-License-Identifier: EUPL-1.2
/**
 * The pipeline benchmark's limit: per input file, a bare DuckDB GROUP BY count on the key the
 * pipeline joins on (the first column). Shared by bench/pipeline.bench.ts, which divides the
 * pipeline's time by it, and bench/pipeline-floor.ts, which divides the least work any pipeline
 * must do by it.
 */
import { openDuck } from '../pipeline/duck';
import { inputFiles, inputReader } from '../pipeline/input';

/** Wall and CPU seconds (all threads: DuckDB runs in this process) of one bare scan. */
export interface BareScan {
  wallSeconds: number;
  cpuSeconds: number;
}

/** Runs the bare scan over the input files in `dir` (Parquet or CSV) with DuckDB's memory limit `memory`. */
export async function bareScan(dir: string, memory: string): Promise<BareScan> {
  const files = inputFiles(dir);
  const duck = await openDuck({ memoryLimit: memory });
  const started = performance.now();
  const cpu = process.cpuUsage();
  try {
    for (const { spec, file } of files) {
      const key = spec.columns[0]?.name ?? '';
      await duck.all(
        `SELECT count(*) AS groups FROM (SELECT "${key}", count(*) FROM ${inputReader(file)} GROUP BY 1)`,
      );
    }
  } finally {
    duck.close();
  }
  const used = process.cpuUsage(cpu);
  return {
    wallSeconds: (performance.now() - started) / 1000,
    cpuSeconds: (used.user + used.system) / 1e6,
  };
}
