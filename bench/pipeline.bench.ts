// SPDX-License-Identifier: EUPL-1.2
/**
 * Pipeline benchmark (part of `npm run bench`): generates the synthetic national dataset (reused
 * when bench/.scratch holds one of the same scale and seed), then times the full pipeline in a
 * child process (wall time, CPU seconds, peak resident memory, input rows per second) beside a
 * bare DuckDB GROUP BY count over the same input files, the lower bound any pipeline pays.
 * The bare scan runs before and after the pipeline; the ratio uses their mean.
 * Writes bench/results/pipeline-<timestamp>.json. Missed targets are reported, not failed.
 *
 * Settings (environment): BENCH_PIPELINE_SCALE (1.0), BENCH_PIPELINE_SEED (1),
 * BENCH_PIPELINE_MEMORY (3GB: DuckDB's limit; the process adds Node's heap on top),
 * BENCH_PIPELINE_DATA (../shared/data, the calibration), BENCH_PIPELINE_DIR (where the synthetic
 * input is kept and reused, e.g. /tmp/synth-1.0), BENCH_PIPELINE (0 skips this benchmark).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';

import type { SynthResult } from '../pipeline/synth/synthesize';

import { bareScan } from './bare-scan';

const scale = Number(process.env.BENCH_PIPELINE_SCALE ?? '1');
const seed = Number(process.env.BENCH_PIPELINE_SEED ?? '1');
const memory = process.env.BENCH_PIPELINE_MEMORY ?? '3GB';
const dataDir = process.env.BENCH_PIPELINE_DATA ?? '../shared/data';
const scratch = resolve(
  process.env.BENCH_PIPELINE_DIR ?? join('bench/.scratch', `pipeline-${scale}-${seed}`),
);
const targets = { wallSeconds: 60, peakGb: 4, ratioToBareScan: 2 };

interface ChildRun {
  code: number;
  wallSeconds: number;
  cpuSeconds: number;
  peakRssBytes: number;
  stderr: string;
}

/** Peak RSS (VmHWM) and CPU seconds of a live process, from /proc; zeros where unavailable. */
function sample(pid: number): { peak: number; cpu: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const peak = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    const cpu = (Number(fields[11] ?? 0) + Number(fields[12] ?? 0)) / 100;
    return { peak, cpu };
  } catch {
    return { peak: 0, cpu: 0 };
  }
}

/** Runs `node bin/weerbaar.js …` and watches its memory and CPU until it exits. */
function runChild(args: string[]): Promise<ChildRun> {
  const started = performance.now();
  const child = spawn(process.execPath, ['bin/weerbaar.js', ...args], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  let last = { peak: 0, cpu: 0 };
  const timer = setInterval(() => {
    const now = child.pid ? sample(child.pid) : last;
    if (now.peak > 0) last = now;
  }, 200);
  return new Promise((done) => {
    child.on('exit', (code) => {
      clearInterval(timer);
      const wallSeconds = (performance.now() - started) / 1000;
      done({
        code: code ?? -1,
        wallSeconds,
        cpuSeconds: last.cpu,
        peakRssBytes: last.peak,
        stderr,
      });
    });
  });
}

async function ensureInput(): Promise<{ generationSeconds: number | null; rows: number }> {
  const marker = join(scratch, 'synthetic.json');
  if (existsSync(marker)) {
    const truth = JSON.parse(readFileSync(marker, 'utf8')) as SynthResult;
    if (truth.scale === scale && truth.seed === seed)
      return {
        generationSeconds: null,
        rows: Object.values(truth.rows).reduce((a, b) => a + b, 0),
      };
  }
  rmSync(scratch, { recursive: true, force: true });
  const synth = await runChild([
    'pipeline',
    'synth',
    '--scale',
    String(scale),
    '--seed',
    String(seed),
    '--out',
    scratch,
    '--data',
    dataDir,
    '--memory-limit',
    memory,
  ]);
  if (synth.code !== 0) throw new Error(`synth mislukt:\n${synth.stderr}`);
  const truth = JSON.parse(readFileSync(marker, 'utf8')) as SynthResult;
  return {
    generationSeconds: synth.wallSeconds,
    rows: Object.values(truth.rows).reduce((a, b) => a + b, 0),
  };
}

const gb = (bytes: number) => bytes / 1024 ** 3;
const mark = (ok: boolean) => (ok ? 'ok' : 'MISSED');

async function main(): Promise<void> {
  if (process.env.BENCH_PIPELINE === '0') return;
  mkdirSync(scratch, { recursive: true });
  process.stdout.write(
    `\nPipeline benchmark, scale ${scale} (seed ${seed}), load average ${loadavg()[0]?.toFixed(1)}\n`,
  );
  const input = await ensureInput();
  // The scan runs before and after the pipeline and their mean is the limit: on a shared machine
  // the speed drifts, and bracketing the run keeps the ratio from riding on one moment.
  const before = await bareScan(scratch, memory);
  const out = join(scratch, '..', `package-${scale}-${seed}`);
  const run = await runChild([
    'pipeline',
    'run',
    '--in',
    scratch,
    '--out',
    out,
    '--memory-limit',
    memory,
  ]);
  if (run.code !== 0) throw new Error(`pipeline run mislukt:\n${run.stderr}`);
  const after = await bareScan(scratch, memory);
  const bare = (before.wallSeconds + after.wallSeconds) / 2;
  const bareCpu = (before.cpuSeconds + after.cpuSeconds) / 2;
  const ratio = run.wallSeconds / bare;
  const result = {
    scale,
    seed,
    inputRows: input.rows,
    generationSeconds: input.generationSeconds,
    pipeline: {
      wallSeconds: run.wallSeconds,
      cpuSeconds: run.cpuSeconds,
      peakRssGb: gb(run.peakRssBytes),
      rowsPerSecond: input.rows / run.wallSeconds,
    },
    bareScanSeconds: bare,
    bareScans: [before, after],
    ratioToBareScan: ratio,
    cpuRatioToBareScan: run.cpuSeconds / bareCpu,
    loadAverage: loadavg(),
    targets,
  };
  const lines = [
    ['input rows', input.rows.toLocaleString('en-US'), ''],
    [
      'generation',
      input.generationSeconds === null ? 'reused' : `${input.generationSeconds.toFixed(1)} s`,
      '',
    ],
    [
      'pipeline wall',
      `${run.wallSeconds.toFixed(1)} s (CPU ${run.cpuSeconds.toFixed(1)} s)`,
      `≤ ${targets.wallSeconds} s at scale 1.0: ${scale === 1 ? mark(run.wallSeconds <= targets.wallSeconds) : 'n/a'}`,
    ],
    [
      'peak memory',
      `${gb(run.peakRssBytes).toFixed(2)} GB`,
      `≤ ${targets.peakGb} GB: ${mark(gb(run.peakRssBytes) <= targets.peakGb)}`,
    ],
    ['rows per second', Math.round(input.rows / run.wallSeconds).toLocaleString('en-US'), ''],
    [
      'bare GROUP BY scan',
      `${bare.toFixed(1)} s (CPU ${bareCpu.toFixed(1)} s)`,
      `before ${before.wallSeconds.toFixed(1)} s, after ${after.wallSeconds.toFixed(1)} s`,
    ],
    [
      'pipeline ÷ bare scan',
      `${ratio.toFixed(2)}×`,
      `≤ ${targets.ratioToBareScan}×: ${mark(ratio <= targets.ratioToBareScan)}`,
    ],
    ['CPU ÷ bare scan CPU', `${(run.cpuSeconds / bareCpu).toFixed(2)}×`, 'diagnostic'],
  ];
  for (const [name, value, target] of lines)
    process.stdout.write(`  ${name?.padEnd(22)} ${value?.padEnd(28)} ${target}\n`);
  mkdirSync('bench/results', { recursive: true });
  const file = join(
    'bench/results',
    `pipeline-${new Date().toISOString().replace(/[:.]/g, '-')}.json`,
  );
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  process.stdout.write(`  written to ${file}\n`);
}

await main();
