-- SPDX-License-Identifier: EUPL-1.2
-- residents: every person with the area of their household's address and what it could spend.
SELECT p.person_id, p.household_id, h.buurt, h.wijk, h.gemeente, h.max_spend
FROM persons p
JOIN household_areas h ON h.household_id = p.household_id
