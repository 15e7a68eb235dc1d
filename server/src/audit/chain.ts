// SPDX-License-Identifier: EUPL-1.2
import { createHash } from 'node:crypto';

/** The hash of the (virtual) row before the first one. */
export const genesisHash = '0'.repeat(64);

export interface ChainedFields {
  seq: number;
  occurredAt: string;
  actorUserId: string | null;
  organisationId: string | null;
  action: string;
  objectType: string | null;
  objectId: string | null;
  result: string;
  origin: string;
  prevHash: string;
}

/** SHA-256 over a canonical JSON array of the row's fields and the previous hash. */
export function hashEvent(fields: ChainedFields): string {
  const canonical = JSON.stringify([
    fields.seq,
    fields.occurredAt,
    fields.actorUserId,
    fields.organisationId,
    fields.action,
    fields.objectType,
    fields.objectId,
    fields.result,
    fields.origin,
    fields.prevHash,
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}
