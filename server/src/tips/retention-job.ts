// SPDX-License-Identifier: EUPL-1.2
import { staleTipRetentionMonths, tipRetentionMonths } from '../../../common/contracts/tips';
import { addMonths } from '../../../common/workflow/calendar';
import { recordEvent } from '../audit/service';
import type { Deps } from '../platform/deps';

import { removeFiles } from './files';

interface RetentionRow {
  id: string;
  organisation_id: string;
  reference: string;
  category: string;
  status: string;
  close_reason: string | null;
  closed_at: Date | null;
  updated_at: Date;
}

/**
 * Deletes closed tips `tipRetentionMonths` after closure, and tips nobody closed
 * `staleTipRetentionMonths` after their last activity, with their messages and files. Each
 * deletion leaves a deletion-log entry without content and an audit event, in one transaction.
 */
export async function runTipRetention(deps: Deps): Promise<{ deleted: number }> {
  const now = deps.clock();
  const closedBefore = addMonths(now, -tipRetentionMonths);
  const staleBefore = addMonths(now, -staleTipRetentionMonths);
  const rows = await deps.db.query<RetentionRow>(
    `select id, organisation_id, reference, category, status, close_reason, closed_at, updated_at
       from tip
      where (status = 'closed' and closed_at <= $1) or (status <> 'closed' and updated_at <= $2)`,
    [closedBefore, staleBefore],
  );
  for (const row of rows) {
    await deps.db.transaction(async (tx) => {
      const files = await tx.query<{ storage_name: string }>(
        'select storage_name from tip_attachment where tip_id = $1',
        [row.id],
      );
      await tx.query(
        `insert into tip_deletion_log (tip_id, organisation_id, reference, category, status, close_reason, reason, closed_at, deleted_at)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [
          row.id,
          row.organisation_id,
          row.reference,
          row.category,
          row.status,
          row.close_reason,
          row.status === 'closed' ? 'retention' : 'stale',
          row.closed_at,
          now,
        ],
      );
      await tx.query('delete from tip where id = $1', [row.id]);
      await recordEvent(tx, {
        actorUserId: null,
        organisationId: row.organisation_id,
        action: 'tip.retention.delete',
        objectType: 'tip',
        objectId: row.id,
        origin: 'job',
        occurredAt: now,
      });
      await removeFiles(
        deps,
        files.map((f) => f.storage_name),
      );
    });
  }
  return { deleted: rows.length };
}

/** The daily tip retention job, scheduled beside the meldpunt's. */
export const tipRetentionJob = {
  name: 'tip-retention',
  everyMs: 24 * 3_600_000,
  run: runTipRetention,
};
