-- SPDX-License-Identifier: EUPL-1.2
-- unexplained_purchases (onverklaarbare woningaankopen): purchases whose price exceeds what the
-- buying household could spend, as a share of all home purchases by households.
WITH sales AS (
  SELECT t.address_id, t.buyer_id, t.price
  FROM transactions t
  -- Purchases in the reference year, like ZoO's peiljaar.
  WHERE extract(YEAR FROM t.date) = (SELECT year FROM params)
),
purchases AS (
  SELECT b.buurt, b.wijk, b.gemeente, r.household_id, t.price > r.max_spend AS unexplained
  FROM sales t
  JOIN areas a ON a.address_id = t.address_id
  JOIN buurten b ON b.buurt_no = a.buurt_no
  -- Only purchases by a person: a legal entity has no household income to compare with.
  JOIN placed_persons r ON r.person_id = t.buyer_id
  -- Home purchases only; business premises follow other financing rules.
  WHERE a.is_dwelling
)
SELECT
  'onverklaarbare-woningaankopen' AS indicator,
  CASE WHEN GROUPING(buurt) = 0 THEN 'buurt' WHEN GROUPING(wijk) = 0 THEN 'wijk'
       WHEN GROUPING(gemeente) = 0 THEN 'gemeente' ELSE 'land' END AS level,
  COALESCE(buurt, wijk, gemeente, 'NL00') AS region,
  '' AS breakdown,
  count(*) FILTER (WHERE unexplained) AS numerator,
  count(*) AS denominator,
  count(DISTINCT CASE WHEN unexplained THEN household_id END) AS contributors,
  CAST(NULL AS DOUBLE) AS top1,
  CAST(NULL AS DOUBLE) AS top2
FROM purchases
GROUP BY GROUPING SETS ((buurt), (wijk), (gemeente), ())
