-- SPDX-License-Identifier: EUPL-1.2
-- vulnerable_branches (vestigingen in kwetsbare branches): establishments whose SBI code is in
-- the vulnerable list, per 1,000 inhabitants.
WITH vulnerable AS (
  SELECT e.establishment_id, e.address_id
  FROM establishments e
  -- Only the documented list (vulnerable_sbi.sql); the rest of the economy is the background. A
  -- code is in a branch when it starts with the branch's prefix of 2 to 5 digits; comparing its
  -- leading digits with the list is a lookup, where LIKE would test every code against every
  -- prefix.
  WHERE substring(e.sbi_code FROM 1 FOR 2) IN (SELECT prefix FROM vulnerable_sbi)
     OR substring(e.sbi_code FROM 1 FOR 3) IN (SELECT prefix FROM vulnerable_sbi)
     OR substring(e.sbi_code FROM 1 FOR 4) IN (SELECT prefix FROM vulnerable_sbi)
     OR substring(e.sbi_code FROM 1 FOR 5) IN (SELECT prefix FROM vulnerable_sbi)
),
per_area AS (
  SELECT
    CASE WHEN GROUPING(buurt) = 0 THEN 'buurt' WHEN GROUPING(wijk) = 0 THEN 'wijk'
         WHEN GROUPING(gemeente) = 0 THEN 'gemeente' ELSE 'land' END AS level,
    COALESCE(buurt, wijk, gemeente, 'NL00') AS region,
    count(*) AS establishments
  FROM vulnerable x
  JOIN areas a ON a.address_id = x.address_id
  JOIN buurten b ON b.buurt_no = a.buurt_no
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
