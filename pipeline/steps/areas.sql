-- SPDX-License-Identifier: EUPL-1.2
-- areas: every address with the number of its buurt (buurten.sql), whether it is a dwelling and
-- its WOZ value.
SELECT a.address_id, b.buurt_no, a.is_dwelling, a.woz_value
FROM addresses a
JOIN buurten b ON b.buurt = a.buurt_code
