-- SPDX-License-Identifier: EUPL-1.2
-- Provenance of every imported file: what it is, who publishes it under which licence, and the
-- SHA-256 of the bytes imported. An unchanged file (same hash, same mapping) is skipped on the
-- next import, which keeps a repeated import cheap and leaves imported_at alone.
create table statistic_source (
  id integer generated always as identity primary key,
  -- Path relative to the data folder, e.g. kwb/kwb_2024_gemeente_wijk.csv.
  file text not null unique check (file ~ '^[a-z0-9_]+(/[A-Za-z0-9_.-]+)+$'),
  kind text not null check (kind in ('observations', 'regions', 'geometry')),
  title text not null,
  table_id text,
  publisher text not null,
  licence text not null,
  periods text[] not null,
  sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
  -- Hash of the catalogue entry the file was read with; a changed mapping forces a re-read.
  mapping_hash text not null,
  rows integer not null check (rows >= 0),
  skipped_rows integer not null default 0 check (skipped_rows >= 0),
  skipped_reason text,
  imported_at timestamptz not null
);
