-- SPDX-License-Identifier: EUPL-1.2
-- Completes 0033: every case now has its sealed reporter and blind index, so the plain column
-- goes. Without the master key the server cannot seal existing rows; the migration then stops
-- here (and changes nothing) until `weerbaar migrate` runs with WEERBAAR_MASTER_KEY.
-- Dropping a column leaves its old values in unvacuumed pages: run VACUUM FULL report afterwards
-- on a server that held cases before this migration (see docs/adr/0008-master-key-rotation-and-sealed-reporter.md).
do $$
begin
  if exists (select 1 from report where reporter_sealed is null or reporter_index is null) then
    raise exception 'Migratie 0034 heeft de hoofdsleutel nodig om melders te versleutelen: voer weerbaar migrate uit met WEERBAAR_MASTER_KEY';
  end if;
end
$$;
drop index report_reporter_idx;
alter table report drop column reporter_user_id;
alter table report alter column reporter_sealed set not null;
alter table report alter column reporter_index set not null;
create index report_reporter_index_idx on report (reporter_index);
