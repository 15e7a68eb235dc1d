// SPDX-License-Identifier: EUPL-1.2
/**
 * Summarises a V8 CPU profile written by the HTTP benchmark (BENCH_CPU_PROF_DIR): where the
 * server's time went, by package or source folder, by function (self time) and by function
 * including its callees. `node bin/run-ts.js bench/profile-summary.ts <file.cpuprofile> [rows]`
 */
import { readFile } from 'node:fs/promises';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const repoPrefix = new URL('../', import.meta.url).href;

function functionLabel({ functionName, url, lineNumber }: CallFrame): string {
  const where = url.replace(repoPrefix, '').replace('node_modules/', '');
  return `${functionName || '(anonymous)'} ${where}:${lineNumber + 1}`;
}

function placeLabel({ functionName, url }: CallFrame): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  if (url.startsWith('node:')) return url;
  const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (inPackage?.[1]) return `package ${inPackage[1]}`;
  return url.replace(repoPrefix, '').split('/').slice(0, 4).join('/');
}

function add(map: Map<string, number>, key: string, value: number): void {
  map.set(key, (map.get(key) ?? 0) + value);
}

function print(title: string, totals: Map<string, number>, all: number, rows: number): void {
  console.log(`\n${title}`);
  const sorted = [...totals].sort((a, b) => b[1] - a[1]).slice(0, rows);
  for (const [key, micros] of sorted)
    console.log(`${((100 * micros) / all).toFixed(1).padStart(5)}%  ${key}`);
}

async function main(): Promise<void> {
  const [file, rowsArgument] = process.argv.slice(2);
  if (!file) {
    console.error(
      'Gebruik: node bin/run-ts.js bench/profile-summary.ts <bestand.cpuprofile> [regels]',
    );
    process.exitCode = 2;
    return;
  }
  const rows = Number(rowsArgument ?? '30');
  const profile = JSON.parse(await readFile(file, 'utf8')) as CpuProfile;
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parents = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parents.set(child, node.id);

  const sampled = new Map<number, number>();
  profile.samples.forEach((id, index) =>
    sampled.set(id, (sampled.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0)),
  );

  let all = 0;
  const byPlace = new Map<string, number>();
  const bySelf = new Map<string, number>();
  const byInclusive = new Map<string, number>();
  for (const [id, micros] of sampled) {
    const node = nodes.get(id);
    if (!node) continue;
    all += micros;
    add(byPlace, placeLabel(node.callFrame), micros);
    add(bySelf, functionLabel(node.callFrame), micros);
    const seen = new Set<string>();
    for (
      let current: number | undefined = id;
      current !== undefined;
      current = parents.get(current)
    ) {
      const frame = nodes.get(current)?.callFrame;
      if (!frame) break;
      const label = functionLabel(frame);
      if (!seen.has(label)) add(byInclusive, label, micros);
      seen.add(label);
    }
  }
  console.log(`${file}: ${(all / 1e6).toFixed(2)} s sampled`);
  print('Self time by package or folder', byPlace, all, rows);
  print('Self time by function', bySelf, all, rows);
  print('Time including callees', byInclusive, all, rows);
}

await main();
