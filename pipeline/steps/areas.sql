-- SPDX-License-Identifier: EUPL-1.2
-- areas: every address with its buurt, wijk and gemeente. A CBS buurt code BUggggwwbb lies in
-- wijk WKggggww and gemeente GMgggg, so the hierarchy follows from the code alone.
SELECT
  address_id,
  buurt_code AS buurt,
  'WK' || substring(buurt_code FROM 3 FOR 6) AS wijk,
  'GM' || substring(buurt_code FROM 3 FOR 4) AS gemeente,
  is_dwelling,
  woz_value
FROM addresses
