-- SPDX-License-Identifier: EUPL-1.2
-- Regions per division year: codes and boundaries change with herindelingen, so a region is
-- (year, code). Levels: land NL00, provincie PVxx, veiligheidsregio VRxx, politie-eenheid
-- PE-<NAME> (no published code; derived from the Politie name), gemeente GMxxxx, wijk WKxxxxxx,
-- buurt BUxxxxxxxx. The grouping columns repeat every ancestor on each row so "all buurten of a
-- gemeente" or "all gemeenten of a veiligheidsregio" is one indexed filter. parent_code has no
-- foreign key: the importer writes parents before children in the same transaction, and the
-- self-referencing check made a full import on PGlite about ten seconds slower.
create table region (
  year smallint not null check (year between 1900 and 2200),
  code text not null check (
    code ~ '^(NL00|PV[0-9]{2}|VR[0-9]{2}|PE-[A-Z0-9]+(-[A-Z0-9]+)*|GM[0-9]{4}|WK[0-9]{4}[0-9A-Z]{2}|BU[0-9]{4}[0-9A-Z]{4})$'
  ),
  level text not null check (
    level in ('land', 'provincie', 'veiligheidsregio', 'politie-eenheid', 'gemeente', 'wijk', 'buurt')
  ),
  name text not null check (length(name) between 1 and 200),
  parent_code text,
  gemeente_code text,
  province_code text,
  safety_region_code text,
  police_unit_code text,
  area_land_ha double precision check (area_land_ha >= 0),
  area_water_ha double precision check (area_water_ha >= 0),
  primary key (year, code)
);
create index region_level_idx on region (level, year);
create index region_parent_idx on region (year, parent_code);

-- Which levels exist per year, and whether a year's list is complete: the time series name only
-- the historical gemeenten that still existed in 2024, so national sums of those years are not.
create table region_division (
  year smallint not null,
  level text not null,
  region_count integer not null check (region_count >= 0),
  complete boolean not null,
  note text,
  primary key (year, level)
);

-- Herindelingen between division years, used to harmonise series to the newest division: a
-- changed gemeente lists all its predecessors, itself included when it kept its code.
create table region_succession (
  from_year smallint not null,
  from_code text not null,
  to_year smallint not null,
  to_code text not null check (to_year > from_year),
  primary key (from_year, from_code, to_year, to_code),
  foreign key (from_year, from_code) references region (year, code),
  foreign key (to_year, to_code) references region (year, code)
);
