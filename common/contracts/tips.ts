// SPDX-License-Identifier: EUPL-1.2
import { z } from 'zod';

import { targetRoleSchema, type ReportCategory } from '../workflow/taxonomy';

import { freeText } from './report-records';
import { attachmentUploadSchema } from './reports';

/**
 * What an anonymous tip can be about: the signals of undermining and integrity, and threats or
 * intimidation of an office-holder. Codes are those of the meldpunt taxonomy, so a tip can
 * become a case without translation.
 */
export const tipCategories = [
  'undermining_signal',
  'integrity_violation',
  'undue_influence',
  'threat',
  'intimidation',
  'online_hate',
  'doxing',
] as const satisfies readonly ReportCategory[];
export const tipCategorySchema = z.enum(tipCategories);
export type TipCategory = z.infer<typeof tipCategorySchema>;

/** Aggression against an office-holder: these tips can become a meldpunt case (stappenplan). */
export const convertibleCategories = [
  'threat',
  'intimidation',
  'online_hate',
  'doxing',
] as const satisfies readonly TipCategory[];

export const tipStatuses = ['new', 'in_progress', 'forwarded', 'closed'] as const;
export const tipStatusSchema = z.enum(tipStatuses);
export type TipStatus = z.infer<typeof tipStatusSchema>;

/** Where a tip was passed on to (doorgezet). */
export const forwardTargets = ['riec', 'politie', 'meld_misdaad_anoniem', 'other'] as const;
export const forwardTargetSchema = z.enum(forwardTargets);

/** Why a tip was closed. */
export const closeReasons = [
  'handled',
  'converted_to_case',
  'insufficient_information',
  'no_follow_up',
  'duplicate',
] as const;
export const closeReasonSchema = z.enum(closeReasons);

/** At most this many files per tip; each is checked like meldpunt evidence. */
export const maxTipAttachments = 3;

/** A closed tip is deleted this many months after closure (a deletion-log entry stays). */
export const tipRetentionMonths = 12;
/** A tip nobody closed is deleted this many months after the last activity. */
export const staleTipRetentionMonths = 36;

/** The public form: everything is sealed at rest; nothing identifies the sender. */
export const submitTipRequestSchema = z.strictObject({
  category: tipCategorySchema,
  description: freeText(5000).min(1),
  location: freeText(500).optional(),
  when: freeText(200).optional(),
  attachments: z.array(attachmentUploadSchema).max(maxTipAttachments).default([]),
});
export type SubmitTipRequest = z.input<typeof submitTipRequestSchema>;

/** Shown once to the sender: the receipt code and the secret. Only hashes are stored. */
export const tipReceiptSchema = z.object({
  reference: z.string(),
  receipt: z.string(),
  secret: z.string(),
});
export type TipReceipt = z.infer<typeof tipReceiptSchema>;

/** How the sender comes back. Spaces and dashes are ignored. */
export const tipCredentialsSchema = z.strictObject({
  receipt: z.string().trim().max(40),
  secret: z.string().trim().max(60),
});

export const tipperMessageRequestSchema = tipCredentialsSchema.extend({
  body: freeText(5000).min(1),
});

export const tipMessageSchema = z.object({
  id: z.string(),
  fromTipper: z.boolean(),
  body: z.string(),
  createdAt: z.string(),
});
export type TipMessage = z.infer<typeof tipMessageSchema>;

export const tipAttachmentSchema = z.object({
  id: z.string(),
  fileName: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
});
export type TipAttachment = z.infer<typeof tipAttachmentSchema>;

/** What the sender sees with the receipt: status, their own text and the conversation. */
export const tipMailboxSchema = z.object({
  reference: z.string(),
  organisation: z.object({ name: z.string() }),
  category: tipCategorySchema,
  status: tipStatusSchema,
  createdAt: z.string(),
  description: z.string(),
  messages: z.array(tipMessageSchema),
});
export type TipMailbox = z.infer<typeof tipMailboxSchema>;

/** The public page of an organisation's tip channel. */
export const tipBoxSchema = z.object({
  organisation: z.object({ code: z.string(), name: z.string(), type: z.string() }),
  categories: z.array(tipCategorySchema),
  maxAttachments: z.number().int(),
  maxAttachmentBytes: z.number().int(),
});
export type TipBox = z.infer<typeof tipBoxSchema>;

export const tipSummarySchema = z.object({
  id: z.string(),
  reference: z.string(),
  organisation: z.object({ code: z.string(), name: z.string() }),
  category: tipCategorySchema,
  status: tipStatusSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
  /** The sender wrote last: the handler owes an answer. */
  awaitingReply: z.boolean(),
  version: z.number().int(),
});
export type TipSummary = z.infer<typeof tipSummarySchema>;
export const tipListSchema = z.object({ tips: z.array(tipSummarySchema) });

export const tipDetailSchema = tipSummarySchema.extend({
  description: z.string(),
  location: z.string().nullable(),
  when: z.string().nullable(),
  forwardedTo: forwardTargetSchema.nullable(),
  closeReason: closeReasonSchema.nullable(),
  statusNote: z.string().nullable(),
  closedAt: z.string().nullable(),
  messages: z.array(tipMessageSchema),
  attachments: z.array(tipAttachmentSchema),
  report: z.object({ id: z.string(), reference: z.string() }).nullable(),
  abilities: z.object({ reply: z.boolean(), setStatus: z.boolean(), convert: z.boolean() }),
});
export type TipDetail = z.infer<typeof tipDetailSchema>;

export const tipReplyRequestSchema = z.strictObject({ body: freeText(5000).min(1) });

export const tipStatusRequestSchema = z.strictObject({
  to: tipStatusSchema,
  version: z.number().int().positive(),
  forwardedTo: forwardTargetSchema.optional(),
  closeReason: closeReasonSchema.optional(),
  note: freeText(1000).optional(),
});

/** Make a meldpunt case of the tip, or link it to an existing case. */
export const tipConversionRequestSchema = z.union([
  z.strictObject({
    version: z.number().int().positive(),
    category: z.enum(convertibleCategories),
    targetRole: targetRoleSchema,
  }),
  z.strictObject({ version: z.number().int().positive(), reportId: z.uuid() }),
]);
