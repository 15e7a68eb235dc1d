-- SPDX-License-Identifier: EUPL-1.2
-- residents: every person with the buurt of their household's address.
SELECT p.person_id, p.household_id, h.buurt_no
FROM persons p
JOIN household_areas h ON h.household_id = p.household_id
