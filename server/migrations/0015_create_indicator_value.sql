-- SPDX-License-Identifier: EUPL-1.2
-- Derived statistics, computed by the import from `observation` with the pure engine
-- (server/src/statistics/{comparison,funnel,peers}.ts) and replaced as a whole whenever the
-- observations or the catalogue change. Nothing here is a published number of its own: every
-- value is recomputable from `observation` and the catalogue in common/statistics/.

-- One region's value of one indicator in one period, with its comparison to the national value
-- and to the other regions of its level. Missing and secret regions keep their status and have no
-- numbers (the engine never derives a suppressed value from others).
create table indicator_value (
  indicator text not null,
  period smallint not null,
  level text not null,
  region_code text not null,
  region_year smallint not null,
  value double precision,
  numerator double precision,
  denominator double precision,
  -- For means and percentages: the count the value is over, so groups can be weighted.
  weight double precision,
  status text not null check (status in ('exact', 'rounded', 'missing', 'secret')),
  value_index double precision,
  difference double precision,
  percentile double precision,
  z_score double precision,
  previous_value double precision,
  change double precision,
  change_relative double precision,
  change_status text not null,
  lower95 double precision,
  upper95 double precision,
  lower998 double precision,
  upper998 double precision,
  funnel_position text check (
    funnel_position in ('strongly-above', 'above', 'within', 'below', 'strongly-below')
  ),
  -- The same indicator over the region's peer group (gemeenten only), from sums where it can be.
  peer_value double precision,
  peer_count smallint,
  primary key (indicator, period, level, region_code),
  check ((value is null) = (status in ('missing', 'secret')))
);
-- A region's profile reads every indicator of one region.
create index indicator_value_region_idx on indicator_value (region_code, period);

-- The national reference per indicator, period and level, with how it was obtained.
create table indicator_national (
  indicator text not null,
  period smallint not null,
  level text not null,
  region_year smallint not null,
  value double precision,
  method text not null,
  published boolean not null,
  approximate boolean not null,
  regions_contributing integer,
  regions_total integer not null,
  any_missing boolean not null,
  reason text,
  funnel_model text check (funnel_model in ('poisson', 'binomial')),
  funnel_method text check (funnel_method in ('exact', 'random-effects')),
  overdispersion_phi double precision,
  previous_period smallint,
  primary key (indicator, period, level)
);

-- Per gemeente of a division year its ~15 most similar gemeenten, with the reasons in Dutch.
create table peer_group (
  year smallint not null,
  code text not null,
  features_period smallint not null,
  features_used text not null,
  note text,
  primary key (year, code)
);
create table peer (
  year smallint not null,
  code text not null,
  peer_code text not null,
  rank smallint not null,
  distance double precision not null,
  summary text not null,
  reasons jsonb not null,
  primary key (year, code, peer_code),
  foreign key (year, code) references peer_group (year, code) on delete cascade
);

-- One row: what the derived tables were computed from, so an unchanged import skips the work and
-- a new catalogue or engine version recomputes it. `version` changes with every derivation and
-- is part of the ETag of every statistics response.
create table statistics_derivation (
  id boolean primary key default true check (id),
  input_hash text not null,
  version text not null,
  derived_at timestamptz not null,
  indicator_values integer not null,
  milliseconds integer not null
);
