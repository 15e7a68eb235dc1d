-- SPDX-License-Identifier: EUPL-1.2
-- Comparisons of a package's values, computed at `stats import` like those of the open statistics
-- (indicator_value): the package's own national value (its NL00 row), the index against it
-- (national = 100) and, for gemeenten, the value over the gemeente's peer group (peer, same
-- division year) from the published peers only. A suppressed value gets none of them, and a
-- suppressed peer does not count: nothing is derived from a suppressed number.
alter table package_value
  add column national double precision,
  add column value_index double precision,
  add column peer_value double precision,
  add column peer_count smallint;
alter table package_value
  add constraint package_value_comparison_check
  check (status <> 'suppressed' or (national is null and value_index is null and peer_value is null));
-- A region's profile reads every package value of one region code.
create index package_value_region_idx on package_value (region_code);
