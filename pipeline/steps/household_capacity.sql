-- SPDX-License-Identifier: EUPL-1.2
-- household_capacity: the most a household could spend on property ("maximaal besteedbaar
-- bedrag"). Lenders in the Netherlands lend roughly 4.5 to 5 times income; we take 5 times the
-- disposable income plus the wealth, which is generous, so a household flagged as unable to
-- afford a purchase is flagged with a margin. Negative income or wealth counts as zero. The
-- address stays beside it so household_areas places households without reading them twice.
SELECT
  household_id,
  address_id,
  5 * (CASE WHEN disposable_income > 0 THEN disposable_income ELSE 0 END)
    + (CASE WHEN wealth > 0 THEN wealth ELSE 0 END) AS max_spend
FROM households
