// SPDX-License-Identifier: EUPL-1.2
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import type { TableName } from '../contract';
import { literal, openDuck } from '../duck';
import { quietProgress, type PipelineProgress } from '../progress';
import { syntheticMarker } from '../run';

import { createCalibration, type CalibrationSource } from './calibration';
import {
  createConvictions,
  createEstablishments,
  createHemp,
  createPools,
  createSuspects,
} from './crime';
import { createBuurten, createPeople, createRandom, type SynthParams } from './people';
import { choosePlanted, plantedRates, type PlantedPatterns } from './planted';
import { createOwnership, createTransactions } from './property';

/** Options of `pipeline synth`. */
export interface SynthOptions extends SynthParams {
  readonly out: string;
  /** The shared data folder with kwb/; the built-in fixture is used when absent. */
  readonly dataDir?: string;
  readonly format: 'parquet' | 'csv';
  readonly progress?: PipelineProgress;
  readonly memoryLimit?: string;
}

/** What `synthetic.json` records: that the data is synthetic, how it was made, and the ground truth. */
export interface SynthResult {
  readonly synthetic: true;
  readonly scale: number;
  readonly seed: number;
  readonly year: number;
  readonly calibration: CalibrationSource;
  readonly rows: Record<TableName, number>;
  readonly planted: PlantedPatterns;
  readonly plantedRates: typeof plantedRates;
}

/** The contract columns of each table, made from the generator's tables, ordered for stable files. */
const exports: Record<TableName, string> = {
  persons: `SELECT 'P' || person_no AS person_id, birth_year, 'H' || hh_no AS household_id FROM s_persons ORDER BY person_no`,
  households: `SELECT 'H' || hh_no AS household_id, 'A' || address_no AS address_id, income AS disposable_income, wealth FROM s_households ORDER BY hh_no`,
  addresses: `SELECT 'A' || address_no AS address_id, buurt AS buurt_code, is_dwelling, woz AS woz_value FROM s_addresses ORDER BY address_no`,
  ownership: `SELECT 'A' || address_no AS address_id, owner_kind, owner_id, 1.0 AS share, since FROM s_ownership ORDER BY address_no`,
  transactions: `SELECT 'A' || address_no AS address_id, date, price, buyer_id, seller_id FROM s_transactions ORDER BY sale_key`,
  establishments: `SELECT 'V' || est_no AS establishment_id, sbi AS sbi_code, 'A' || address_no AS address_id FROM s_establishments ORDER BY est_no`,
  directors: `SELECT 'V' || est_no AS establishment_id, 'P' || person_no AS person_id FROM s_directors ORDER BY est_no, person_no`,
  convictions: `SELECT 'P' || person_no AS person_id, offence_group, date FROM s_convictions ORDER BY person_no`,
  hemp_clearances: `SELECT 'A' || address_no AS address_id, date FROM s_hemp ORDER BY address_no, date`,
  drug_suspects: `SELECT 'P' || person_no AS person_id, offence_gemeente, date FROM s_suspects ORDER BY person_no`,
};

/**
 * Generates a deterministic synthetic record-level dataset in the input contract, calibrated on
 * real buurt populations and wijk dwelling stocks, with planted patterns. Everything runs as SQL
 * over `range()` and hashes inside DuckDB, so scale 1.0 (≈ 17.9 M persons) takes seconds to
 * minutes rather than hours. Writes one file per table plus synthetic.json with the ground truth.
 */
export async function synthesize(options: SynthOptions): Promise<SynthResult> {
  const progress = options.progress ?? quietProgress;
  const duck = await openDuck(options.memoryLimit ? { memoryLimit: options.memoryLimit } : {});
  try {
    const phases: [string, () => Promise<unknown>][] = [
      ['kalibratie', () => createCalibration(duck, options.dataDir)],
      [
        'gebieden',
        async () => {
          await createRandom(duck, options.seed);
          await createBuurten(duck, options);
        },
      ],
      ['patronen kiezen', () => choosePlanted(duck, options.seed)],
      ['adressen, huishoudens, personen', () => createPeople(duck, options)],
      ['groepen', () => createPools(duck)],
      ['eigendom', () => createOwnership(duck, options)],
      ['transacties', () => createTransactions(duck, options)],
      ['veroordelingen', () => createConvictions(duck, options)],
      ['vestigingen', () => createEstablishments(duck, options)],
      ['hennepruimingen', () => createHemp(duck, options)],
      ['drugsverdachten', () => createSuspects(duck, options)],
    ];
    const names = Object.keys(exports) as TableName[];
    const total = phases.length + names.length;
    const results: unknown[] = [];
    for (const [index, [label, phase]] of phases.entries()) {
      progress.start(label, index, total);
      results.push(await phase());
      progress.done(label, 0);
    }
    mkdirSync(options.out, { recursive: true });
    const rows: Partial<Record<TableName, number>> = {};
    for (const [index, name] of names.entries()) {
      progress.start(`schrijven ${name}`, phases.length + index, total);
      const file = join(options.out, `${name}.${options.format}`);
      const format = options.format === 'csv' ? 'FORMAT csv, HEADER true' : 'FORMAT parquet';
      await duck.exec(`COPY (${exports[name]}) TO ${literal(file)} (${format})`);
      const [count] = await duck.all(`SELECT count(*) AS n FROM (${exports[name]})`);
      rows[name] = Number(count?.n ?? 0);
      progress.done(`schrijven ${name}`, rows[name] ?? 0);
    }
    progress.finish();
    const result: SynthResult = {
      synthetic: true,
      scale: options.scale,
      seed: options.seed,
      year: options.year,
      calibration: results[0] as CalibrationSource,
      rows: rows as Record<TableName, number>,
      planted: results[2] as PlantedPatterns,
      plantedRates,
    };
    writeFileSync(join(options.out, syntheticMarker), `${JSON.stringify(result, null, 2)}\n`);
    return result;
  } finally {
    duck.close();
  }
}
