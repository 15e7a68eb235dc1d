-- SPDX-License-Identifier: EUPL-1.2
-- unaffordable_owner_dwellings (onverklaarbaar woningbezit, woningen): dwellings held by persons
-- who own two or more dwellings they cannot afford, per 1,000 dwellings of the area where the
-- dwellings stand. A magnitude table: the owners are the contributors, so one owner holding
-- most of an area's flagged dwellings triggers the dominance rule.
WITH held AS (
  -- The same person-owned dwellings that made the holder unaffordable.
  SELECT d.owner_id, b.buurt, b.wijk, b.gemeente
  FROM held_dwellings d
  JOIN unaffordable_holders h ON h.person_id = d.owner_id
  JOIN buurten b ON b.buurt_no = d.buurt_no
),
per_owner AS (
  SELECT
    CASE WHEN GROUPING(buurt) = 0 THEN 'buurt' WHEN GROUPING(wijk) = 0 THEN 'wijk'
         WHEN GROUPING(gemeente) = 0 THEN 'gemeente' ELSE 'land' END AS level,
    COALESCE(buurt, wijk, gemeente, 'NL00') AS region,
    owner_id,
    count(*) AS n
  FROM held
  GROUP BY GROUPING SETS ((buurt, owner_id), (wijk, owner_id), (gemeente, owner_id), (owner_id))
),
ranked AS (
  SELECT level, region, n,
         row_number() OVER (PARTITION BY level, region ORDER BY n DESC, owner_id) AS rank
  FROM per_owner
),
per_area AS (
  SELECT level, region, sum(n) AS dwellings, count(*) AS owners,
         max(CASE WHEN rank = 1 THEN n END) AS top1, max(CASE WHEN rank = 2 THEN n END) AS top2
  FROM ranked
  GROUP BY level, region
)
SELECT
  'onverklaarbaar-woningbezit-woningen' AS indicator,
  t.level,
  t.region,
  '' AS breakdown,
  COALESCE(p.dwellings, 0) AS numerator,
  t.dwellings AS denominator,
  COALESCE(p.owners, 0) AS contributors,
  CAST(COALESCE(p.top1, 0) AS DOUBLE) AS top1,
  CAST(COALESCE(p.top2, 0) AS DOUBLE) AS top2
FROM area_totals t
LEFT JOIN per_area p ON p.level = t.level AND p.region = t.region
-- Areas without dwellings have no rate.
WHERE t.dwellings > 0
