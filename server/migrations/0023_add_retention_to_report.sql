-- SPDX-License-Identifier: EUPL-1.2
-- Retention: contact data anonymised and perpetrator data erased some months after closure, the
-- case deleted after its term, never while prosecution runs (legal hold). What was deleted is
-- kept in a deletion log without content.
alter table report add column legal_hold boolean not null default false;
alter table report add column anonymised_at timestamptz;
alter table report add column perpetrator_erased_at timestamptz;
create index report_closed_idx on report (closed_at) where closed_at is not null;

create table report_deletion_log (
  id uuid primary key default gen_random_uuid(),
  report_id uuid not null,
  organisation_id uuid not null references organisation (id),
  reference text not null,
  category text not null,
  status text not null,
  reason text not null check (reason in ('retention', 'draft-expired')),
  closed_at timestamptz,
  deleted_at timestamptz not null
);
create index report_deletion_log_organisation_idx on report_deletion_log (organisation_id, deleted_at);
