// SPDX-License-Identifier: EUPL-1.2
import { addMonths } from '../../../common/workflow/calendar';
import { draftRetentionDays, retentionByCategory } from '../../../common/workflow/retention';
import type { ReportCategory } from '../../../common/workflow/taxonomy';
import { recordEvent } from '../audit/service';
import type { Queryable } from '../platform/db';
import type { Deps } from '../platform/deps';

import { removeAttachmentFiles } from './attachments';
import { caseKeyOf, seal } from './case-keys';
import { unseal } from './case-keys';
import { sealedContentSchema } from './present';

interface RetentionRow {
  id: string;
  organisation_id: string;
  reference: string;
  category: ReportCategory;
  status: string;
  closed_at: Date | null;
  created_at: Date;
  updated_at: Date;
  anonymised_at: Date | null;
  perpetrator_erased_at: Date | null;
  perpetrator_sealed: string | null;
  key_wrapped: string;
  content_sealed: string;
}

export interface RetentionResult {
  anonymised: number;
  perpetratorErased: number;
  deleted: number;
}

const due = (closedAt: Date | null, months: number, now: Date) =>
  closedAt !== null && addMonths(new Date(closedAt), months).getTime() <= now.getTime();

async function audit(tx: Queryable, deps: Deps, row: RetentionRow, action: string): Promise<void> {
  await recordEvent(tx, {
    actorUserId: null,
    organisationId: row.organisation_id,
    action,
    objectType: 'report',
    objectId: row.id,
    origin: 'job',
    occurredAt: deps.clock(),
  });
}

/** Removes the reporter's contact details and home address from the sealed content. */
async function anonymise(tx: Queryable, deps: Deps, row: RetentionRow): Promise<void> {
  const caseKey = caseKeyOf(deps.keys, row);
  const sealed = sealedContentSchema.parse(unseal(caseKey, row.content_sealed));
  const content = { ...sealed.content, homeAddress: undefined };
  const onBehalfOf = sealed.onBehalfOf ? { name: 'Geanonimiseerd' } : null;
  await tx.query('update report set content_sealed = $2, anonymised_at = $3 where id = $1', [
    row.id,
    seal(caseKey, { content, onBehalfOf }),
    deps.clock(),
  ]);
  await audit(tx, deps, row, 'report.retention.anonymise');
}

async function remove(
  tx: Queryable,
  deps: Deps,
  row: RetentionRow,
  reason: 'retention' | 'draft-expired',
): Promise<void> {
  await tx.query(
    `insert into report_deletion_log (report_id, organisation_id, reference, category, status, reason, closed_at, deleted_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      row.id,
      row.organisation_id,
      row.reference,
      row.category,
      row.status,
      reason,
      row.closed_at,
      deps.clock(),
    ],
  );
  await removeAttachmentFiles(deps, tx, row.id);
  await tx.query('delete from report where id = $1', [row.id]);
  await audit(tx, deps, row, 'report.retention.delete');
}

/**
 * Enforces the retention terms of `common/workflow/retention.ts`: anonymise contact data, erase
 * perpetrator data, delete the case with a deletion-log entry, and delete stale drafts. Cases
 * under legal hold are skipped. Each case is handled in its own transaction with its audit event.
 */
export async function runReportRetention(deps: Deps): Promise<RetentionResult> {
  const now = deps.clock();
  const result: RetentionResult = { anonymised: 0, perpetratorErased: 0, deleted: 0 };
  const draftCutoff = new Date(now.getTime() - draftRetentionDays * 86_400_000);
  const rows = await deps.db.query<RetentionRow>(
    `select id, organisation_id, reference, category, status, closed_at, created_at, updated_at, anonymised_at,
            perpetrator_erased_at, perpetrator_sealed, key_wrapped, content_sealed
       from report
      where not legal_hold and ((status = 'closed' and closed_at is not null) or (status = 'draft' and updated_at < $1))`,
    [draftCutoff],
  );
  for (const row of rows) {
    const term = retentionByCategory[row.category];
    await deps.db.transaction(async (tx) => {
      if (row.status === 'draft') {
        await remove(tx, deps, row, 'draft-expired');
        result.deleted += 1;
        return;
      }
      if (due(row.closed_at, term.caseMonths, now)) {
        await remove(tx, deps, row, 'retention');
        result.deleted += 1;
        return;
      }
      if (!row.anonymised_at && due(row.closed_at, term.contactMonths, now)) {
        await anonymise(tx, deps, row);
        result.anonymised += 1;
      }
      if (
        !row.perpetrator_erased_at &&
        row.perpetrator_sealed &&
        due(row.closed_at, term.perpetratorMonths, now)
      ) {
        await tx.query(
          'update report set perpetrator_sealed = null, perpetrator_erased_at = $2 where id = $1',
          [row.id, now],
        );
        await audit(tx, deps, row, 'report.retention.erasePerpetrator');
        result.perpetratorErased += 1;
      }
    });
  }
  return result;
}

/** The daily retention job: one run() and its schedule. */
export const reportRetentionJob = {
  name: 'report-retention',
  everyMs: 24 * 3_600_000,
  run: runReportRetention,
};
