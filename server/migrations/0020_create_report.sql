-- SPDX-License-Identifier: EUPL-1.2
-- Meldpunt cases. Only what the workflow, the access rules and the figures need is in plain
-- columns; free text, identities, addresses and perpetrator data are sealed (AES-256-GCM) with
-- the case's own data key, which is stored wrapped by the master key (`key_wrapped`).
create table report (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisation (id),
  reference text not null check (reference ~ '^M-[0-9]{4}-[0-9]{4,}$'),
  reporter_user_id uuid not null references app_user (id),
  on_behalf boolean not null,
  category text not null,
  channel text not null,
  target_role text not null,
  line text not null check (line in ('raad', 'college')),
  confidentiality text not null check (confidentiality in ('line', 'vertrouwenspersoon')),
  workflow text not null check (workflow in ('stappenplan', 'integriteit')),
  status text not null,
  occurred_at timestamptz,
  same_day_aftercare boolean not null default false,
  police_now boolean not null default false,
  threat_assessment boolean not null default false,
  severity text check (severity in ('laag', 'middel', 'hoog')),
  aangifte_filed boolean not null default false,
  assignee_user_id uuid references app_user (id),
  step_entered_at timestamptz not null,
  due_at timestamptz,
  registered_at timestamptz,
  acknowledged_at timestamptz,
  first_contact_at timestamptz,
  closed_at timestamptz,
  key_wrapped text not null,
  content_sealed text not null,
  perpetrator_sealed text,
  version integer not null default 1,
  created_at timestamptz not null,
  updated_at timestamptz not null,
  unique (organisation_id, reference)
);
create index report_organisation_status_idx on report (organisation_id, status);
create index report_reporter_idx on report (reporter_user_id);
create index report_assignee_idx on report (assignee_user_id);
create index report_due_idx on report (due_at) where due_at is not null;
