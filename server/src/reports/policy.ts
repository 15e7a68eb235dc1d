// SPDX-License-Identifier: EUPL-1.2
import type { OrganisationType, Role } from '../../../common/accounts/roles';
import type { ReportAccess } from '../../../common/contracts/reports';
import { reportingOrganisationTypes, reportingRoles } from '../../../common/workflow/reporting';
import type { Confidentiality, ReportLine } from '../../../common/workflow/taxonomy';
import type { ReportStatus } from '../../../common/workflow/template';

/** The person acting: memberships, and the lines they handle per organisation. */
export interface ReportActor {
  userId: string;
  memberships: readonly {
    organisationId: string;
    organisationType: OrganisationType;
    role: Role;
  }[];
  /** Rows of report_line_member for this user; none in an organisation means both lines. */
  lines: readonly { organisationId: string; line: ReportLine }[];
}

/** What the policy needs to know about a case. */
export interface ReportSubject {
  organisationId: string;
  /** Null when the caller does not know the (sealed) reporter and it is not the actor. */
  reporterUserId: string | null;
  assigneeUserId: string | null;
  line: ReportLine;
  confidentiality: Confidentiality;
  status: ReportStatus;
  grants: readonly { userId: string; breakGlass: boolean; expiresAt: Date | null }[];
}

export const reportActions = [
  'report.view',
  'report.editDraft',
  'report.transition',
  'report.assign',
  'report.record',
  'report.message',
  'report.breakGlass',
  'report.grant',
] as const;
export type ReportAction = (typeof reportActions)[number];

const hasRole = (actor: ReportActor, organisationId: string, role: Role) =>
  actor.memberships.some((m) => m.organisationId === organisationId && m.role === role);

/** A behandelaar who works in the case's line (or in both lines when none is set). */
export function handlesLine(actor: ReportActor, organisationId: string, line: ReportLine): boolean {
  if (!hasRole(actor, organisationId, 'behandelaar')) return false;
  const own = actor.lines.filter((l) => l.organisationId === organisationId);
  return own.length === 0 || own.some((l) => l.line === line);
}

/** May this actor file a report in this organisation? */
export function canReportIn(
  actor: ReportActor,
  organisation: { id: string; type: OrganisationType },
): boolean {
  return (
    reportingOrganisationTypes.includes(organisation.type) &&
    reportingRoles.some((role) => hasRole(actor, organisation.id, role))
  );
}

/**
 * How the actor reaches the case, or null for no access. Need-to-know: the line's handlers
 * and the assignee, the vertrouwenspersoon for cases only they hold, the reporter, people
 * with a (break-glass) grant; a bestuurder sees line cases as a summary only. Drafts are the
 * reporter's alone.
 */
export function accessOf(
  actor: ReportActor,
  report: ReportSubject,
  now: Date,
): ReportAccess | null {
  const isReporter = report.reporterUserId === actor.userId;
  if (report.status === 'draft') return isReporter ? 'reporter' : null;
  const vpCase = report.confidentiality === 'vertrouwenspersoon';
  if (vpCase && hasRole(actor, report.organisationId, 'vertrouwenspersoon'))
    return 'vertrouwenspersoon';
  const isMember = actor.memberships.some((m) => m.organisationId === report.organisationId);
  if (isMember && report.assigneeUserId === actor.userId) return 'handler';
  if (!vpCase && handlesLine(actor, report.organisationId, report.line)) return 'handler';
  if (isReporter) return 'reporter';
  const grant = report.grants.find(
    (g) => g.userId === actor.userId && (g.expiresAt === null || g.expiresAt > now),
  );
  if (grant && isMember) return grant.breakGlass ? 'break-glass' : 'granted';
  if (!vpCase && hasRole(actor, report.organisationId, 'bestuurder')) return 'summary';
  return null;
}

const working: readonly ReportAccess[] = ['handler', 'vertrouwenspersoon', 'granted'];

/** Pure decision: may this actor perform this action on this case now? */
export function can(
  actor: ReportActor,
  action: ReportAction,
  report: ReportSubject,
  now: Date,
): boolean {
  const access = accessOf(actor, report, now);
  switch (action) {
    case 'report.view':
      return access !== null && access !== 'summary';
    case 'report.editDraft':
      return access === 'reporter' && report.status === 'draft';
    case 'report.transition':
    case 'report.record':
      return access !== null && working.includes(access);
    case 'report.assign':
      return access === 'handler' || access === 'vertrouwenspersoon';
    case 'report.message':
      return (
        (access === 'reporter' && report.status !== 'draft') ||
        (access !== null && working.includes(access))
      );
    case 'report.breakGlass':
      // Break-glass is for those of the organisation who could be responsible, and never opens
      // a case only the vertrouwenspersoon holds.
      return (
        (access === null || access === 'summary') &&
        report.status !== 'draft' &&
        report.confidentiality === 'line' &&
        (hasRole(actor, report.organisationId, 'behandelaar') ||
          hasRole(actor, report.organisationId, 'bestuurder'))
      );
    case 'report.grant':
      // Need-to-know: a case only the vertrouwenspersoon holds is shared by the vertrouwenspersoon
      // alone, not by a handler it was assigned to; the line's handlers share line cases.
      return (
        access === 'vertrouwenspersoon' ||
        (access === 'handler' && report.confidentiality === 'line')
      );
  }
}

/** Whether identity fields (reporter, on-behalf person, home address) may be shown. */
export function seesIdentity(access: ReportAccess, report: ReportSubject): boolean {
  if (access === 'summary') return false;
  if (report.confidentiality === 'vertrouwenspersoon')
    return access === 'reporter' || access === 'vertrouwenspersoon';
  return true;
}

/** Whether perpetrator data may be shown: only to those working the case. */
export function seesPerpetrator(access: ReportAccess): boolean {
  return working.includes(access);
}

/**
 * Who may see aggregate figures of an organisation: its own handlers and board, the province it
 * lies in, and the ministerie. Never case content.
 */
export function canViewFigures(
  actor: ReportActor,
  organisation: { id: string; provinceId: string | null },
): boolean {
  return actor.memberships.some(
    (m) =>
      (m.organisationId === organisation.id &&
        ['behandelaar', 'bestuurder', 'vertrouwenspersoon', 'beheerder', 'analist'].includes(
          m.role,
        )) ||
      (m.organisationId === organisation.provinceId &&
        ['provincie-adviseur', 'bestuurder', 'analist'].includes(m.role)) ||
      (m.organisationType === 'ministerie' && ['ministerie', 'analist'].includes(m.role)),
  );
}
