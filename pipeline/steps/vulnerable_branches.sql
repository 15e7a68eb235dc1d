-- SPDX-License-Identifier: EUPL-1.2
-- vulnerable_branches (vestigingen in kwetsbare branches): establishments whose SBI code is in
-- the vulnerable list, per 1,000 inhabitants.
WITH vulnerable AS (
  SELECT DISTINCT e.establishment_id, e.address_id
  FROM establishments e
  -- Only the documented list (vulnerable_sbi.sql); the rest of the economy is the background.
  JOIN vulnerable_sbi v ON e.sbi_code LIKE v.prefix || '%'
),
per_area AS (
  SELECT
    CASE WHEN GROUPING(buurt) = 0 THEN 'buurt' WHEN GROUPING(wijk) = 0 THEN 'wijk'
         WHEN GROUPING(gemeente) = 0 THEN 'gemeente' ELSE 'land' END AS level,
    COALESCE(buurt, wijk, gemeente, 'NL00') AS region,
    count(*) AS establishments
  FROM vulnerable x
  JOIN areas a ON a.address_id = x.address_id
  GROUP BY GROUPING SETS ((buurt), (wijk), (gemeente), ())
)
SELECT
  'vestigingen-kwetsbare-branches' AS indicator,
  t.level,
  t.region,
  '' AS breakdown,
  COALESCE(p.establishments, 0) AS numerator,
  t.inhabitants AS denominator,
  COALESCE(p.establishments, 0) AS contributors,
  CAST(NULL AS DOUBLE) AS top1,
  CAST(NULL AS DOUBLE) AS top2
FROM area_totals t
LEFT JOIN per_area p ON p.level = t.level AND p.region = t.region
-- Areas without inhabitants have no rate.
WHERE t.inhabitants > 0
