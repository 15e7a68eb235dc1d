// SPDX-License-Identifier: EUPL-1.2
import { createHash } from 'node:crypto';

import type { ReferenceFile } from '../../../../common/statistics/sources';
import type { Queryable } from '../../platform/db';

/**
 * Bump when the way files are read changes (special values, rounding, region rules), so the next
 * import re-reads files whose bytes did not change.
 */
export const importRulesVersion = 1;

/** Hash of what a file is read with: the catalogue entry plus the rules version. */
export function mappingHash(definition: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify({ importRulesVersion, definition }))
    .digest('hex');
}

/** A file as recorded in `statistic_source`. */
export interface SourceRecord {
  provenance: ReferenceFile;
  kind: 'observations' | 'regions' | 'geometry';
  periods: string[];
  sha256: string;
  mappingHash: string;
  rows: number;
  skippedRows: number;
  skippedReason: string | null;
}

/** What the database holds per file, to skip files that did not change. */
export async function storedSources(
  db: Queryable,
): Promise<Map<string, { sha256: string; mappingHash: string }>> {
  const rows = await db.query<{ file: string; sha256: string; mapping_hash: string }>(
    'select file, sha256, mapping_hash from statistic_source',
  );
  return new Map(rows.map((r) => [r.file, { sha256: r.sha256, mappingHash: r.mapping_hash }]));
}

/** Inserts or refreshes a file's provenance; an unchanged file keeps its row and import time. */
export async function upsertSource(
  tx: Queryable,
  record: SourceRecord,
  now: Date,
): Promise<{ id: number; state: 'created' | 'updated' | 'unchanged' }> {
  const p = record.provenance;
  const [row] = await tx.query<{ id: number; created: boolean }>(
    `insert into statistic_source (file, kind, title, table_id, publisher, licence, periods, sha256,
       mapping_hash, rows, skipped_rows, skipped_reason, imported_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
     on conflict (file) do update set kind = excluded.kind, title = excluded.title,
       table_id = excluded.table_id, publisher = excluded.publisher, licence = excluded.licence,
       periods = excluded.periods, sha256 = excluded.sha256, mapping_hash = excluded.mapping_hash,
       rows = excluded.rows, skipped_rows = excluded.skipped_rows,
       skipped_reason = excluded.skipped_reason, imported_at = excluded.imported_at
     where statistic_source.sha256 <> excluded.sha256
        or statistic_source.mapping_hash <> excluded.mapping_hash
     returning id, (xmax = 0) as created`,
    [
      p.file,
      record.kind,
      p.title,
      p.tableId,
      p.publisher,
      p.licence,
      record.periods,
      record.sha256,
      record.mappingHash,
      record.rows,
      record.skippedRows,
      record.skippedReason,
      now,
    ],
  );
  if (row) return { id: row.id, state: row.created ? 'created' : 'updated' };
  const [existing] = await tx.query<{ id: number }>(
    'select id from statistic_source where file = $1',
    [p.file],
  );
  return { id: existing!.id, state: 'unchanged' };
}
