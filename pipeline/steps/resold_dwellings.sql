-- SPDX-License-Identifier: EUPL-1.2
-- resold_dwellings (doorsluiswoningen): dwellings sold five times or more within the twenty
-- years up to the end of the reference year, per 1,000 dwellings.
WITH resold AS (
  SELECT t.address_id
  FROM transactions t
  -- The twenty-year window of ZoO's definition, ending with the reference year.
  WHERE extract(YEAR FROM t.date) BETWEEN (SELECT year FROM params) - 19 AND (SELECT year FROM params)
  GROUP BY t.address_id
  -- Five or more sales: ordinary moves rarely sell a home more than three times in twenty years.
  HAVING count(*) >= 5
),
per_area AS (
  SELECT
    CASE WHEN GROUPING(buurt) = 0 THEN 'buurt' WHEN GROUPING(wijk) = 0 THEN 'wijk'
         WHEN GROUPING(gemeente) = 0 THEN 'gemeente' ELSE 'land' END AS level,
    COALESCE(buurt, wijk, gemeente, 'NL00') AS region,
    count(*) AS dwellings
  FROM resold r
  JOIN areas a ON a.address_id = r.address_id
  JOIN buurten b ON b.buurt_no = a.buurt_no
  -- Dwellings only: the indicator is about homes.
  WHERE a.is_dwelling
  GROUP BY GROUPING SETS ((buurt), (wijk), (gemeente), ())
)
SELECT
  'doorsluiswoningen' AS indicator,
  t.level,
  t.region,
  '' AS breakdown,
  COALESCE(p.dwellings, 0) AS numerator,
  t.dwellings AS denominator,
  COALESCE(p.dwellings, 0) AS contributors,
  CAST(NULL AS DOUBLE) AS top1,
  CAST(NULL AS DOUBLE) AS top2
FROM area_totals t
LEFT JOIN per_area p ON p.level = t.level AND p.region = t.region
-- Areas without dwellings have no rate.
WHERE t.dwellings > 0
