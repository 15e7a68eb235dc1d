-- SPDX-License-Identifier: EUPL-1.2
-- The anonymous two-way conversation of a tip, and its files. Bodies and file names are sealed
-- with the tip's data key; files are encrypted under WEERBAAR_VAR_DIR/files with a random name.
create table tip_message (
  id uuid primary key default gen_random_uuid(),
  tip_id uuid not null references tip (id) on delete cascade,
  from_tipper boolean not null,
  author_user_id uuid references app_user (id),
  body_sealed text not null,
  created_at timestamptz not null,
  check (from_tipper = (author_user_id is null))
);
create index tip_message_tip_idx on tip_message (tip_id, created_at);

create table tip_attachment (
  id uuid primary key default gen_random_uuid(),
  tip_id uuid not null references tip (id) on delete cascade,
  file_name_sealed text not null,
  media_type text not null check (media_type in ('image/png', 'image/jpeg', 'application/pdf')),
  size_bytes integer not null check (size_bytes > 0),
  sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
  storage_name text not null unique check (storage_name ~ '^[0-9a-f]{32}$'),
  created_at timestamptz not null
);
create index tip_attachment_tip_idx on tip_attachment (tip_id);
