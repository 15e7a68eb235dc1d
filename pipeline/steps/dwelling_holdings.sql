-- SPDX-License-Identifier: EUPL-1.2
-- dwelling_holdings: natural persons who own two or more dwellings, with how many they own and
-- what their shares are worth by WOZ value. Internal; the input of unaffordable_holders.
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
