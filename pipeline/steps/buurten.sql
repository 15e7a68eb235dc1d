-- SPDX-License-Identifier: EUPL-1.2
-- buurten: every buurt code of the addresses with a small number, and the wijk and gemeente it
-- lies in. A CBS buurt code BUggggwwbb lies in wijk WKggggww and gemeente GMgggg, so the hierarchy
-- follows from the code alone. The other steps carry the number through their joins of millions
-- of rows and name the areas only when they group, on a few thousand buurten or flagged rows.
SELECT
  CAST(row_number() OVER (ORDER BY buurt_code) AS INTEGER) AS buurt_no,
  buurt_code AS buurt,
  'WK' || substring(buurt_code FROM 3 FOR 6) AS wijk,
  'GM' || substring(buurt_code FROM 3 FOR 4) AS gemeente
FROM (SELECT DISTINCT buurt_code FROM addresses)
