// SPDX-License-Identifier: EUPL-1.2
import type { ReportAccess, ReportSummary } from '../../../common/contracts/reports';
import { statusLabels } from '../../../common/messages/reports-nl';

export const accessLabels: Record<ReportAccess, string> = {
  reporter: 'Uw melding',
  handler: 'Behandelaar',
  vertrouwenspersoon: 'Vertrouwenspersoon',
  granted: 'Toegang gekregen',
  'break-glass': 'Noodtoegang',
  summary: 'Overzicht',
};

/** Status text with the deadline state, for lists. */
export function statusText(report: Pick<ReportSummary, 'status' | 'overdue'>): string {
  return `${statusLabels[report.status]}${report.overdue ? ' (termijn verlopen)' : ''}`;
}

/** A date-time in Dutch, in the Amsterdam time zone. */
export function dutchDateTime(iso: string | null): string {
  if (!iso) return '—';
  return new Intl.DateTimeFormat('nl-NL', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Amsterdam',
  }).format(new Date(iso));
}
