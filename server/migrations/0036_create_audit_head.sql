-- SPDX-License-Identifier: EUPL-1.2
-- The head of the audit chain in one row: the last `seq`, its hash and the hash before it.
-- Appending an event updates this row in the same statement that inserts the event
-- (server/src/audit/service.ts). UPDATE waits for a concurrent writer's commit and then reads
-- the newest head, so every event is chained to its true predecessor without an advisory lock
-- taken in a separate round trip; the row lock is held only for that statement and the commit.
-- `audit verify` also compares the head with the last row, so a removed tail is detected.
create table audit_head (
  singleton boolean primary key default true check (singleton),
  seq bigint not null,
  prev_hash text not null,
  hash text not null
);

insert into audit_head (seq, prev_hash, hash)
select coalesce(last.seq, 0), coalesce(last.prev_hash, repeat('0', 64)), coalesce(last.hash, repeat('0', 64))
  from (select 1) one
  left join (select seq, prev_hash, hash from audit_event order by seq desc limit 1) last on true;

create function audit_head_refuse_removal() returns trigger language plpgsql as $$
begin
  raise exception 'audit_head holds the chain''s head: % refused', tg_op;
end;
$$;

create trigger audit_head_no_delete before delete on audit_head
  for each row execute function audit_head_refuse_removal();
create trigger audit_head_no_truncate before truncate on audit_head
  for each statement execute function audit_head_refuse_removal();
