-- SPDX-License-Identifier: EUPL-1.2
-- hemp_clearance_rates (geruimde hennepkwekerijen): addresses where a hemp farm was dismantled in
-- the reference year, per 1,000 dwellings.
WITH cleared AS (
  SELECT DISTINCT h.address_id
  FROM hemp_clearances h
  -- Clearances in the reference year; a farm cleared twice at one address counts once.
  WHERE extract(YEAR FROM h.date) = (SELECT year FROM params)
),
per_area AS (
  SELECT
    CASE WHEN GROUPING(buurt) = 0 THEN 'buurt' WHEN GROUPING(wijk) = 0 THEN 'wijk'
         WHEN GROUPING(gemeente) = 0 THEN 'gemeente' ELSE 'land' END AS level,
    COALESCE(buurt, wijk, gemeente, 'NL00') AS region,
    count(*) AS addresses
  FROM cleared c
  JOIN areas a ON a.address_id = c.address_id
  JOIN buurten b ON b.buurt_no = a.buurt_no
  GROUP BY GROUPING SETS ((buurt), (wijk), (gemeente), ())
)
SELECT
  'hennepruimingen' AS indicator,
  t.level,
  t.region,
  '' AS breakdown,
  COALESCE(p.addresses, 0) AS numerator,
  t.dwellings AS denominator,
  COALESCE(p.addresses, 0) AS contributors,
  CAST(NULL AS DOUBLE) AS top1,
  CAST(NULL AS DOUBLE) AS top2
FROM area_totals t
LEFT JOIN per_area p ON p.level = t.level AND p.region = t.region
-- Areas without dwellings have no rate.
WHERE t.dwellings > 0
