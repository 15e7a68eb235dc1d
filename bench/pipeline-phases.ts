// SPDX-License-Identifier: EUPL-1.2
/**
 * Where the pipeline's time goes: runs `pipeline run` in-process on an existing input folder and
 * prints the seconds of every phase (each input table's checks, each SQL step, disclosure
 * control, writing plus verifying the package), then times `verify` on its own. A diagnosis tool
 * beside bench/pipeline.bench.ts, which measures the whole run against the bare scan.
 *
 * Usage: node bin/run-ts.js bench/pipeline-phases.ts <input folder> [memory limit, default 3GB]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

import { defaultRules, protect } from '../pipeline/privacy';
import type { PipelineProgress } from '../pipeline/progress';
import { runPipeline } from '../pipeline/run';
import { verifyPackage } from '../pipeline/verify';

const inDir = process.argv[2];
if (!inDir) {
  console.error('Gebruik: node bin/run-ts.js bench/pipeline-phases.ts <invoermap> [3GB]');
  process.exit(2);
}
const memoryLimit = process.argv[3] ?? '3GB';

/** Name, wall seconds and CPU seconds (all threads: DuckDB's too) of each phase. */
const phases: [string, number, number][] = [];
let mark = performance.now();
let cpuMark = process.cpuUsage();
/** Closes the phase running since the last mark under `name`. */
function lap(name: string) {
  const now = performance.now();
  const cpu = process.cpuUsage(cpuMark);
  phases.push([name, (now - mark) / 1000, (cpu.user + cpu.system) / 1e6]);
  mark = now;
  cpuMark = process.cpuUsage();
}

// Input tables report only when loaded, steps when they start and finish: each `done` closes
// the phase that ran since the previous one.
const timing: PipelineProgress = {
  start() {},
  done: (step) =>
    lap(step === 'geheimhouding en pakket' ? 'pakketrijen, CSV, Parquet, verify' : step),
  finish() {},
};

const out = join(mkdtempSync(join(tmpdir(), 'weerbaar-phases-')), 'package');
const started = performance.now();
try {
  await runPipeline({
    inDir,
    out,
    rules: defaultRules,
    year: 2024,
    memoryLimit,
    progress: {
      ...timing,
      start(step) {
        // The package phase starts after the cells are read: close the read as its own phase.
        if (step === 'geheimhouding en pakket') lap('cellen lezen');
      },
    },
    protectCells: (cells, rules) => {
      const safe = protect(cells, rules);
      lap('geheimhouding (protect)');
      return safe;
    },
  });
  const total = (performance.now() - started) / 1000;
  mark = performance.now();
  cpuMark = process.cpuUsage();
  await verifyPackage(out);
  lap('verify (los, ook binnen pakket)');
  process.stdout.write(
    `load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}\n`,
  );
  process.stdout.write(`  ${'phase'.padEnd(36)} ${'wall s'.padStart(7)} ${'CPU s'.padStart(7)}\n`);
  for (const [name, seconds, cpu] of phases)
    process.stdout.write(
      `  ${name.padEnd(36)} ${seconds.toFixed(2).padStart(7)} ${cpu.toFixed(2).padStart(7)}\n`,
    );
  process.stdout.write(`  ${'pipeline run total'.padEnd(36)} ${total.toFixed(2).padStart(7)} s\n`);
} finally {
  rmSync(join(out, '..'), { recursive: true, force: true });
}
