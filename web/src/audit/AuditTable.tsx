// SPDX-License-Identifier: EUPL-1.2
import type { AuditEventView } from '../../../common/contracts/accounts';
import {
  auditActionLabel,
  auditOriginLabels,
  auditResultLabels,
} from '../../../common/messages/nl';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '../ui/Table';
import { formatDateTime } from '../ui/format';

function ActionLabel({ action, result }: Pick<AuditEventView, 'action' | 'result'>) {
  const label = auditActionLabel(action, result);
  if (label === action) return <>{action}</>;
  return (
    <>
      {label} <span className="weerbaar-muted">({action})</span>
    </>
  );
}

// Events the platform did by itself (demo seed, CLI, jobs) have no person as actor.
const machineOrigins = new Set(['system', 'cli', 'job']);

function actorName({ actor, origin }: Pick<AuditEventView, 'actor' | 'origin'>): string {
  return actor?.name ?? (machineOrigins.has(origin) ? 'Systeem' : 'Onbekend');
}

/** One page of audit events, newest first. */
export function AuditTable({ events }: { events: readonly AuditEventView[] }) {
  if (events.length === 0) {
    return (
      <p className="utrecht-paragraph">Er zijn geen gebeurtenissen die bij deze filters passen.</p>
    );
  }
  return (
    <Table caption="Gebeurtenissen, nieuwste eerst">
      <TableHeader>
        <TableHeaderCell>Tijdstip</TableHeaderCell>
        <TableHeaderCell>Wie</TableHeaderCell>
        <TableHeaderCell>Actie</TableHeaderCell>
        <TableHeaderCell>Object</TableHeaderCell>
        <TableHeaderCell>Resultaat</TableHeaderCell>
        <TableHeaderCell>Herkomst</TableHeaderCell>
      </TableHeader>
      <TableBody>
        {events.map((event) => (
          <TableRow key={event.seq}>
            <TableCell rowHeader>
              <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt)}</time>
            </TableCell>
            <TableCell>{actorName(event)}</TableCell>
            <TableCell>
              <ActionLabel action={event.action} result={event.result} />
            </TableCell>
            <TableCell>
              {event.objectType ? `${event.objectType} ${event.objectId ?? ''}`.trim() : '—'}
            </TableCell>
            <TableCell>{auditResultLabels[event.result]}</TableCell>
            <TableCell>{auditOriginLabels[event.origin] ?? event.origin}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
