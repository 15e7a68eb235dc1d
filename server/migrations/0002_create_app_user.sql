-- SPDX-License-Identifier: EUPL-1.2
-- People who sign in. E-mail is unique case-insensitively. The TOTP secret is stored encrypted
-- with the master key (AES-256-GCM), never in plain text.
create table app_user (
  id uuid primary key default gen_random_uuid(),
  email text not null,
  name text not null check (length(name) between 1 and 200),
  password_hash text,
  password_changed_at timestamptz,
  totp_secret_enc text,
  totp_pending_enc text,
  totp_enabled_at timestamptz,
  -- Highest TOTP time step accepted so far: a code from this step or earlier is a replay.
  totp_last_step bigint not null default 0,
  failed_logins integer not null default 0,
  locked_until timestamptz,
  disabled_at timestamptz,
  created_at timestamptz not null default now()
);
create unique index app_user_email_idx on app_user (lower(email));
