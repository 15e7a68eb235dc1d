-- SPDX-License-Identifier: EUPL-1.2
-- unaffordable_holders: persons who own at least two dwellings (dwelling_holdings) whose combined
-- WOZ value (by their share) exceeds what their household could spend, with the area where they
-- live. Internal; never published as such.
SELECT h.person_id, b.buurt, b.wijk, b.gemeente, h.dwellings
FROM dwelling_holdings h
JOIN placed_persons r ON r.person_id = h.person_id
JOIN buurten b ON b.buurt_no = r.buurt_no
-- The holdings are worth more than the household could ever have financed.
WHERE h.value > r.max_spend
