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
pairs AS (
  SELECT DISTINCT s.person_id, b.gemeente AS home, s.offence_gemeente AS offence
  FROM suspicions s
  -- Where the suspects live (placed_persons). Suspects without a registered address cannot be
  -- given a home gemeente.
  JOIN placed_persons r ON r.person_id = s.person_id
  JOIN buurten b ON b.buurt_no = r.buurt_no
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
