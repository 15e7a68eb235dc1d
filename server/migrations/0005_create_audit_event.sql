-- SPDX-License-Identifier: EUPL-1.2
-- Append-only audit trail. Each row's hash covers its fields and the previous row's hash, so a
-- changed, removed or inserted row breaks the chain (`weerbaar audit verify`). `seq` has no gaps.
create table audit_event (
  seq bigint primary key,
  occurred_at timestamptz(3) not null,
  actor_user_id uuid,
  organisation_id uuid,
  action text not null,
  object_type text,
  object_id text,
  result text not null check (result in ('success', 'denied', 'failure')),
  origin text not null,
  prev_hash text not null,
  hash text not null
);
create index audit_event_organisation_idx on audit_event (organisation_id, seq desc);

create function audit_event_refuse_change() returns trigger language plpgsql as $$
begin
  raise exception 'audit_event is append-only: % refused', tg_op;
end;
$$;

create trigger audit_event_no_update before update or delete on audit_event
  for each row execute function audit_event_refuse_change();
create trigger audit_event_no_truncate before truncate on audit_event
  for each statement execute function audit_event_refuse_change();
