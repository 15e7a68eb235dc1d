-- SPDX-License-Identifier: EUPL-1.2
-- household_areas: every household with the buurt of its address and the most it could spend on
-- property (household_capacity). Joined once here because several steps need it; a household
-- without a known address cannot be placed in an area, so it counts nowhere.
SELECT c.household_id, a.buurt_no, c.max_spend
FROM household_capacity c
JOIN areas a ON a.address_id = c.address_id
