-- SPDX-License-Identifier: EUPL-1.2
-- Evidence attached to a case (images, PDF). The file itself is encrypted with the case's data key
-- under WEERBAAR_VAR_DIR/files with a random name; the original file name is sealed too. The
-- SHA-256 of the original bytes is recorded at intake as proof of integrity.
create table report_attachment (
  id uuid primary key default gen_random_uuid(),
  report_id uuid not null references report (id) on delete cascade,
  file_name_sealed text not null,
  media_type text not null check (media_type in ('image/png', 'image/jpeg', 'application/pdf')),
  size_bytes integer not null check (size_bytes > 0),
  sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
  storage_name text not null unique check (storage_name ~ '^[0-9a-f]{32}$'),
  uploaded_by uuid not null references app_user (id),
  created_at timestamptz not null
);
create index report_attachment_report_idx on report_attachment (report_id, created_at);
