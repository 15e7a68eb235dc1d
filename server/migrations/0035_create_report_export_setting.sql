-- SPDX-License-Identifier: EUPL-1.2
-- Whether an organisation shares its meldpunt figures (suppressed aggregates in the categories of
-- the Monitor Integriteit & Veiligheid) with the ministerie. Off unless a beheerder turns it on;
-- every change is audited. No row means off.
create table report_export_setting (
  organisation_id uuid primary key references organisation (id),
  miv_opt_in boolean not null,
  changed_by uuid references app_user (id),
  changed_at timestamptz not null
);
