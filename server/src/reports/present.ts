// SPDX-License-Identifier: EUPL-1.2
import { z } from 'zod';

import { recordsSchema, type ReportRecords } from '../../../common/contracts/report-records';
import {
  perpetratorSchema,
  reportContentSchema,
  type ReportAccess,
  type ReportDetail,
  type ReportMessage,
  type ReportSummary,
} from '../../../common/contracts/reports';
import { isOverdue } from '../../../common/workflow/state-machine';

import { unseal, type CaseKey } from './case-keys';
import type { MessageRow } from './message-store';
import { seesIdentity, seesPerpetrator, type ReportSubject } from './policy';
import type { EventRow, ReportRow } from './store';

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

/** Only these fields of a case leave the server in a list; no content, no identities. */
export function presentSummary(row: ReportRow, access: ReportAccess, now: Date): ReportSummary {
  const due = row.due_at ? new Date(row.due_at) : null;
  return {
    id: row.id,
    reference: row.reference,
    organisation: { code: row.organisation_code, name: row.organisation_name },
    status: row.status,
    workflow: row.workflow,
    category: row.category,
    channel: row.channel,
    targetRole: row.target_role,
    line: row.line,
    confidentiality: row.confidentiality,
    flags: {
      sameDayAftercare: row.same_day_aftercare,
      policeNow: row.police_now,
      threatAssessment: row.threat_assessment,
    },
    createdAt: new Date(row.created_at).toISOString(),
    registeredAt: iso(row.registered_at),
    closedAt: iso(row.closed_at),
    dueAt: iso(due),
    overdue: row.status !== 'closed' && isOverdue(due, now),
    assignee:
      row.assignee_user_id && row.assignee_name && access !== 'reporter'
        ? { id: row.assignee_user_id, name: row.assignee_name }
        : null,
    access,
    version: row.version,
  };
}

export const sealedContentSchema = z.object({
  content: reportContentSchema,
  onBehalfOf: z.object({ name: z.string(), contact: z.string().optional() }).nullable(),
});
export type SealedContent = z.infer<typeof sealedContentSchema>;

export interface DetailParts {
  row: ReportRow;
  subject: ReportSubject;
  /** The opened reporter with their name, only when the viewer may see identities. */
  reporter: { id: string; name: string } | null;
  access: ReportAccess;
  caseKey: CaseKey;
  records: { kind: string; data_sealed: string }[];
  events: EventRow[];
  handlers: { id: string; name: string }[];
  now: Date;
  extras: Pick<
    ReportDetail,
    'abilities' | 'allowedTransitions' | 'missingRecords' | 'warnings' | 'progress' | 'stepRecords'
  >;
}

/**
 * The one place where a case's confidential fields are opened for a viewer: identities only
 * for those who may see them, perpetrator data and working records only for those working the
 * case, and to the reporter only the outcome and the history meant for them.
 */
export function presentDetail(parts: DetailParts): ReportDetail {
  const { row, access, caseKey, subject } = parts;
  const sealed = sealedContentSchema.parse(unseal(caseKey, row.content_sealed));
  const identity = seesIdentity(access, subject);
  const working = seesPerpetrator(access);
  const content = identity ? sealed.content : { ...sealed.content, homeAddress: undefined };
  const records = openRecords(parts.records, caseKey);
  return {
    ...presentSummary(row, access, parts.now),
    reporter: identity ? parts.reporter : null,
    onBehalfOf: identity ? sealed.onBehalfOf : null,
    occurredAt: iso(row.occurred_at),
    content,
    perpetrator:
      working && row.perpetrator_sealed
        ? perpetratorSchema.parse(unseal(caseKey, row.perpetrator_sealed))
        : null,
    records: working
      ? records
      : records.outcome
        ? { outcome: { summary: records.outcome.summary } }
        : {},
    history: parts.events
      .filter((e) => working || e.visible_to_reporter)
      .map((e) => ({
        at: new Date(e.occurred_at).toISOString(),
        kind: e.kind,
        from: e.from_status,
        to: e.to_status,
        actor: e.by_reporter
          ? identity
            ? (parts.reporter?.name ?? 'Melder')
            : 'Melder'
          : e.actor_name,
        detail: working && e.detail_sealed ? String(unseal(caseKey, e.detail_sealed)) : null,
      })),
    handlers: working ? parts.handlers : [],
    organisationAddress: working ? row.organisation_address : null,
    ...parts.extras,
  };
}

export function openRecords(
  rows: { kind: string; data_sealed: string }[],
  caseKey: CaseKey,
): ReportRecords {
  const entries = rows.map((r) => [r.kind, unseal(caseKey, r.data_sealed)]);
  return recordsSchema.parse(Object.fromEntries(entries));
}

/** A message; the reporter's own are signed with `reporterName` ("Melder" when hidden from the viewer). */
export function presentMessage(
  row: MessageRow,
  caseKey: CaseKey,
  reporterName: string,
): ReportMessage {
  return {
    id: row.id,
    author: row.from_reporter ? reporterName : (row.author_name ?? 'Onbekend'),
    fromReporter: row.from_reporter,
    body: String(unseal(caseKey, row.body_sealed)),
    createdAt: new Date(row.created_at).toISOString(),
  };
}
