// SPDX-License-Identifier: EUPL-1.2
import { z } from 'zod';

/** Longest note text in characters: room for a few sentences, not for a case file. */
export const noteTextMax = 2000;

/**
 * Note text: kept exactly as typed (HTML included) and always shown as plain text. Control
 * characters other than tab and newline are refused because they hide text from readers.
 * Messages are phrases after the field name (platform/http/validation.ts makes the sentence).
 */
export const noteTextSchema = z
  .string()
  .trim()
  .min(1)
  .max(noteTextMax)
  // eslint-disable-next-line no-control-regex
  .refine((text) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(text), {
    message: 'bevat onzichtbare stuurtekens; haal die weg',
  });

const indicatorIdField = z
  .string()
  .trim()
  .max(80)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'bestaat uit kleine letters, cijfers en streepjes');
const orgCodeField = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9][A-Z0-9-]{1,63}$/, 'is geen geldige organisatiecode');

/** GET /api/v1/regions/{code}/notes. */
export const noteListQuerySchema = z.strictObject({
  /** Only the notes about this indicator; without it every note about the region. */
  indicator: indicatorIdField.optional(),
});

/** POST /api/v1/regions/{code}/notes. */
export const createNoteRequestSchema = z.strictObject({
  text: noteTextSchema,
  /** The indicator the note is about; none for a note about the region as a whole. */
  indicatorId: indicatorIdField.nullable().optional(),
  /** Whose note it is; needed only when the author works in Zicht for several organisations. */
  organisation: orgCodeField.optional(),
});

/** PATCH /api/v1/notes/{id}: the new text and the version it was based on. */
export const updateNoteRequestSchema = z.strictObject({
  text: noteTextSchema,
  version: z.number().int().min(1),
});

export const noteIdParams = z.object({ id: z.uuid() });

/** DELETE /api/v1/notes/{id}: optionally only when nobody changed it since `version`. */
export const deleteNoteQuerySchema = z.strictObject({
  version: z.coerce.number().int().min(1).optional(),
});

const organisationRefSchema = z.object({ code: z.string(), name: z.string() });

/** One note as its organisation's members see it. */
export const noteSchema = z.object({
  id: z.uuid(),
  organisation: organisationRefSchema,
  regionCode: z.string(),
  indicatorId: z.string().nullable(),
  indicatorName: z.string().nullable(),
  text: z.string(),
  /** Raised by each edit; send it back with PATCH so a concurrent edit is not overwritten. */
  version: z.number().int(),
  author: z.string().nullable(),
  updatedBy: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  canEdit: z.boolean(),
  canDelete: z.boolean(),
});
export type Note = z.infer<typeof noteSchema>;

export const noteListSchema = z.object({
  regionCode: z.string(),
  indicatorId: z.string().nullable(),
  /** The organisations the viewer may write notes for (choose one when there are several). */
  organisations: z.array(organisationRefSchema),
  notes: z.array(noteSchema),
});
export type NoteList = z.infer<typeof noteListSchema>;
