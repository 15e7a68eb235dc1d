-- SPDX-License-Identifier: EUPL-1.2
-- residents: every person with the area of their household's address.
SELECT p.person_id, p.household_id, a.address_id, a.buurt, a.wijk, a.gemeente
FROM persons p
JOIN households h ON h.household_id = p.household_id
-- A household without a known address cannot be placed in an area, so it counts nowhere.
JOIN areas a ON a.address_id = h.address_id
