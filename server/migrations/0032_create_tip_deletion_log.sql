-- SPDX-License-Identifier: EUPL-1.2
-- Tips deleted by the retention job: what was deleted and why, without any content.
create table tip_deletion_log (
  id uuid primary key default gen_random_uuid(),
  tip_id uuid not null,
  organisation_id uuid not null references organisation (id),
  reference text not null,
  category text not null,
  status text not null,
  close_reason text,
  reason text not null check (reason in ('retention', 'stale')),
  closed_at timestamptz,
  deleted_at timestamptz not null
);
create index tip_deletion_log_organisation_idx on tip_deletion_log (organisation_id, deleted_at);
