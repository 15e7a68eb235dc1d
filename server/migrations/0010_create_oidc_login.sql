-- SPDX-License-Identifier: EUPL-1.2
-- Single sign-on logins between /oidc/start and /oidc/callback. Only the SHA-256 of the state is
-- stored; nonce and PKCE verifier are derived from the state with the master key, so this table
-- holds nothing that completes a login. Rows are single-use and expire after ten minutes.
create table oidc_login (
  state_hash text primary key,
  created_at timestamptz not null,
  expires_at timestamptz not null
);
create index oidc_login_expires_idx on oidc_login (expires_at);
