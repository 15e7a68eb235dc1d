-- SPDX-License-Identifier: EUPL-1.2
-- unaffordable_holders: persons who own at least two dwellings whose combined WOZ value (by
-- their share) exceeds what their household could spend. Internal; never published as such.
WITH holdings AS (
  SELECT o.owner_id AS person_id, count(*) AS dwellings,
         sum(o.share * COALESCE(a.woz_value, 0)) AS value
  FROM ownership o
  JOIN areas a ON a.address_id = o.address_id
  -- Natural persons only: ZoO's first risk factor is about people, not companies.
  WHERE o.owner_kind = 'person'
    -- Dwellings only; owning a shop or a warehouse is a different pattern.
    AND a.is_dwelling
  GROUP BY o.owner_id
  -- Two or more dwellings: one home, however expensive, is not this pattern.
  HAVING count(*) >= 2
),
-- Where the holders live. Only they are placed: DuckDB would otherwise join all 18 million
-- persons to their household (as residents.sql does) to keep a few hundred thousand.
holder_residents AS (
  SELECT p.person_id, r.buurt, r.wijk, r.gemeente, r.max_spend
  FROM persons p
  JOIN household_areas r ON r.household_id = p.household_id
  WHERE p.person_id IN (SELECT person_id FROM holdings)
)
SELECT h.person_id, r.buurt, r.wijk, r.gemeente, h.dwellings
FROM holdings h
JOIN holder_residents r ON r.person_id = h.person_id
-- The holdings are worth more than the household could ever have financed.
WHERE h.value > r.max_spend
