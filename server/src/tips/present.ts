// SPDX-License-Identifier: EUPL-1.2
import { z } from 'zod';

import type {
  TipAttachment,
  TipDetail,
  TipMailbox,
  TipMessage,
  TipSummary,
} from '../../../common/contracts/tips';
import { unseal, type CaseKey } from '../reports/case-keys';

import type { TipAttachmentRow, TipMessageRow, TipRow } from './store';

/** What is sealed in `content_sealed`. */
export const sealedTipSchema = z.object({
  description: z.string(),
  location: z.string().optional(),
  when: z.string().optional(),
});

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

export function openContent(key: CaseKey, row: Pick<TipRow, 'content_sealed'>) {
  return sealedTipSchema.parse(unseal(key, row.content_sealed));
}

export function presentMessage(key: CaseKey, row: TipMessageRow): TipMessage {
  return {
    id: row.id,
    fromTipper: row.from_tipper,
    body: String(unseal(key, row.body_sealed)),
    createdAt: new Date(row.created_at).toISOString(),
  };
}

/** A tip in a handler's list: no content at all. */
export function presentSummary(row: TipRow): TipSummary {
  return {
    id: row.id,
    reference: row.reference,
    organisation: { code: row.organisation_code, name: row.organisation_name },
    category: row.category,
    status: row.status,
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
    awaitingReply: row.awaiting_reply && row.status !== 'closed',
    version: row.version,
  };
}

/** A tip for its handler: the sealed text opened, the conversation and the files' metadata. */
export function presentDetail(
  row: TipRow,
  key: CaseKey,
  messages: TipMessageRow[],
  attachments: TipAttachmentRow[],
  abilities: TipDetail['abilities'],
): TipDetail {
  const content = openContent(key, row);
  return {
    ...presentSummary(row),
    description: content.description,
    location: content.location ?? null,
    when: content.when ?? null,
    forwardedTo: row.forwarded_to as TipDetail['forwardedTo'],
    closeReason: row.close_reason as TipDetail['closeReason'],
    statusNote: row.status_note_sealed ? String(unseal(key, row.status_note_sealed)) : null,
    closedAt: iso(row.closed_at),
    messages: messages.map((m) => presentMessage(key, m)),
    attachments: attachments.map((a) => presentAttachment(key, a)),
    report:
      row.report_id && row.report_reference
        ? { id: row.report_id, reference: row.report_reference }
        : null,
    abilities,
  };
}

export function openFileName(key: CaseKey, row: Pick<TipAttachmentRow, 'file_name_sealed'>) {
  return String(unseal(key, row.file_name_sealed));
}

function presentAttachment(key: CaseKey, row: TipAttachmentRow): TipAttachment {
  return {
    id: row.id,
    fileName: openFileName(key, row),
    mediaType: row.media_type,
    sizeBytes: row.size_bytes,
    sha256: row.sha256,
  };
}

/**
 * What the sender sees: status, their own description and the conversation. Never who handled
 * it, the internal note, the forwarding target or the linked case.
 */
export function presentMailbox(row: TipRow, key: CaseKey, messages: TipMessageRow[]): TipMailbox {
  return {
    reference: row.reference,
    organisation: { name: row.organisation_name },
    category: row.category,
    status: row.status,
    createdAt: new Date(row.created_at).toISOString(),
    description: openContent(key, row).description,
    messages: messages.map((m) => presentMessage(key, m)),
  };
}
