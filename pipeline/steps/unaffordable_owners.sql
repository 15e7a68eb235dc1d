-- SPDX-License-Identifier: EUPL-1.2
-- unaffordable_owners (onverklaarbaar woningbezit, personen): residents who own two or more
-- dwellings they cannot afford, per 1,000 inhabitants of the area where they live.
WITH per_area AS (
  SELECT
    CASE WHEN GROUPING(buurt) = 0 THEN 'buurt' WHEN GROUPING(wijk) = 0 THEN 'wijk'
         WHEN GROUPING(gemeente) = 0 THEN 'gemeente' ELSE 'land' END AS level,
    COALESCE(buurt, wijk, gemeente, 'NL00') AS region,
    count(*) AS persons
  FROM unaffordable_holders
  GROUP BY GROUPING SETS ((buurt), (wijk), (gemeente), ())
)
SELECT
  'onverklaarbaar-woningbezit-personen' AS indicator,
  t.level,
  t.region,
  '' AS breakdown,
  COALESCE(p.persons, 0) AS numerator,
  t.inhabitants AS denominator,
  COALESCE(p.persons, 0) AS contributors,
  CAST(NULL AS DOUBLE) AS top1,
  CAST(NULL AS DOUBLE) AS top2
FROM area_totals t
LEFT JOIN per_area p ON p.level = t.level AND p.region = t.region
-- Areas without inhabitants have no rate.
WHERE t.inhabitants > 0
