-- SPDX-License-Identifier: EUPL-1.2
-- One-time recovery codes for a lost second factor, stored as hashes.
create table recovery_code (
  code_hash text primary key,
  user_id uuid not null references app_user (id),
  used_at timestamptz
);
create index recovery_code_user_idx on recovery_code (user_id);
