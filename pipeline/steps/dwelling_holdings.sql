-- SPDX-License-Identifier: EUPL-1.2
-- dwelling_holdings: natural persons who own two or more dwellings (held_dwellings), with how many
-- they own and what their shares are worth by WOZ value. Internal; the input of
-- unaffordable_holders.
SELECT owner_id AS person_id, count(*) AS dwellings, sum(value) AS value
FROM held_dwellings
GROUP BY owner_id
-- Two or more dwellings: one home, however expensive, is not this pattern.
HAVING count(*) >= 2
