// SPDX-License-Identifier: EUPL-1.2
import type { AuditEventView } from '../../../common/contracts/accounts';
import { csvCell } from '../platform/csv-write';

import type { AuditRow } from './store';

export function presentAuditEvent(row: AuditRow): AuditEventView {
  return {
    seq: Number(row.seq),
    occurredAt: new Date(row.occurred_at).toISOString(),
    actor: row.actor_user_id ? { id: row.actor_user_id, name: row.actor_name ?? 'onbekend' } : null,
    action: row.action,
    objectType: row.object_type,
    objectId: row.object_id,
    result: row.result,
    origin: row.origin,
  };
}

const csvColumns = [
  'volgnummer',
  'tijdstip',
  'gebruiker_id',
  'gebruiker',
  'actie',
  'objecttype',
  'object_id',
  'resultaat',
  'herkomst',
] as const;

/**
 * RFC 4180 CSV. Cells starting with = + - @ are prefixed with ' so a spreadsheet never runs
 * them as formulas (CSV injection through names).
 */
export function auditCsv(events: AuditEventView[]): string {
  const lines = [csvColumns.join(',')];
  for (const e of events) {
    lines.push(
      [
        e.seq,
        e.occurredAt,
        e.actor?.id ?? '',
        e.actor?.name ?? '',
        e.action,
        e.objectType ?? '',
        e.objectId ?? '',
        e.result,
        e.origin,
      ]
        .map(csvCell)
        .join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}
