-- SPDX-License-Identifier: EUPL-1.2
-- area_totals: the populations at risk per area at every level: addresses, dwellings and
-- inhabitants. These are the denominators of the indicators. Counted per buurt first, then added
-- up to wijk, gemeente and country: sums of counts are exact at every level.
WITH per_buurt AS (
  SELECT buurt_no, count(*) AS addresses, count(*) FILTER (WHERE is_dwelling) AS dwellings
  FROM areas
  GROUP BY buurt_no
),
inhabitants AS (
  SELECT buurt_no, count(*) AS inhabitants FROM residents GROUP BY buurt_no
),
combined AS (
  SELECT b.buurt, b.wijk, b.gemeente, p.addresses, p.dwellings,
         COALESCE(i.inhabitants, 0) AS inhabitants
  FROM per_buurt p
  JOIN buurten b ON b.buurt_no = p.buurt_no
  LEFT JOIN inhabitants i ON i.buurt_no = p.buurt_no
)
SELECT
  CASE WHEN GROUPING(buurt) = 0 THEN 'buurt' WHEN GROUPING(wijk) = 0 THEN 'wijk'
       WHEN GROUPING(gemeente) = 0 THEN 'gemeente' ELSE 'land' END AS level,
  COALESCE(buurt, wijk, gemeente, 'NL00') AS region,
  CAST(sum(addresses) AS BIGINT) AS addresses,
  CAST(sum(dwellings) AS BIGINT) AS dwellings,
  CAST(sum(inhabitants) AS BIGINT) AS inhabitants
FROM combined
GROUP BY GROUPING SETS ((buurt), (wijk), (gemeente), ())
