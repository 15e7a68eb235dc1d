-- SPDX-License-Identifier: EUPL-1.2
-- What belongs to a case: the records its steps require (triage, nazorg, aangifte, measures,
-- outcome), its history, messages between reporter and handler, and explicit access grants.
-- Every free-text or personal value is sealed with the case's data key.
create table report_record (
  report_id uuid not null references report (id) on delete cascade,
  kind text not null check (kind in ('triage', 'aftercare', 'assessment', 'aangifte', 'measures', 'outcome')),
  data_sealed text not null,
  updated_by uuid not null references app_user (id),
  updated_at timestamptz not null,
  primary key (report_id, kind)
);

create table report_event (
  id uuid primary key default gen_random_uuid(),
  -- Insertion order: several events may share one timestamp.
  seq bigint generated always as identity,
  report_id uuid not null references report (id) on delete cascade,
  occurred_at timestamptz not null,
  actor_user_id uuid references app_user (id),
  kind text not null,
  from_status text,
  to_status text,
  -- A reason or note may name people: sealed like the rest of the case.
  detail_sealed text,
  visible_to_reporter boolean not null default false
);
create index report_event_report_idx on report_event (report_id, occurred_at);

create table report_message (
  id uuid primary key default gen_random_uuid(),
  seq bigint generated always as identity,
  report_id uuid not null references report (id) on delete cascade,
  author_user_id uuid not null references app_user (id),
  from_reporter boolean not null,
  body_sealed text not null,
  created_at timestamptz not null
);
create index report_message_report_idx on report_message (report_id, created_at);

-- Need-to-know beyond reporter, line and assignee: a person explicitly let in, or break-glass.
create table report_grant (
  report_id uuid not null references report (id) on delete cascade,
  user_id uuid not null references app_user (id),
  break_glass boolean not null,
  reason_sealed text not null,
  granted_by uuid not null references app_user (id),
  granted_at timestamptz not null,
  expires_at timestamptz,
  primary key (report_id, user_id)
);

-- Which handlers work in the raad line and which in the college line. A behandelaar without any
-- row here handles both lines (a small organisation with one coordinator).
create table report_line_member (
  organisation_id uuid not null references organisation (id),
  user_id uuid not null references app_user (id),
  line text not null check (line in ('raad', 'college')),
  primary key (organisation_id, user_id, line)
);
