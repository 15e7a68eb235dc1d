-- SPDX-License-Identifier: EUPL-1.2
-- Single-use tokens e-mailed for password reset and invitations; only their hash is stored.
create table one_time_token (
  token_hash text primary key,
  user_id uuid not null references app_user (id),
  purpose text not null check (purpose in ('password-reset', 'invitation')),
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  used_at timestamptz
);
create index one_time_token_user_idx on one_time_token (user_id);
