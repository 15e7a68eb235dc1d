-- SPDX-License-Identifier: EUPL-1.2
-- One published number: a canonical variable (common/statistics/variables.ts) for one region
-- and period. region_year is the division the code refers to, which need not be the period:
-- crime 2022 is published in the 2024 division. Missing and secret values have no number,
-- never zero. Derived figures (indicators, national values, comparisons) live elsewhere.
-- No foreign key to region: the importer checks every code against the region list it writes in
-- the same transaction, regions are never deleted, and the check would add about three seconds
-- to a full import on PGlite (240,000 rows).
create table observation (
  variable text not null check (variable ~ '^[a-z][a-z0-9_]*$'),
  period text not null check (period ~ '^[0-9]{4}$'),
  region_code text not null,
  region_year smallint not null,
  value double precision,
  status text not null check (status in ('exact', 'rounded', 'missing', 'secret')),
  provisional boolean not null default false,
  source_id integer not null references statistic_source (id),
  primary key (variable, period, region_code),
  check ((value is null) = (status in ('missing', 'secret')))
);
-- The primary key serves the main read, one variable and period for all regions of a level. A
-- second index (region_code) would serve one region's profile but costs a second on every full
-- import on PGlite; add it with the profile query if that query reads this table directly.
