-- SPDX-License-Identifier: EUPL-1.2
-- Links an OpenID Connect subject at an issuer to a local user.
create table oidc_identity (
  issuer text not null,
  subject text not null,
  user_id uuid not null references app_user (id),
  created_at timestamptz not null default now(),
  primary key (issuer, subject)
);
