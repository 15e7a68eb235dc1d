-- SPDX-License-Identifier: EUPL-1.2
-- unknown_foreign_owners (onbekende of buitenlandse eigenaren): objects with at least one owner
-- who is unknown or registered abroad, as a share of all objects (dwellings and others).
WITH flagged AS (
  SELECT DISTINCT o.address_id
  FROM ownership o
  -- Unknown and foreign owners are the ones a municipality cannot look up in Dutch registers.
  WHERE o.owner_kind IN ('unknown', 'foreign')
),
per_area AS (
  SELECT
    CASE WHEN GROUPING(buurt) = 0 THEN 'buurt' WHEN GROUPING(wijk) = 0 THEN 'wijk'
         WHEN GROUPING(gemeente) = 0 THEN 'gemeente' ELSE 'land' END AS level,
    COALESCE(buurt, wijk, gemeente, 'NL00') AS region,
    count(*) AS objects
  FROM flagged f
  JOIN areas a ON a.address_id = f.address_id
  JOIN buurten b ON b.buurt_no = a.buurt_no
  GROUP BY GROUPING SETS ((buurt), (wijk), (gemeente), ())
)
SELECT
  'onbekende-buitenlandse-eigenaren' AS indicator,
  t.level,
  t.region,
  '' AS breakdown,
  COALESCE(p.objects, 0) AS numerator,
  t.addresses AS denominator,
  COALESCE(p.objects, 0) AS contributors,
  CAST(NULL AS DOUBLE) AS top1,
  CAST(NULL AS DOUBLE) AS top2
FROM area_totals t
LEFT JOIN per_area p ON p.level = t.level AND p.region = t.region
