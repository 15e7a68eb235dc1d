// SPDX-License-Identifier: EUPL-1.2
import type {
  Confidentiality,
  ReportCategory,
  ReportChannel,
  ReportLine,
  TargetRole,
} from '../../../common/workflow/taxonomy';
import type { RecordKind, ReportStatus, WorkflowId } from '../../../common/workflow/template';
import { appendEventCtes, type AuditEventInput } from '../audit/service';
import type { Queryable } from '../platform/db';
import { SqlParams } from '../platform/sql-params';
import {
  updateVersioned as updateVersionedRow,
  yearlyNumberSql,
  yearlyReferenceSql,
} from '../platform/versioned-rows';

/** A case as stored, with what the policy and presenters need joined in. */
export interface ReportRow {
  id: string;
  organisation_id: string;
  organisation_code: string;
  organisation_name: string;
  organisation_address: string | null;
  reference: string;
  /** The reporter's user id (and audit alias), sealed with the case key: see reporter.ts. */
  reporter_sealed: string;
  /** Blind index of the reporter's user id, for "my reports" without revealing who reported. */
  reporter_index: string;
  on_behalf: boolean;
  category: ReportCategory;
  channel: ReportChannel;
  target_role: TargetRole;
  line: ReportLine;
  confidentiality: Confidentiality;
  workflow: WorkflowId;
  status: ReportStatus;
  occurred_at: Date | null;
  same_day_aftercare: boolean;
  police_now: boolean;
  threat_assessment: boolean;
  aangifte_filed: boolean;
  assignee_user_id: string | null;
  assignee_name: string | null;
  step_entered_at: Date;
  due_at: Date | null;
  registered_at: Date | null;
  acknowledged_at: Date | null;
  first_contact_at: Date | null;
  closed_at: Date | null;
  key_wrapped: string;
  content_sealed: string;
  perpetrator_sealed: string | null;
  version: number;
  created_at: Date;
  grants: { userId: string; breakGlass: boolean; expiresAt: string | null }[] | string;
}

const reportSelect = `select r.*, o.code as organisation_code, o.name as organisation_name,
    o.address as organisation_address, au.name as assignee_name,
    coalesce((select json_agg(json_build_object('userId', g.user_id, 'breakGlass', g.break_glass,
      'expiresAt', g.expires_at)) from report_grant g where g.report_id = r.id), '[]') as grants
  from report r join organisation o on o.id = r.organisation_id
  left join app_user au on au.id = r.assignee_user_id`;

export async function findReport(db: Queryable, id: string): Promise<ReportRow | null> {
  const [row] = await db.query<ReportRow>(`${reportSelect} where r.id = $1`, [id]);
  return row ?? null;
}

/** Cases that may concern the user: in one of their organisations, or filed by them (by blind index). */
export async function listCandidates(
  db: Queryable,
  reporterIndexes: readonly string[],
  organisationIds: readonly string[],
): Promise<ReportRow[]> {
  return db.query<ReportRow>(
    `${reportSelect} where r.organisation_id = any($1::uuid[]) or r.reporter_index = any($2::text[])
      order by r.created_at desc limit 500`,
    [organisationIds, [...reporterIndexes]],
  );
}

/** A user's display name (the reporter's, after the sealed id was opened for a viewer who may see it). */
export async function userName(db: Queryable, userId: string): Promise<string | null> {
  const [row] = await db.query<{ name: string }>('select name from app_user where id = $1', [
    userId,
  ]);
  return row?.name ?? null;
}

export interface NewReport {
  organisationId: string;
  reporterSealed: string;
  reporterIndex: string;
  onBehalf: boolean;
  category: ReportCategory;
  channel: ReportChannel;
  targetRole: TargetRole;
  line: ReportLine;
  confidentiality: Confidentiality;
  workflow: WorkflowId;
  status: ReportStatus;
  occurredAt: string | null;
  dueAt: Date | null;
  registeredAt: Date | null;
  keyWrapped: string;
  contentSealed: string;
  perpetratorSealed: string | null;
  /** The first entry of the case history, by the reporter (`submitted` or `draft`). */
  firstEventKind: string;
  now: Date;
}

/**
 * Files a new case in one statement: the organisation's next reference (M-2026-0042), the case,
 * the first entry of its history and the audit event that records it. A single statement is its
 * own transaction with no round trip to the app between its parts, so the per-organisation
 * counter and the audit head, which every intake needs, stay locked only while PostgreSQL runs
 * it and commits. With one statement per part they stayed locked across every round trip, and
 * intakes queued behind each other (bench/intake.bench.ts). The counter is locked before the
 * head, the order every other writer keeps too (the audit event comes last).
 */
export async function fileReport(
  db: Queryable,
  r: NewReport,
  audit: AuditEventInput,
): Promise<{ id: string; reference: string }> {
  const p = new SqlParams();
  const organisation = p.add(r.organisationId, 'uuid');
  const year = p.add(r.now.getUTCFullYear(), 'int');
  const now = p.add(r.now, 'timestamptz');
  const [row] = await db.query<{ id: string; reference: string }>(
    `with next_number as (${yearlyNumberSql('report_sequence', organisation, year)}),
    new_report as (
      insert into report (organisation_id, reference, reporter_sealed, reporter_index, on_behalf,
        category, channel, target_role, line, confidentiality, workflow, status, occurred_at,
        step_entered_at, due_at, registered_at, key_wrapped, content_sealed, perpetrator_sealed,
        created_at, updated_at)
      select ${organisation}, ${yearlyReferenceSql('M', year, 'last_number')},
        ${p.add(r.reporterSealed, 'text')}, ${p.add(r.reporterIndex, 'text')},
        ${p.add(r.onBehalf, 'boolean')}, ${p.add(r.category, 'text')}, ${p.add(r.channel, 'text')},
        ${p.add(r.targetRole, 'text')}, ${p.add(r.line, 'text')},
        ${p.add(r.confidentiality, 'text')}, ${p.add(r.workflow, 'text')},
        ${p.add(r.status, 'text')}, ${p.add(r.occurredAt, 'timestamptz')}, ${now},
        ${p.add(r.dueAt, 'timestamptz')}, ${p.add(r.registeredAt, 'timestamptz')},
        ${p.add(r.keyWrapped, 'text')}, ${p.add(r.contentSealed, 'text')},
        ${p.add(r.perpetratorSealed, 'text')}, ${now}, ${now}
        from next_number
      returning id, reference),
    first_event as (
      insert into report_event (report_id, occurred_at, actor_user_id, kind, from_status, to_status,
        detail_sealed, visible_to_reporter, by_reporter)
      select id, ${now}, null, ${p.add(r.firstEventKind, 'text')}, null, ${p.add(r.status, 'text')},
        null, true, true from new_report),
    ${appendEventCtes(audit, p, 'new_report')}
    select id, reference from new_report`,
    p.values,
  );
  if (!row) throw new Error('report not inserted');
  return row;
}

/**
 * Applies a change only when the stored version is the one the client saw (optimistic
 * locking); returns false when someone else changed the case first.
 */
export function updateVersioned(
  tx: Queryable,
  id: string,
  version: number,
  set: Record<string, unknown>,
  now: Date,
): Promise<boolean> {
  return updateVersionedRow(tx, 'report', id, version, set, now);
}

export async function upsertRecord(
  tx: Queryable,
  reportId: string,
  kind: RecordKind,
  sealed: string,
  userId: string,
  now: Date,
): Promise<void> {
  await tx.query(
    `insert into report_record (report_id, kind, data_sealed, updated_by, updated_at) values ($1, $2, $3, $4, $5)
     on conflict (report_id, kind) do update set data_sealed = excluded.data_sealed,
       updated_by = excluded.updated_by, updated_at = excluded.updated_at`,
    [reportId, kind, sealed, userId, now],
  );
}

export async function listRecords(
  db: Queryable,
  reportId: string,
): Promise<{ kind: RecordKind; data_sealed: string }[]> {
  return db.query('select kind, data_sealed from report_record where report_id = $1', [reportId]);
}

export interface NewEvent {
  reportId: string;
  /** The handler who acted; for the reporter's own steps use `byReporter` (no account id is stored). */
  actorUserId: string | null;
  byReporter?: boolean;
  kind: string;
  from?: ReportStatus | null;
  to?: ReportStatus | null;
  detailSealed?: string | null;
  visibleToReporter: boolean;
  now: Date;
}

export async function insertEvent(tx: Queryable, e: NewEvent): Promise<void> {
  await tx.query(
    `insert into report_event (report_id, occurred_at, actor_user_id, kind, from_status, to_status, detail_sealed, visible_to_reporter, by_reporter)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      e.reportId,
      e.now,
      e.byReporter ? null : e.actorUserId,
      e.kind,
      e.from ?? null,
      e.to ?? null,
      e.detailSealed ?? null,
      e.visibleToReporter,
      e.byReporter ?? false,
    ],
  );
}

export interface EventRow {
  occurred_at: Date;
  kind: string;
  from_status: ReportStatus | null;
  to_status: ReportStatus | null;
  actor_name: string | null;
  by_reporter: boolean;
  detail_sealed: string | null;
  visible_to_reporter: boolean;
}

export async function listEvents(db: Queryable, reportId: string): Promise<EventRow[]> {
  return db.query<EventRow>(
    `select e.occurred_at, e.kind, e.from_status, e.to_status, u.name as actor_name, e.by_reporter, e.detail_sealed,
            e.visible_to_reporter
       from report_event e left join app_user u on u.id = e.actor_user_id
      where e.report_id = $1 order by e.seq`,
    [reportId],
  );
}

export async function upsertGrant(
  tx: Queryable,
  g: {
    reportId: string;
    userId: string;
    breakGlass: boolean;
    reasonSealed: string;
    grantedBy: string;
    now: Date;
    expiresAt: Date | null;
  },
): Promise<void> {
  await tx.query(
    `insert into report_grant (report_id, user_id, break_glass, reason_sealed, granted_by, granted_at, expires_at)
     values ($1, $2, $3, $4, $5, $6, $7)
     on conflict (report_id, user_id) do update set break_glass = excluded.break_glass,
       reason_sealed = excluded.reason_sealed, granted_by = excluded.granted_by,
       granted_at = excluded.granted_at, expires_at = excluded.expires_at`,
    [g.reportId, g.userId, g.breakGlass, g.reasonSealed, g.grantedBy, g.now, g.expiresAt],
  );
}

export async function linesOf(
  db: Queryable,
  userId: string,
): Promise<{ organisationId: string; line: ReportLine }[]> {
  return db.query(
    'select organisation_id as "organisationId", line from report_line_member where user_id = $1',
    [userId],
  );
}

/** Handlers and vertrouwenspersonen of an organisation, the people a case can be assigned to. */
export async function handlersOf(
  db: Queryable,
  organisationId: string,
): Promise<{ id: string; name: string; role: string }[]> {
  return db.query(
    `select u.id, u.name, m.role from membership m join app_user u on u.id = m.user_id
      where m.organisation_id = $1 and m.role in ('behandelaar', 'vertrouwenspersoon') and u.disabled_at is null
      order by u.name`,
    [organisationId],
  );
}

/**
 * Who hears of a new case: the vertrouwenspersonen for a vertrouwenspersoon-only case, otherwise
 * the behandelaars of its line (a behandelaar in no line hears of both lines).
 */
export async function lineRecipientEmails(
  db: Queryable,
  organisationId: string,
  line: ReportLine,
  confidentiality: Confidentiality,
): Promise<string[]> {
  const rows = await db.query<{ email: string }>(
    `select distinct u.email
       from membership m join app_user u on u.id = m.user_id
      where m.organisation_id = $1 and u.disabled_at is null
        and case when $3 = 'vertrouwenspersoon' then m.role = 'vertrouwenspersoon'
                 else m.role = 'behandelaar'
                   and (not exists (select 1 from report_line_member l
                                     where l.organisation_id = $1 and l.user_id = u.id)
                        or exists (select 1 from report_line_member l
                                    where l.organisation_id = $1 and l.user_id = u.id and l.line = $2))
            end
      order by u.email`,
    [organisationId, line, confidentiality],
  );
  return rows.map((r) => r.email);
}

export async function emailsOf(db: Queryable, userIds: readonly string[]): Promise<string[]> {
  if (userIds.length === 0) return [];
  const rows = await db.query<{ email: string }>(
    'select email from app_user where id = any($1::uuid[]) and disabled_at is null',
    [[...userIds]],
  );
  return rows.map((r) => r.email);
}
