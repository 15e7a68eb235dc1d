// SPDX-License-Identifier: EUPL-1.2
import type { Duck } from '../duck';

/** Parameters every generator shares. */
export interface SynthParams {
  readonly scale: number;
  readonly seed: number;
  /** Reference year: the last year of the twenty years of transactions. */
  readonly year: number;
}

/**
 * `u(key, salt)`: a uniform number in [0, 1) from a hash of key, salt and seed. Hash-based rather
 * than a random generator, so every row is independent of thread scheduling and the output is
 * identical for the same seed and DuckDB version.
 */
export async function createRandom(duck: Duck, seed: number): Promise<void> {
  await duck.exec(
    `CREATE MACRO u(k, s) AS ((hash(k, s, ${Math.trunc(seed)}) % 1000000007) / 1000000007.0)`,
  );
}

/**
 * Scaled buurten with the first address and person number of each, so addresses, households and
 * persons are numbered 0 … N−1 without gaps (a uniform person is then `hash % N`).
 */
export async function createBuurten(duck: Duck, { scale }: SynthParams): Promise<void> {
  await duck.exec(`CREATE TABLE sb AS
    WITH s AS (
      SELECT buurt, 'WK' || substring(buurt, 3, 6) AS wijk, 'GM' || substring(buurt, 3, 4) AS gemeente,
             CAST(round(population * ${scale}) AS BIGINT) AS persons,
             CAST(round(dwellings * ${scale}) AS BIGINT) AS dw
      FROM calibration
    ),
    d AS (
      -- Every resident needs a home: at least one dwelling per four persons.
      SELECT *, greatest(dw, CAST(ceil(persons / 4.0) AS BIGINT)) AS dwellings,
             CAST(round(dw * 0.12) AS BIGINT) AS others
      FROM s
    )
    SELECT *, least(dwellings, persons) AS households,
           CAST(sum(dwellings + others) OVER (ORDER BY buurt) - dwellings - others AS BIGINT) AS a_start,
           CAST(sum(persons) OVER (ORDER BY buurt) - persons AS BIGINT) AS p_start,
           CAST(sum(round(persons * 0.11)) OVER (ORDER BY buurt) - round(persons * 0.11) AS BIGINT) AS e_start,
           CAST(round(persons * 0.11) AS BIGINT) AS establishments
    FROM d`);
}

/** Addresses (dwellings first in each buurt), households in the first dwellings, and persons. */
export async function createPeople(duck: Duck, { year }: SynthParams): Promise<void> {
  await duck.exec(`CREATE TABLE s_addresses AS
    SELECT n AS address_no, buurt, wijk, gemeente, n - a_start AS k, households, a_start,
           p_start, persons, n - a_start < dwellings AS is_dwelling,
           CAST(round((0.7 + 0.8 * u(gemeente, 'price')) *
             CASE WHEN n - a_start < dwellings THEN 300000 * (0.6 + 0.8 * u(n, 'woz'))
                  ELSE 150000 + 1000000 * u(n, 'woz') END / 1000) * 1000 AS BIGINT) AS woz
    FROM (SELECT *, unnest(range(a_start, a_start + dwellings + others)) AS n FROM sb)`);
  await duck.exec(`CREATE TABLE s_households AS
    SELECT address_no AS hh_no, address_no, buurt, wijk, gemeente,
           CAST(round(18000 + 55000 * pow(u(address_no, 'income'), 1.5)) AS BIGINT) AS income,
           -- About 3 % of households are wealthy; they own the private rentals.
           CAST(CASE WHEN u(address_no, 'rich') < 0.03 THEN 1000000 + 4000000 * u(address_no, 'riches')
                     ELSE 300000 * pow(u(address_no, 'wealth'), 3) - 5000 END AS BIGINT) AS wealth
    FROM s_addresses WHERE is_dwelling AND k < households`);
  await duck.exec(`ALTER TABLE s_households ADD COLUMN capacity BIGINT`);
  await duck.exec(
    `UPDATE s_households SET capacity = 5 * income + CASE WHEN wealth > 0 THEN wealth ELSE 0 END`,
  );
  await duck.exec(`CREATE TABLE s_persons AS
    SELECT n AS person_no, a_start + (n - p_start) % households AS hh_no, buurt, wijk, gemeente,
           ${year} - CAST(floor(u(n, 'age') * 90) AS INTEGER) AS birth_year
    FROM (SELECT *, unnest(range(p_start, p_start + persons)) AS n FROM sb WHERE households > 0)`);
}

/** A numbered pool of persons (rn 0 … n−1) to draw from with `hash % n`. */
export async function createPool(duck: Duck, name: string, where: string): Promise<void> {
  await duck.exec(`CREATE TABLE ${name} AS
    SELECT CAST(row_number() OVER (ORDER BY p.person_no) - 1 AS BIGINT) AS rn, p.person_no
    FROM s_persons p JOIN s_households h ON h.hh_no = p.hh_no WHERE ${where}`);
  await duck.exec(`INSERT INTO ${name} SELECT 0, 0 WHERE NOT EXISTS (SELECT 1 FROM ${name})`);
}
