-- SPDX-License-Identifier: EUPL-1.2
-- Demo mode only: the generated demo passwords and TOTP secrets, so the sign-in page can show
-- them. Never filled in production (the server refuses demo mode there).
create table demo_account (
  user_id uuid primary key references app_user (id),
  password text not null,
  totp_secret text,
  role text not null,
  organisation_code text not null,
  sort_order integer not null
);
