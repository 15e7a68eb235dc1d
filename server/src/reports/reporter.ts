// SPDX-License-Identifier: EUPL-1.2
import { randomUUID } from 'node:crypto';

import { z } from 'zod';

import type { Queryable } from '../platform/db';
import { required, type KeyHolder } from '../platform/key-holders';
import { blindIndex, blindIndexCandidates, type Keyring } from '../platform/keyring';
import type { MigrationSteps } from '../platform/migrations';

import { caseKeyOf, seal, unseal, type CaseKey } from './case-keys';

/** The blind-index purpose; changing it would orphan every stored index. */
const purpose = 'report-reporter';

/**
 * Who filed a case, sealed with the case key: the user id, and a random alias that stands for the
 * case in the audit trail when the reporter acts on it, so the trail does not join them either.
 */
export const sealedReporterSchema = z.object({
  userId: z.string().uuid(),
  auditAlias: z.string().uuid(),
});
export type SealedReporter = z.infer<typeof sealedReporterSchema>;

/** The sealed reporter and its blind index, for a new case. */
export function sealReporter(
  keys: Keyring,
  caseKey: CaseKey,
  userId: string,
): { reporter: SealedReporter; reporterSealed: string; reporterIndex: string } {
  const reporter = { userId, auditAlias: randomUUID() };
  return {
    reporter,
    reporterSealed: seal(caseKey, reporter),
    reporterIndex: blindIndex(keys, purpose, userId),
  };
}

/** Opens the reporter of a case. */
export function reporterOf(caseKey: CaseKey, row: { reporter_sealed: string }): SealedReporter {
  return sealedReporterSchema.parse(unseal(caseKey, row.reporter_sealed));
}

/** The indexes this user's own cases may be stored under (one per key of the ring). */
export function reporterIndexesOf(keys: Keyring, userId: string): string[] {
  return blindIndexCandidates(keys, purpose, userId);
}

/** The blind index is computed from the master key: rotation recomputes it from the sealed user id. */
export const reporterIndexHolder: KeyHolder = {
  name: 'report.reporter_index',
  table: 'report',
  column: 'reporter_index',
  keyIdSql: "split_part(reporter_index, '.', 1)",
  currentPattern: (keyId) => `${keyId}.%`,
  needs: ['key_wrapped', 'reporter_sealed'],
  rekey: (keys, row) => {
    const caseKey = caseKeyOf(keys, { key_wrapped: required(row, 'key_wrapped') });
    const { userId } = reporterOf(caseKey, { reporter_sealed: required(row, 'reporter_sealed') });
    return blindIndex(keys, purpose, userId);
  },
};

/**
 * Migration step before 0034: seals the plain `reporter_user_id` of every case not yet sealed
 * (cases filed before 0033), in the migration's transaction. Returns the number sealed.
 */
export async function sealLegacyReporters(tx: Queryable, keys: Keyring): Promise<number> {
  const rows = await tx.query<{ id: string; key_wrapped: string; reporter_user_id: string }>(
    `select id, key_wrapped, reporter_user_id from report
      where reporter_sealed is null or reporter_index is null for update`,
  );
  for (const row of rows) {
    const sealed = sealReporter(keys, caseKeyOf(keys, row), row.reporter_user_id);
    await tx.query('update report set reporter_sealed = $2, reporter_index = $3 where id = $1', [
      row.id,
      sealed.reporterSealed,
      sealed.reporterIndex,
    ]);
  }
  return rows.length;
}

/** The code steps of the meldpunt migrations, for the migration runner (boot and `weerbaar migrate`). */
export function reportMigrationSteps(keys: Keyring): MigrationSteps {
  return {
    '0034_drop_reporter_user_id_from_report.sql': async (tx) => {
      await sealLegacyReporters(tx, keys);
    },
  };
}
