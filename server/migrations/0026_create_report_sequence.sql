-- SPDX-License-Identifier: EUPL-1.2
-- The last reference number per organisation and year (M-2026-0042): one row updated in place,
-- so numbering stays O(1) and gap-free however many cases exist.
create table report_sequence (
  organisation_id uuid not null references organisation (id),
  year integer not null,
  last_number integer not null,
  primary key (organisation_id, year)
);
