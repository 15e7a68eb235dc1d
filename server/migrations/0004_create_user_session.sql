-- SPDX-License-Identifier: EUPL-1.2
-- Server-side sessions. Only the SHA-256 of the cookie token is stored, so a database leak does
-- not hand out live sessions. `mfa_at` is null while the second factor is still outstanding.
create table user_session (
  id uuid primary key default gen_random_uuid(),
  token_hash text not null unique,
  user_id uuid not null references app_user (id),
  csrf_token text not null,
  method text not null check (method in ('password', 'oidc')),
  mfa_at timestamptz,
  created_at timestamptz not null default now(),
  last_seen_at timestamptz not null default now(),
  expires_at timestamptz not null,
  revoked_at timestamptz,
  -- A coarse device label ("Chrome op Linux"), never the IP address.
  device text not null default 'onbekend apparaat'
);
create index user_session_user_idx on user_session (user_id);
