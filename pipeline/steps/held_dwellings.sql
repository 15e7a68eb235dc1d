-- SPDX-License-Identifier: EUPL-1.2
-- held_dwellings: the dwellings of persons registered as owner of two or more objects, with the
-- buurt and the value of the owner's share by WOZ value. Internal; dwelling_holdings counts them
-- per owner and unaffordable_owner_dwellings places those of the unaffordable holders.
WITH multiple_owners AS (
  -- Found first because they are few: only their objects are looked up in areas, not the
  -- millions of homes with a single owner.
  SELECT owner_id
  FROM ownership
  -- Natural persons only: ZoO's first risk factor is about people, not companies.
  WHERE owner_kind = 'person'
  GROUP BY owner_id
  HAVING count(*) >= 2
)
SELECT o.owner_id, a.buurt_no, o.share * COALESCE(a.woz_value, 0) AS value
FROM ownership o
JOIN multiple_owners m ON m.owner_id = o.owner_id
JOIN areas a ON a.address_id = o.address_id
WHERE o.owner_kind = 'person'
  -- Dwellings only; owning a shop or a warehouse is a different pattern.
  AND a.is_dwelling
