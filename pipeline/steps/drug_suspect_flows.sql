-- SPDX-License-Identifier: EUPL-1.2
-- drug_suspect_flows (woon- en pleeggemeenten van drugsverdachten): drug suspects by the
-- gemeente where they live (region) and the gemeente where they offended (breakdown). The unit
-- is a suspect–offence gemeente pair, so a region's total is exactly the sum of its breakdown.
WITH suspicions AS (
  SELECT s.person_id, s.offence_gemeente
  FROM drug_suspects s
  -- Suspicions in the reference year.
  WHERE extract(YEAR FROM s.date) = (SELECT year FROM params)
),
-- Where the suspects live. Only they are placed: DuckDB would otherwise join all 18 million
-- persons to their household (as residents.sql does) to keep a few tens of thousands.
suspect_homes AS (
  SELECT p.person_id, h.gemeente
  FROM persons p
  JOIN household_areas h ON h.household_id = p.household_id
  WHERE p.person_id IN (SELECT person_id FROM suspicions)
),
pairs AS (
  SELECT DISTINCT s.person_id, r.gemeente AS home, s.offence_gemeente AS offence
  FROM suspicions s
  -- Suspects without a registered address cannot be given a home gemeente.
  JOIN suspect_homes r ON r.person_id = s.person_id
)
SELECT
  'drugsverdachten-woon-pleeggemeente' AS indicator,
  CASE WHEN GROUPING(home) = 0 THEN 'gemeente' ELSE 'land' END AS level,
  COALESCE(home, 'NL00') AS region,
  COALESCE(offence, '') AS breakdown,
  count(*) AS numerator,
  CAST(NULL AS BIGINT) AS denominator,
  count(DISTINCT person_id) AS contributors,
  CAST(NULL AS DOUBLE) AS top1,
  CAST(NULL AS DOUBLE) AS top2
FROM pairs
GROUP BY GROUPING SETS ((home, offence), (home), ())
