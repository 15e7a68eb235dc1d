// SPDX-License-Identifier: EUPL-1.2
import { z } from 'zod';

import { reportLineSchema } from '../workflow/taxonomy';

import { freeText } from './report-records';

const userRef = z.object({ id: z.string(), name: z.string() });

/** Let a named person of the organisation into a case, with a reason and an optional last day. */
export const grantRequestSchema = z.strictObject({
  userId: z.uuid(),
  reason: freeText(1000).min(10),
  /** The last day of access (Dutch time); null for no end date. */
  expiresOn: z.iso.date().nullable().default(null),
});
export type GrantRequest = z.input<typeof grantRequestSchema>;

/** One grant: who, why, by whom, until when; break-glass grants are listed too. */
export const reportGrantSchema = z.object({
  user: userRef,
  breakGlass: z.boolean(),
  reason: z.string(),
  grantedBy: z.string().nullable(),
  grantedAt: z.string(),
  expiresAt: z.string().nullable(),
  active: z.boolean(),
});
export type ReportGrant = z.infer<typeof reportGrantSchema>;

/** The case's grants, and the people it could still be shared with. */
export const reportGrantListSchema = z.object({
  grants: z.array(reportGrantSchema),
  candidates: z.array(userRef),
});
export type ReportGrantList = z.infer<typeof reportGrantListSchema>;

/** A behandelaar and the lines they work in; `all` when no line was set (both lines). */
export const lineMemberSchema = z.object({
  id: z.string(),
  name: z.string(),
  lines: z.array(reportLineSchema),
  all: z.boolean(),
});
export const lineMemberListSchema = z.object({
  organisation: z.object({ code: z.string(), name: z.string() }),
  members: z.array(lineMemberSchema),
});
export type LineMemberList = z.infer<typeof lineMemberListSchema>;

/** The lines a behandelaar works in; both lines is the same as no choice. */
export const setLinesRequestSchema = z.strictObject({
  lines: z
    .array(reportLineSchema)
    .min(1)
    .max(2)
    .refine((lines) => new Set(lines).size === lines.length, {
      message: 'Noem elke lijn maar één keer',
    }),
});
