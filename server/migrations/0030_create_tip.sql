-- SPDX-License-Identifier: EUPL-1.2
-- Anonymous tips (the tip channel of the meldpunt). Nothing here identifies the sender: no user,
-- no IP address, no user agent. The receipt code is stored as a SHA-256 (to find the tip) and
-- the secret as an argon2id hash (to prove it is theirs). Free text is sealed (AES-256-GCM) with
-- the tip's own data key, stored wrapped by the master key (`key_wrapped`).
create table tip (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisation (id),
  reference text not null check (reference ~ '^T-[0-9]{4}-[0-9]{4,}$'),
  category text not null,
  status text not null check (status in ('new', 'in_progress', 'forwarded', 'closed')),
  forwarded_to text check (forwarded_to in ('riec', 'politie', 'meld_misdaad_anoniem', 'other')),
  close_reason text check (
    close_reason in ('handled', 'converted_to_case', 'insufficient_information', 'no_follow_up', 'duplicate')
  ),
  receipt_hash text not null unique check (receipt_hash ~ '^[0-9a-f]{64}$'),
  secret_hash text not null,
  key_wrapped text not null,
  content_sealed text not null,
  status_note_sealed text,
  report_id uuid references report (id) on delete set null,
  awaiting_reply boolean not null default true,
  version integer not null default 1,
  created_at timestamptz not null,
  updated_at timestamptz not null,
  closed_at timestamptz,
  unique (organisation_id, reference),
  check ((status = 'closed') = (close_reason is not null and closed_at is not null))
);
create index tip_organisation_status_idx on tip (organisation_id, status);

create table tip_sequence (
  organisation_id uuid not null references organisation (id),
  year integer not null,
  last_number integer not null,
  primary key (organisation_id, year)
);
