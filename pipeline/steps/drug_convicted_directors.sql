-- SPDX-License-Identifier: EUPL-1.2
-- drug_convicted_directors (vestigingen met een drugsveroordeelde bestuurder): establishments
-- with at least one owner or director convicted of a drug offence, as a share of all
-- establishments, per gemeente, nationally, and nationally per SBI division (breakdown).
WITH convicted AS (
  SELECT DISTINCT c.person_id
  FROM convictions c
  WHERE c.offence_group = 'drugs'
    -- Convictions of the last ten years up to the reference year: older ones say little about
    -- the business today, and the justice records keep drug convictions that long.
    AND extract(YEAR FROM c.date) BETWEEN (SELECT year FROM params) - 9 AND (SELECT year FROM params)
),
-- The establishments with a convicted director: few, so found before the millions of
-- establishments are placed in their gemeente.
convicted_directors AS (
  SELECT dr.establishment_id, min(dr.person_id) AS convicted_director
  FROM directors dr
  JOIN convicted d ON d.person_id = dr.person_id
  GROUP BY dr.establishment_id
),
per_establishment AS (
  SELECT e.establishment_id, substring(e.sbi_code FROM 1 FOR 2) AS branch, b.gemeente,
         c.convicted_director
  FROM establishments e
  JOIN areas a ON a.address_id = e.address_id
  JOIN buurten b ON b.buurt_no = a.buurt_no
  LEFT JOIN convicted_directors c ON c.establishment_id = e.establishment_id
)
SELECT
  'vestigingen-drugsveroordeelde-bestuurder' AS indicator,
  CASE WHEN GROUPING(gemeente) = 0 THEN 'gemeente' ELSE 'land' END AS level,
  COALESCE(gemeente, 'NL00') AS region,
  COALESCE(branch, '') AS breakdown,
  count(convicted_director) AS numerator,
  count(*) AS denominator,
  -- The convicted persons, not the establishments, are who a small cell would expose.
  count(DISTINCT convicted_director) AS contributors,
  CAST(NULL AS DOUBLE) AS top1,
  CAST(NULL AS DOUBLE) AS top2
FROM per_establishment
GROUP BY GROUPING SETS ((gemeente), (), (branch))
