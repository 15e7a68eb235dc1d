-- SPDX-License-Identifier: EUPL-1.2
-- area_totals: the populations at risk per area at every level: addresses, dwellings and
-- inhabitants. These are the denominators of the indicators.
WITH per_buurt AS (
  SELECT buurt, count(*) AS addresses, count(*) FILTER (WHERE is_dwelling) AS dwellings
  FROM areas
  GROUP BY buurt
),
inhabitants AS (
  SELECT buurt, count(*) AS inhabitants FROM residents GROUP BY buurt
),
combined AS (
  SELECT b.buurt, 'WK' || substring(b.buurt FROM 3 FOR 6) AS wijk,
         'GM' || substring(b.buurt FROM 3 FOR 4) AS gemeente,
         b.addresses, b.dwellings, COALESCE(i.inhabitants, 0) AS inhabitants
  FROM per_buurt b
  LEFT JOIN inhabitants i ON i.buurt = b.buurt
)
SELECT
  CASE WHEN GROUPING(buurt) = 0 THEN 'buurt' WHEN GROUPING(wijk) = 0 THEN 'wijk'
       WHEN GROUPING(gemeente) = 0 THEN 'gemeente' ELSE 'land' END AS level,
  COALESCE(buurt, wijk, gemeente, 'NL00') AS region,
  sum(addresses) AS addresses,
  sum(dwellings) AS dwellings,
  sum(inhabitants) AS inhabitants
FROM combined
GROUP BY GROUPING SETS ((buurt), (wijk), (gemeente), ())
