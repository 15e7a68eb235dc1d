// SPDX-License-Identifier: EUPL-1.2
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';

import { verifyAgainstInput } from '../../../pipeline/against-input';
import { InputError } from '../../../pipeline/input';
import { defaultRules, disclosureRulesSchema } from '../../../pipeline/privacy';
import { pipelineProgressFor } from '../../../pipeline/progress';
import { PackageRefused, runPipeline } from '../../../pipeline/run';
import { synthesize } from '../../../pipeline/synth/synthesize';
import { verifyPackage } from '../../../pipeline/verify';

import { UsageError } from './usage-error';

const usage = `Gebruik:
  weerbaar pipeline run --in <map> --out <pakket> [--year 2024] [--min-count 10] [--rounding 5] [--dominance 0.85]
  weerbaar pipeline verify <pakket> [--in <map>]   (met --in ook dominantie en bijdragers, herberekend uit de invoer)
  weerbaar pipeline synth --out <map> [--scale 0.01] [--seed 1] [--year 2024] [--format parquet|csv] [--data ../shared/data]
  (--memory-limit 3GB begrenst het geheugen van DuckDB bij run, verify --in en synth)`;

const options = {
  in: { type: 'string' },
  out: { type: 'string' },
  year: { type: 'string', default: '2024' },
  'min-count': { type: 'string', default: String(defaultRules.minCount) },
  rounding: { type: 'string', default: String(defaultRules.roundingBase) },
  dominance: { type: 'string', default: String(defaultRules.dominanceShare) },
  scale: { type: 'string', default: '0.01' },
  seed: { type: 'string', default: '1' },
  format: { type: 'string', default: 'parquet' },
  data: { type: 'string', default: '../shared/data' },
  'memory-limit': { type: 'string' },
  help: { type: 'boolean', default: false },
} as const;

function parse(args: string[]) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
  }
}

function number(name: string, text: string, check: (n: number) => boolean): number {
  const n = Number(text);
  if (!Number.isFinite(n) || !check(n))
    throw new UsageError(`Ongeldige waarde voor --${name}: ${text}\n${usage}`);
  return n;
}

type Values = ReturnType<typeof parse>['values'];

async function run(values: Values): Promise<number> {
  if (!values.in || !values.out) throw new UsageError(`--in en --out zijn verplicht.\n${usage}`);
  const rules = disclosureRulesSchema.safeParse({
    minCount: Number(values['min-count']),
    roundingBase: Number(values.rounding),
    dominanceShare: Number(values.dominance),
  });
  if (!rules.success)
    throw new UsageError(
      `Ongeldige geheimhoudingsregels: ${rules.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  const year = number('year', values.year, (n) => Number.isInteger(n) && n >= 1900 && n <= 2100);
  const summary = await runPipeline({
    inDir: values.in,
    out: values.out,
    rules: rules.data,
    year,
    progress: pipelineProgressFor(process.stderr),
    ...(values['memory-limit'] ? { memoryLimit: values['memory-limit'] } : {}),
  });
  const { statuses, rows } = summary.manifest.values;
  process.stdout.write(
    `Pakket ${values.out}: ${rows} waarden (${statuses.exact} exact, ${statuses.rounded} afgerond, ${statuses.suppressed} onderdrukt)${summary.manifest.synthetic ? ', synthetische demonstratiedata' : ''}.\n`,
  );
  return 0;
}

async function synth(values: Values): Promise<number> {
  if (!values.out) throw new UsageError(`--out is verplicht.\n${usage}`);
  if (values.format !== 'parquet' && values.format !== 'csv')
    throw new UsageError(`--format is parquet of csv.\n${usage}`);
  const result = await synthesize({
    out: values.out,
    scale: number('scale', values.scale, (n) => n > 0 && n <= 2),
    seed: number('seed', values.seed, (n) => Number.isInteger(n) && n >= 0),
    year: number('year', values.year, (n) => Number.isInteger(n) && n >= 1900 && n <= 2100),
    format: values.format,
    ...(existsSync(values.data) ? { dataDir: values.data } : {}),
    progress: pipelineProgressFor(process.stderr),
    ...(values['memory-limit'] ? { memoryLimit: values['memory-limit'] } : {}),
  });
  const persons = result.rows.persons.toLocaleString('nl-NL');
  process.stdout.write(
    `Synthetische invoer in ${values.out}: ${persons} personen, kalibratie ${result.calibration}; patronen en waarheid in synthetic.json.\n`,
  );
  return 0;
}

/** A package holds no individual contributions, so the dominance rule needs the input. */
const dominanceUnchecked =
  'Dominantieregel niet gecontroleerd: een pakket bevat geen afzonderlijke bijdragen. Geef --in <map> met de invoer van het pakket om die regel en het aantal bijdragers per cel te controleren.';

async function verify(target: string, values: Values): Promise<number> {
  const violations = await verifyPackage(target);
  // The input is compared only with a package that is sound on its own.
  if (values.in && violations.length === 0)
    violations.push(
      ...(await verifyAgainstInput(target, values.in, {
        progress: pipelineProgressFor(process.stderr),
        ...(values['memory-limit'] ? { memoryLimit: values['memory-limit'] } : {}),
      })),
    );
  if (violations.length > 0) {
    process.stderr.write(
      `Pakket ${target} schendt ${violations.length} regel(s):\n${violations.map((v) => `  - ${v}`).join('\n')}\n`,
    );
    return 1;
  }
  process.stdout.write(
    values.in
      ? `Pakket ${target} voldoet aan alle geheimhoudingsregels, dominantie en bijdragers herberekend uit ${values.in}.\n`
      : `Pakket ${target} voldoet aan alle regels die uit het pakket te controleren zijn.\n${dominanceUnchecked}\n`,
  );
  return 0;
}

/**
 * `weerbaar pipeline run|verify|synth`: the statistics pipeline that runs where record-level data
 * lives. Exit 0 ok; 1 when the input is wrong, the package would break a disclosure rule or a
 * verified package breaks one (every problem listed); 2 for wrong usage.
 */
export async function pipelineCommand(args: string[]): Promise<number> {
  const { positionals, values } = parse(args);
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  const [sub, target] = positionals;
  try {
    if (sub === 'run' && positionals.length === 1) return await run(values);
    if (sub === 'synth' && positionals.length === 1) return await synth(values);
    if (sub === 'verify' && target && positionals.length === 2) return await verify(target, values);
  } catch (error) {
    if (error instanceof InputError || error instanceof PackageRefused) {
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    throw error;
  }
  throw new UsageError(usage);
}
