// SPDX-License-Identifier: EUPL-1.2
import { newDataKey, openWithDataKey, sealWithDataKey, unwrapDataKey } from '../platform/crypto';
import type { Queryable } from '../platform/db';
import type { Keyring } from '../platform/keyring';
import type { Actor } from '../platform/sessions';

import type { ReportActor, ReportSubject } from './policy';
import { linesOf, type ReportRow } from './store';

/** One case's data key, unwrapped for the length of a request. */
export interface CaseKey {
  key: Buffer;
}

/** A new case key and its wrapped form for the `key_wrapped` column. */
export function newCaseKey(keys: Keyring): { caseKey: CaseKey; wrapped: string } {
  const { key, wrapped } = newDataKey(keys);
  return { caseKey: { key }, wrapped };
}

/** The case's data key, unwrapped by whichever master key of the ring wrapped it. */
export function caseKeyOf(keys: Keyring, row: Pick<ReportRow, 'key_wrapped'>): CaseKey {
  return { key: unwrapDataKey(keys, row.key_wrapped) };
}

/** Seals any JSON value with the case key. */
export function seal(caseKey: CaseKey, value: unknown): string {
  return sealWithDataKey(caseKey.key, JSON.stringify(value));
}

/** Opens a sealed JSON value; the caller parses it with its zod schema. */
export function unseal(caseKey: CaseKey, sealed: string): unknown {
  return JSON.parse(openWithDataKey(caseKey.key, sealed)) as unknown;
}

/** The policy's view of the signed-in actor, with the lines they handle. */
export async function reportActorOf(db: Queryable, actor: Actor): Promise<ReportActor> {
  return {
    userId: actor.userId,
    memberships: actor.memberships,
    lines: await linesOf(db, actor.userId),
  };
}

/**
 * The policy's view of a stored case. The store keeps the reporter sealed, so the caller passes
 * it: opened from `reporter_sealed`, or for a list the viewer when the blind index says the case
 * is theirs (null otherwise).
 */
export function subjectOf(row: ReportRow, reporterUserId: string | null): ReportSubject {
  const grants =
    typeof row.grants === 'string' ? (JSON.parse(row.grants) as unknown[]) : row.grants;
  return {
    organisationId: row.organisation_id,
    reporterUserId,
    assigneeUserId: row.assignee_user_id,
    line: row.line,
    confidentiality: row.confidentiality,
    status: row.status,
    grants: (grants as { userId: string; breakGlass: boolean; expiresAt: string | null }[]).map(
      (g) => ({
        userId: g.userId,
        breakGlass: g.breakGlass,
        expiresAt: g.expiresAt ? new Date(g.expiresAt) : null,
      }),
    ),
  };
}
