// SPDX-License-Identifier: EUPL-1.2
/**
 * The least work any pipeline must do on an input folder, timed beside the bare scan that
 * bench/pipeline.bench.ts divides by. A diagnosis tool for the benchmark's ratio target, beside
 * bench/pipeline-phases.ts (where the pipeline's own time goes).
 *
 * The floor has two parts, each the cheapest form we measured:
 * - the input checks the contract asks for, as `pipeline run` does them: one read per file that
 *   checks every value and sorts key hashes to find repeated keys;
 * - the joins and groupings the indicators cannot do without, each alone and with a trivial
 *   result: households and persons placed in their buurt (every rate per inhabitant or household),
 *   owned objects placed in their buurt (unknown or foreign owners), owners of two or more objects
 *   and sales per address (resold dwellings).
 * Not counted, though the pipeline must do them too: the other indicators, disclosure control,
 * writing and verifying the package, and starting Node.
 *
 * Usage: node bin/run-ts.js bench/pipeline-floor.ts <input folder> [memory limit, default 3GB]
 */
import { loadavg } from 'node:os';

import { openDuck } from '../pipeline/duck';
import { loadInputs } from '../pipeline/input';

import { bareScan } from './bare-scan';

const [, , inDir = '', memoryLimit = '3GB'] = process.argv;
if (!inDir) {
  console.error('Gebruik: node bin/run-ts.js bench/pipeline-floor.ts <invoermap> [3GB]');
  process.exit(2);
}

/** The joins and groupings, on the views loadInputs leaves behind (Parquet stays on disk). */
const joins: [string, string][] = [
  [
    'households placed in a buurt',
    `CREATE TEMP TABLE placed AS
       SELECT h.household_id, a.buurt_code FROM households h JOIN addresses a USING (address_id)`,
  ],
  [
    'inhabitants per buurt',
    `SELECT count(*) FROM (SELECT p.buurt_code, count(*)
       FROM persons JOIN placed p USING (household_id) GROUP BY 1)`,
  ],
  [
    'owned objects per buurt and owner kind',
    `SELECT count(*) FROM (SELECT a.buurt_code, o.owner_kind, count(*)
       FROM ownership o JOIN addresses a USING (address_id) GROUP BY 1, 2)`,
  ],
  [
    'persons owning two or more objects',
    `SELECT count(*) FROM (SELECT owner_id FROM ownership WHERE owner_kind = 'person'
       GROUP BY 1 HAVING count(*) >= 2)`,
  ],
  [
    'addresses sold five times or more',
    `SELECT count(*) FROM (SELECT address_id FROM transactions GROUP BY 1 HAVING count(*) >= 5)`,
  ],
];

type Part = [name: string, seconds: number];

/** The input checks, table by table, then the joins, each timed alone on one connection. */
async function measureFloor(): Promise<{ checks: Part[]; joined: Part[] }> {
  const duck = await openDuck({ memoryLimit });
  const checks: Part[] = [];
  const joined: Part[] = [];
  try {
    let mark = performance.now();
    await loadInputs(duck, inDir, (table) => {
      const now = performance.now();
      checks.push([`input checks ${table}`, (now - mark) / 1000]);
      mark = now;
    });
    for (const [name, sql] of joins) {
      const started = performance.now();
      await duck.all(sql);
      joined.push([name, (performance.now() - started) / 1000]);
    }
  } finally {
    duck.close();
  }
  return { checks, joined };
}

async function main(): Promise<void> {
  const bareBefore = await bareScan(inDir, memoryLimit);
  const { checks, joined } = await measureFloor();
  const bareAfter = await bareScan(inDir, memoryLimit);
  const bare = (bareBefore.wallSeconds + bareAfter.wallSeconds) / 2;

  const total = (parts: Part[]) => parts.reduce((sum, [, seconds]) => sum + seconds, 0);
  const checkSeconds = total(checks);
  const floor = checkSeconds + total(joined);
  const line = (name: string, seconds: number, note = '') =>
    process.stdout.write(`  ${name.padEnd(40)} ${seconds.toFixed(2).padStart(7)} s  ${note}\n`);

  process.stdout.write(
    `Pipeline floor, ${inDir}, load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}\n`,
  );
  for (const [name, seconds] of [...checks, ...joined]) line(name, seconds);
  line(
    'bare GROUP BY scan',
    bare,
    `before ${bareBefore.wallSeconds.toFixed(2)} s, after ${bareAfter.wallSeconds.toFixed(2)} s`,
  );
  line('input checks', checkSeconds, `${(checkSeconds / bare).toFixed(2)}× the bare scan`);
  line('floor (checks and joins)', floor, `${(floor / bare).toFixed(2)}× the bare scan`);
}

// Bad input (a missing table, a bad value, an unreadable file) ends with its message, not a trace.
try {
  await main();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
