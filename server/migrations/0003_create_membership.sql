-- SPDX-License-Identifier: EUPL-1.2
-- A user's role in an organisation; one user may hold several.
create table membership (
  user_id uuid not null references app_user (id),
  organisation_id uuid not null references organisation (id),
  role text not null check (role in ('beheerder', 'analist', 'melder', 'behandelaar', 'vertrouwenspersoon',
    'bestuurder', 'provincie-adviseur', 'riec-analist', 'ministerie')),
  created_at timestamptz not null default now(),
  primary key (user_id, organisation_id, role)
);
create index membership_organisation_idx on membership (organisation_id);
