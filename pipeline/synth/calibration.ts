// SPDX-License-Identifier: EUPL-1.2
import { existsSync } from 'node:fs';
import { join } from 'node:path';

import { literal, type Duck } from '../duck';

/** Where the calibration came from: the real KWB 2024 counts, or the small built-in fixture. */
export type CalibrationSource = 'kwb-2024' | 'fixture';

const populationFile = 'kwb/kwb_2024_bevolking_alle_niveaus.csv';
const dwellingFile = 'kwb/kwb_2024_gemeente_wijk.csv';

/** Whether `dataDir` holds the two KWB files the calibration reads. */
export function hasKwb(dataDir: string | undefined): dataDir is string {
  return (
    !!dataDir &&
    existsSync(join(dataDir, populationFile)) &&
    existsSync(join(dataDir, dwellingFile))
  );
}

/**
 * The fixture: ten fictitious gemeenten (GM99xx, a range CBS does not use) of two wijken with two
 * buurten each, about 1.6 million inhabitants in all. Used when ../shared/data is absent.
 */
function fixtureRows(): string {
  const rows: string[] = [];
  for (let g = 1; g <= 10; g += 1)
    for (let w = 0; w < 2; w += 1)
      for (let b = 0; b < 2; b += 1) {
        const code = `BU99${String(g).padStart(2, '0')}${String(w).padStart(2, '0')}${String(b).padStart(2, '0')}`;
        const population = 10_000 + g * 6_000 + w * 4_000 + b * 1_500;
        rows.push(`('${code}', ${population}, ${Math.round(population * 0.46)})`);
      }
  return rows.join(',\n');
}

/**
 * Creates table `calibration (buurt, population, dwellings)`. With the KWB files, buurt
 * populations are CBS's own; dwellings are published per wijk, so each wijk's stock is shared
 * over its buurten by population (evenly when the wijk has no inhabitants).
 */
export async function createCalibration(
  duck: Duck,
  dataDir: string | undefined,
): Promise<CalibrationSource> {
  if (!hasKwb(dataDir)) {
    await duck.exec(
      `CREATE TABLE calibration AS SELECT * FROM (VALUES ${fixtureRows()}) AS v (buurt, population, dwellings)`,
    );
    return 'fixture';
  }
  const read = (file: string) =>
    `read_csv(${literal(join(dataDir, file))}, header = true, all_varchar = true)`;
  await duck.exec(`CREATE TABLE calibration AS
    WITH b AS (
      SELECT statcode AS buurt, wijkcode AS wijk,
             COALESCE(TRY_CAST(aantal_inwoners AS BIGINT), 0) AS population
      FROM ${read(populationFile)} WHERE regiotype = 'buurt'
    ),
    w AS (
      SELECT statcode AS wijk, COALESCE(TRY_CAST(woningvoorraad AS BIGINT), 0) AS dwellings
      FROM ${read(dwellingFile)} WHERE regiotype = 'wijk'
    ),
    wp AS (SELECT wijk, sum(population) AS population, count(*) AS buurten FROM b GROUP BY wijk)
    SELECT b.buurt, b.population,
           COALESCE(w.dwellings, 0) * CASE WHEN wp.population > 0
             THEN b.population / wp.population ELSE 1.0 / wp.buurten END AS dwellings
    FROM b JOIN wp ON wp.wijk = b.wijk LEFT JOIN w ON w.wijk = b.wijk
    ORDER BY b.buurt`);
  return 'kwb-2024';
}
