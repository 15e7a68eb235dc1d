// SPDX-License-Identifier: EUPL-1.2
import type { Duck } from '../duck';

import type { SynthParams } from './people';
import { plantedFor, plantedRates } from './planted';

const date = (key: string, salt: string, firstYear: string, years: number) =>
  `make_date(CAST(${firstYear} + floor(u(${key}, '${salt}y') * ${years}) AS INTEGER),
     CAST(1 + floor(u(${key}, '${salt}m') * 12) AS INTEGER), CAST(1 + floor(u(${key}, '${salt}d') * 28) AS INTEGER))`;

/**
 * Current owners: occupiers own most homes, housing corporations and companies many, wealthy
 * households the private rentals; a few owners are unknown or foreign. In the planted gemeente
 * poor residents ("straw owners") hold a share of the dwellings.
 */
export async function createOwnership(duck: Duck, { seed, year }: SynthParams): Promise<void> {
  await duck.exec(`CREATE TABLE s_ownership AS
    WITH a AS (
      SELECT a.*, u(address_no, 'own') AS r,
             a.is_dwelling AND a.gemeente = ${plantedFor('straw')}
               AND u(address_no, 'straw') < ${plantedRates.strawOwnedDwellingShare} AS straw,
             hash(address_no, 'landlord', ${seed}) % (SELECT count(*) FROM pool_rich) AS rich_pick,
             hash(address_no, 'strawpick', ${seed}) % (SELECT count(*) FROM pool_straw) AS straw_pick
      FROM s_addresses a
    ),
    k AS (
      SELECT *, CASE
        WHEN straw THEN 'straw'
        WHEN is_dwelling AND r < 0.57 THEN CASE WHEN k < households THEN 'occupier' ELSE 'landlord' END
        WHEN is_dwelling AND r < 0.86 THEN 'entity'
        WHEN is_dwelling AND r < 0.97 THEN 'landlord'
        WHEN NOT is_dwelling AND r < 0.85 THEN 'entity'
        WHEN NOT is_dwelling AND r < 0.93 THEN 'landlord'
        WHEN r < 0.985 THEN 'unknown'
        ELSE 'foreign' END AS source
      FROM a
    )
    SELECT k.address_no,
           CASE WHEN source IN ('straw', 'occupier', 'landlord') THEN 'person' ELSE source END AS owner_kind,
           CASE source
             WHEN 'occupier' THEN 'P' || (p_start + k)
             WHEN 'landlord' THEN 'P' || rich.person_no
             WHEN 'straw' THEN 'P' || sp.person_no
             WHEN 'entity' THEN 'E' || (hash(k.address_no, 'entity', ${seed}) % 50000)
             WHEN 'foreign' THEN 'F' || (hash(k.address_no, 'foreign', ${seed}) % 20000)
           END AS owner_id,
           ${date('k.address_no', 'since', `${year} - 29`, 30)} AS since
    FROM k
    LEFT JOIN pool_rich rich ON rich.rn = k.rich_pick
    LEFT JOIN pool_straw sp ON sp.rn = k.straw_pick`);
}

/**
 * Twenty years of sales: most dwellings sell zero to three times, a very few five times; in the
 * planted wijk some sell six times. Buyers come from households that can afford a home, a few
 * from anyone; in the planted gemeente many reference-year buyers cannot afford their purchase.
 */
export async function createTransactions(duck: Duck, { seed, year }: SynthParams): Promise<void> {
  await duck.exec(`CREATE TABLE s_transactions AS
    WITH d AS (
      SELECT address_no, gemeente, wijk, woz, CASE
        WHEN wijk = ${plantedFor('resold', 'wijk')} AND u(address_no, 'flip') < ${plantedRates.resoldDwellingShare} THEN 6
        WHEN gemeente = ${plantedFor('resold')} AND u(address_no, 'flip') < ${plantedRates.resoldGemeenteShare} THEN 6
        WHEN r < 0.40 THEN 0 WHEN r < 0.75 THEN 1 WHEN r < 0.93 THEN 2 WHEN r < 0.9995 THEN 3 ELSE 5 END AS sales
      FROM (SELECT *, u(address_no, 'sales') AS r FROM s_addresses WHERE is_dwelling)
    ),
    s AS (SELECT d.*, address_no * 8 + unnest(range(sales)) AS sale_key FROM d WHERE sales > 0),
    t AS (
      SELECT *, make_date(${year} - 19, 1, 1) + CAST(floor(u(sale_key, 'date') * 7300) AS INTEGER) AS date
      FROM s
    ),
    p AS (
      SELECT *,
        gemeente = ${plantedFor('buyers')} AND extract(YEAR FROM date) = ${year}
          AND u(sale_key, 'poorbuy') < ${plantedRates.unexplainedBuyerShare} AS poor_buyer,
        u(sale_key, 'anybuy') < 0.04 AS any_buyer,
        hash(sale_key, 'poor', ${seed}) % (SELECT count(*) FROM pool_poor) AS poor_pick,
        hash(sale_key, 'able', ${seed}) % (SELECT count(*) FROM pool_able) AS able_pick,
        hash(sale_key, 'seller', ${seed}) % (SELECT count(*) FROM pool_able) AS seller_pick,
        hash(sale_key, 'any', ${seed}) % (SELECT count(*) FROM s_persons) AS any_pick
      FROM t
    )
    SELECT p.sale_key, p.address_no, p.date,
           CAST(round(woz * (0.55 + 0.45 * (extract(YEAR FROM date) - (${year} - 19)) / 19.0)
             * (0.85 + 0.3 * u(sale_key, 'price')) / 1000) * 1000 AS BIGINT) AS price,
           'P' || CASE WHEN poor_buyer THEN pp.person_no WHEN any_buyer THEN any_pick ELSE pa.person_no END AS buyer_id,
           'P' || ps.person_no AS seller_id
    FROM p
    LEFT JOIN pool_poor pp ON pp.rn = p.poor_pick
    LEFT JOIN pool_able pa ON pa.rn = p.able_pick
    LEFT JOIN pool_able ps ON ps.rn = p.seller_pick`);
}
