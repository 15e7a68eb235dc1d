-- SPDX-License-Identifier: EUPL-1.2
-- area_totals: the populations at risk per area at every level: addresses, dwellings and
-- inhabitants. These are the denominators of the indicators.
WITH per_address AS (
  SELECT a.address_id, a.buurt, a.wijk, a.gemeente, a.is_dwelling, COALESCE(r.n, 0) AS inhabitants
  FROM areas a
  LEFT JOIN (SELECT address_id, count(*) AS n FROM residents GROUP BY address_id) r
    ON r.address_id = a.address_id
)
SELECT
  CASE WHEN GROUPING(buurt) = 0 THEN 'buurt' WHEN GROUPING(wijk) = 0 THEN 'wijk'
       WHEN GROUPING(gemeente) = 0 THEN 'gemeente' ELSE 'land' END AS level,
  COALESCE(buurt, wijk, gemeente, 'NL00') AS region,
  count(*) AS addresses,
  count(*) FILTER (WHERE is_dwelling) AS dwellings,
  sum(inhabitants) AS inhabitants
FROM per_address
GROUP BY GROUPING SETS ((buurt), (wijk), (gemeente), ())
