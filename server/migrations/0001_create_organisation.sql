-- SPDX-License-Identifier: EUPL-1.2
-- Organisations: ministerie, provincie, RIEC, gemeente, waterschap. `code` is the CBS code where
-- one exists (GM0363, PV27); other organisations get a readable code (RIEC-AMSTERDAM-AMSTELLAND).
create table organisation (
  id uuid primary key default gen_random_uuid(),
  code text not null unique check (code ~ '^[A-Z0-9][A-Z0-9-]{1,63}$'),
  type text not null check (type in ('ministerie', 'provincie', 'riec', 'gemeente', 'waterschap')),
  name text not null check (length(name) between 1 and 200),
  -- A gemeente lies in a provincie and in an RIEC region.
  province_id uuid references organisation (id),
  riec_id uuid references organisation (id),
  created_at timestamptz not null default now()
);
create index organisation_province_idx on organisation (province_id);
create index organisation_riec_idx on organisation (riec_id);
