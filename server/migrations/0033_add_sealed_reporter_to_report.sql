-- SPDX-License-Identifier: EUPL-1.2
-- The reporter of a case leaves the plain columns: who reported is sealed with the case's data
-- key (`reporter_sealed`, with a random alias the audit trail uses for the reporter's own actions)
-- and found again through a blind index (`reporter_index`: HMAC of the user id under a key derived
-- from the master key, tagged with that key's id). Filling them needs the master key, so the
-- server does it between this migration and 0034 (reports/reporter.ts#sealLegacyReporters).
alter table report add column reporter_sealed text;
alter table report add column reporter_index text;

-- The history and messages no longer name the reporter's account: a flag says the reporter acted.
alter table report_event add column by_reporter boolean not null default false;
update report_event e set by_reporter = true, actor_user_id = null
  from report r where r.id = e.report_id and e.actor_user_id = r.reporter_user_id;

alter table report_message alter column author_user_id drop not null;
update report_message set author_user_id = null where from_reporter;

alter table report_attachment alter column uploaded_by drop not null;
alter table report_attachment add column by_reporter boolean not null default false;
update report_attachment a set by_reporter = true, uploaded_by = null
  from report r where r.id = a.report_id and a.uploaded_by = r.reporter_user_id;
