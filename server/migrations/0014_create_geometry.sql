-- SPDX-License-Identifier: EUPL-1.2
-- Simplified TopoJSON per level and year, served as is at GET /api/v1/geo/{level}/{year}. Kept
-- in the database rather than as files so every app instance serves the same bytes and the
-- import stays all-or-nothing; gzip and brotli are computed once at import, never per request.
create table geometry (
  level text not null,
  year smallint not null,
  topojson text not null,
  -- Strong validator of the uncompressed bytes (quoted, as sent in ETag).
  etag text not null,
  sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
  gzip bytea not null,
  brotli bytea not null,
  feature_count integer not null check (feature_count >= 0),
  source_id integer not null references statistic_source (id),
  primary key (level, year)
);
