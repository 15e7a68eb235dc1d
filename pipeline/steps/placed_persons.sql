-- SPDX-License-Identifier: EUPL-1.2
-- placed_persons: the persons an indicator follows to their home (this year's buyers, holders of
-- two or more dwellings, this year's drug suspects) with their household, its buurt and what it
-- could spend. One pass over all persons places them all: placing them per indicator read the
-- 18 million persons once per indicator to keep a few hundred thousand.
WITH wanted AS (
  SELECT buyer_id AS person_id FROM transactions
  -- The reference year, as unexplained_purchases counts purchases.
  WHERE extract(YEAR FROM date) = (SELECT year FROM params) AND buyer_id IS NOT NULL
  UNION
  SELECT person_id FROM dwelling_holdings
  UNION
  -- The reference year, as drug_suspect_flows counts suspicions.
  SELECT person_id FROM drug_suspects WHERE extract(YEAR FROM date) = (SELECT year FROM params)
)
SELECT p.person_id, p.household_id, h.buurt_no, h.max_spend
FROM persons p
JOIN household_areas h ON h.household_id = p.household_id
WHERE p.person_id IN (SELECT person_id FROM wanted)
