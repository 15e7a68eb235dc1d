-- SPDX-License-Identifier: EUPL-1.2
-- Statistics packages from the pipeline (pipeline/, `weerbaar stats import`): one row per
-- imported package with its provenance. `synthetic` marks synthetic demonstration data; every
-- view of these numbers must show "synthetische demonstratiedata" when it is true, and the
-- importer refuses to mix synthetic and real packages. The full manifest (definitions,
-- disclosure rules and parameters, input row counts, software version) is kept as sent.
create table statistic_package (
  id integer generated always as identity primary key,
  name text not null,
  period text not null check (period ~ '^[0-9]{4}$'),
  synthetic boolean not null,
  software_version text not null,
  manifest_sha256 text not null unique check (manifest_sha256 ~ '^[0-9a-f]{64}$'),
  values_sha256 text not null check (values_sha256 ~ '^[0-9a-f]{64}$'),
  manifest jsonb not null,
  rows integer not null check (rows >= 0),
  imported_at timestamptz not null
);

-- The disclosure-controlled values of a package, as verified at import. A suppressed value has
-- no numbers, only its reason and the coarser region that carries it. breakdown is '' for a
-- region total, else an SBI division or an offence gemeente code.
create table package_value (
  package_id integer not null references statistic_package (id) on delete cascade,
  indicator text not null check (indicator ~ '^[a-z0-9-]+$'),
  period text not null,
  level text not null check (level in ('land', 'gemeente', 'wijk', 'buurt')),
  region_code text not null,
  breakdown text not null default '',
  value double precision,
  numerator double precision,
  denominator double precision,
  status text not null check (status in ('exact', 'rounded', 'suppressed')),
  reason text check (reason in ('min-count', 'dominance', 'secondary')),
  carried_by text,
  primary key (indicator, period, region_code, breakdown),
  check ((value is null) = (status = 'suppressed')),
  check ((reason is null) = (status <> 'suppressed'))
);
create index package_value_package_idx on package_value (package_id);
