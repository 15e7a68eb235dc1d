// SPDX-License-Identifier: EUPL-1.2
import type { Duck } from '../duck';

import { createPool, type SynthParams } from './people';
import { plantedFor, plantedRates } from './planted';

/** SBI codes with their share per 1,000 establishments; the first ten are the vulnerable branches. */
const sbiWeights: readonly (readonly [string, number])[] = [
  ['4511', 20],
  ['7711', 5],
  ['5510', 10],
  ['5610', 40],
  ['9602', 25],
  ['5320', 20],
  ['4941', 20],
  ['3811', 3],
  ['6831', 15],
  ['6619', 2],
  ['4711', 80],
  ['6201', 100],
  ['7022', 150],
  ['4120', 100],
  ['8690', 80],
  ['8559', 60],
  ['0111', 40],
  ['4332', 60],
  ['7490', 170],
];

/** Convictions of about 2 % of adults over fifteen years, 15 % of them for drugs. */
export async function createConvictions(duck: Duck, { year }: SynthParams): Promise<void> {
  await duck.exec(`CREATE TABLE s_convictions AS
    SELECT person_no,
           CASE WHEN g < 0.15 THEN 'drugs' WHEN g < 0.35 THEN 'violence' WHEN g < 0.65 THEN 'property'
                WHEN g < 0.8 THEN 'fraud' ELSE 'other' END AS offence_group,
           make_date(CAST(${year} - floor(u(person_no, 'cy') * 15) AS INTEGER),
                     CAST(1 + floor(u(person_no, 'cm') * 12) AS INTEGER), CAST(1 + floor(u(person_no, 'cd') * 28) AS INTEGER)) AS date
    FROM (SELECT person_no, u(person_no, 'cgroup') AS g FROM s_persons
          WHERE birth_year <= ${year} - 18 AND u(person_no, 'conv') < 0.02)`);
  // Persons with a drug conviction in the ten-year window the step uses: the planted directors.
  await duck.exec(`CREATE TABLE pool_drugs AS
    SELECT CAST(row_number() OVER (ORDER BY person_no) - 1 AS BIGINT) AS rn, person_no
    FROM (SELECT DISTINCT person_no FROM s_convictions
          WHERE offence_group = 'drugs' AND extract(YEAR FROM date) >= ${year} - 9)`);
  await duck.exec(`INSERT INTO pool_drugs SELECT 0, 0 WHERE NOT EXISTS (SELECT 1 FROM pool_drugs)`);
}

/** About 0.11 establishments per inhabitant at business addresses, with one or two directors. */
export async function createEstablishments(duck: Duck, { seed }: SynthParams): Promise<void> {
  const weights = sbiWeights.map(([code, w]) => `('${code}', ${w})`).join(', ');
  await duck.exec(`CREATE TABLE sbi_lookup AS
    WITH w AS (SELECT code, weight, sum(weight) OVER (ORDER BY code) - weight AS lo
               FROM (VALUES ${weights}) AS v (code, weight))
    SELECT CAST(b AS INTEGER) AS bucket, code FROM range(1000) r(b) JOIN w ON b >= lo AND b < lo + weight`);
  await duck.exec(`CREATE TABLE s_establishments AS
    SELECT n AS est_no, gemeente, l.code AS sbi,
           CASE WHEN others > 0 THEN a_start + dwellings + (n - e_start) % others
                ELSE a_start + (n - e_start) % dwellings END AS address_no
    FROM (SELECT *, unnest(range(e_start, e_start + establishments)) AS n FROM sb WHERE dwellings > 0) s
    JOIN sbi_lookup l ON l.bucket = CAST(floor(u(n, 'sbi') * 1000) AS INTEGER)`);
  await duck.exec(`CREATE TABLE s_directors AS
    WITH e AS (
      SELECT est_no,
             (gemeente = ${plantedFor('directors')} AND u(est_no, 'dd') < ${plantedRates.convictedDirectorShare})
               OR (sbi LIKE '53%' AND u(est_no, 'dc') < ${plantedRates.courierConvictedDirectorShare}) AS planted,
             hash(est_no, 'dpick', ${seed}) % (SELECT count(*) FROM pool_drugs) AS drug_pick,
             hash(est_no, 'dir', ${seed}) % (SELECT count(*) FROM s_persons) AS any_pick,
             hash(est_no, 'dir2', ${seed}) % (SELECT count(*) FROM s_persons) AS second_pick,
             u(est_no, 'second') < 0.3 AS second
      FROM s_establishments
    )
    SELECT DISTINCT est_no, person_no FROM (
      SELECT est_no, CASE WHEN planted THEN d.person_no ELSE any_pick END AS person_no
      FROM e LEFT JOIN pool_drugs d ON d.rn = e.drug_pick
      UNION ALL
      SELECT est_no, second_pick FROM e WHERE second)`);
}

/** Hemp farm clearances in the last three years; sixteen times the rate in the planted gemeente. */
export async function createHemp(duck: Duck, { year }: SynthParams): Promise<void> {
  await duck.exec(`CREATE TABLE s_hemp AS
    SELECT address_no, make_date(y, 1, 1) + CAST(floor(u(address_no * 4 + ${year} - y, 'hday') * 365) AS INTEGER) AS date
    FROM s_addresses, (SELECT CAST(unnest(range(${year} - 2, ${year} + 1)) AS INTEGER) AS y) years
    WHERE is_dwelling AND u(address_no * 4 + ${year} - y, 'hemp') < CASE WHEN gemeente = ${plantedFor('hemp')}
      THEN ${plantedRates.hempPerDwelling} ELSE ${plantedRates.baselineHempPerDwelling} END`);
}

/** Drug suspects of the reference year: most offend at home; in the planted pair, many elsewhere. */
export async function createSuspects(duck: Duck, { seed, year }: SynthParams): Promise<void> {
  await duck.exec(`CREATE TABLE gem_list AS
    SELECT CAST(row_number() OVER (ORDER BY gemeente) - 1 AS BIGINT) AS rn, gemeente
    FROM (SELECT DISTINCT gemeente FROM sb)`);
  await duck.exec(`CREATE TABLE s_suspects AS
    WITH s AS (
      SELECT person_no, gemeente, u(person_no, 'flow') AS f, u(person_no, 'home') AS h,
             hash(person_no, 'og', ${seed}) % (SELECT count(*) FROM gem_list) AS pick
      FROM s_persons
      WHERE birth_year BETWEEN ${year} - 70 AND ${year} - 16
        AND u(person_no, 'suspect') < CASE WHEN gemeente = ${plantedFor('flow-from')}
          THEN ${plantedRates.flowSuspectRate} ELSE 0.004 END
    )
    SELECT person_no,
           CASE WHEN s.gemeente = ${plantedFor('flow-from')} AND f < ${plantedRates.flowShare} THEN ${plantedFor('flow-to')}
                WHEN h < 0.7 THEN s.gemeente ELSE g.gemeente END AS offence_gemeente,
           make_date(${year}, 1, 1) + CAST(floor(u(person_no, 'sday') * 365) AS INTEGER) AS date
    FROM s LEFT JOIN gem_list g ON g.rn = s.pick`);
}

/** The pools buyers, landlords and straw owners are drawn from. */
export async function createPools(duck: Duck): Promise<void> {
  await createPool(duck, 'pool_rich', 'h.wealth >= 1000000');
  await createPool(duck, 'pool_able', 'h.capacity >= 500000');
  await createPool(duck, 'pool_poor', 'h.capacity < 150000');
  await createPool(
    duck,
    'pool_straw',
    `h.capacity < 150000 AND p.gemeente = ${plantedFor('straw')} AND u(p.person_no, 'strawpool') < ${plantedRates.strawPoolShare}`,
  );
}
