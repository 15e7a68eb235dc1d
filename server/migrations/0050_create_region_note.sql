-- SPDX-License-Identifier: EUPL-1.2
-- Private notes of an organisation about a region, optionally about one indicator there
-- ("bekende oorzaak: nieuwbouwwijk"). Only members of that organisation read them; they never
-- appear in statistics responses or exports. The text is encrypted with the master key
-- (AES-256-GCM envelope, platform/crypto.ts), so a database copy does not reveal it.
-- region_code has no foreign key to region: regions are (year, code) and replaced by imports,
-- while a note outlives a new division year.
create table region_note (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisation (id),
  region_code text not null check (
    region_code ~ '^(NL00|PV[0-9]{2}|VR[0-9]{2}|PE-[A-Z0-9]+(-[A-Z0-9]+)*|GM[0-9]{4}|WK[0-9]{4}[0-9A-Z]{2}|BU[0-9]{4}[0-9A-Z]{4})$'
  ),
  indicator_id text check (indicator_id ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  text_enc text not null,
  -- Optimistic locking: every edit raises it; an edit based on an older version is refused.
  version integer not null default 1 check (version >= 1),
  created_by uuid references app_user (id),
  updated_by uuid references app_user (id),
  created_at timestamptz(3) not null,
  updated_at timestamptz(3) not null
);
create index region_note_lookup_idx on region_note (organisation_id, region_code, created_at);
