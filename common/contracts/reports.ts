// SPDX-License-Identifier: EUPL-1.2
import { z } from 'zod';

import { mivCategories } from '../workflow/miv';
import {
  confidentialitySchema,
  reportCategorySchema,
  reportChannelSchema,
  reportLineSchema,
  targetRoleSchema,
} from '../workflow/taxonomy';
import { recordKindSchema, reportStatusSchema, workflowIdSchema } from '../workflow/template';

import { freeText, recordsSchema } from './report-records';

const person = z.strictObject({
  name: freeText(200).min(1),
  contact: freeText(200).optional(),
});

/** What the reporter tells; all of it is sealed at rest. */
export const reportContentSchema = z.strictObject({
  description: freeText(5000),
  location: freeText(500).optional(),
  impact: freeText(2000).optional(),
  familyInvolved: z.boolean().default(false),
  homeAddress: freeText(300).optional(),
});

export const perpetratorSchema = z.strictObject({
  name: freeText(200).optional(),
  description: freeText(2000).optional(),
  knownToTarget: z.boolean().optional(),
});

export const reportFieldsSchema = z.strictObject({
  category: reportCategorySchema,
  channel: reportChannelSchema,
  targetRole: targetRoleSchema,
  confidentiality: confidentialitySchema.default('line'),
  occurredAt: z.iso.datetime({ offset: true }).nullable().default(null),
  content: reportContentSchema,
  perpetrator: perpetratorSchema.nullable().default(null),
  /** Set when reporting for someone else (a griffier for a raadslid, or for a family member). */
  onBehalfOf: person.nullable().default(null),
});

export const createReportRequestSchema = reportFieldsSchema.extend({
  /** The organisation to report to; needed only when the reporter belongs to several. */
  organisationCode: z
    .string()
    .regex(/^[A-Z0-9][A-Z0-9-]{1,63}$/)
    .optional(),
  /** False keeps it as a draft only the reporter sees. */
  submit: z.boolean(),
});
export type CreateReportRequest = z.input<typeof createReportRequestSchema>;

export const updateDraftRequestSchema = reportFieldsSchema.extend({
  version: z.number().int().positive(),
  submit: z.boolean(),
});

export const transitionRequestSchema = z.strictObject({
  to: reportStatusSchema,
  version: z.number().int().positive(),
  note: freeText(2000).optional(),
});

export const assignRequestSchema = z.strictObject({
  assigneeUserId: z.uuid(),
  version: z.number().int().positive(),
  reason: freeText(1000).min(5),
  escalation: z.boolean().default(false),
});

export const recordRequestSchema = z.strictObject({
  version: z.number().int().positive(),
  data: z.record(z.string(), z.unknown()),
});

export const messageRequestSchema = z.strictObject({ body: freeText(5000).min(1) });
export const breakGlassRequestSchema = z.strictObject({ reason: freeText(1000).min(20) });

export const reportAccessSchema = z.enum([
  'reporter',
  'handler',
  'vertrouwenspersoon',
  'granted',
  'break-glass',
  'summary',
]);
export type ReportAccess = z.infer<typeof reportAccessSchema>;

export const reportAbilitiesSchema = z.object({
  edit: z.boolean(),
  transition: z.boolean(),
  assign: z.boolean(),
  triage: z.boolean(),
  records: z.boolean(),
  message: z.boolean(),
  breakGlass: z.boolean(),
  /** May share the case with a named person of the organisation (explicit grant). */
  grant: z.boolean(),
});

const userRef = z.object({ id: z.string(), name: z.string() });

export const reportSummarySchema = z.object({
  id: z.string(),
  reference: z.string(),
  organisation: z.object({ code: z.string(), name: z.string() }),
  status: reportStatusSchema,
  workflow: workflowIdSchema,
  category: reportCategorySchema,
  channel: reportChannelSchema,
  targetRole: targetRoleSchema,
  line: reportLineSchema,
  confidentiality: confidentialitySchema,
  flags: z.object({
    sameDayAftercare: z.boolean(),
    policeNow: z.boolean(),
    threatAssessment: z.boolean(),
  }),
  createdAt: z.string(),
  registeredAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  dueAt: z.string().nullable(),
  overdue: z.boolean(),
  assignee: userRef.nullable(),
  access: reportAccessSchema,
  version: z.number().int(),
});
export type ReportSummary = z.infer<typeof reportSummarySchema>;

export const reportEventSchema = z.object({
  at: z.string(),
  kind: z.string(),
  from: reportStatusSchema.nullable(),
  to: reportStatusSchema.nullable(),
  actor: z.string().nullable(),
  detail: z.string().nullable(),
});

export const reportDetailSchema = reportSummarySchema.extend({
  /** Null when the viewer may not see who reported (vertrouwenspersoon-only cases). */
  reporter: userRef.nullable(),
  onBehalfOf: person.nullable(),
  occurredAt: z.string().nullable(),
  content: reportContentSchema.nullable(),
  perpetrator: perpetratorSchema.nullable(),
  records: recordsSchema,
  history: z.array(reportEventSchema),
  abilities: reportAbilitiesSchema,
  allowedTransitions: z.array(reportStatusSchema),
  missingRecords: z.array(recordKindSchema),
  /** The records the current step asks for (for those working the case). */
  stepRecords: z.array(recordKindSchema),
  /** The steps of this organisation's template, in order, for the progress view. */
  progress: z.array(reportStatusSchema),
  handlers: z.array(userRef),
  organisationAddress: z.string().nullable(),
  warnings: z.array(z.string()),
});
export type ReportDetail = z.infer<typeof reportDetailSchema>;

export const reportListSchema = z.object({ reports: z.array(reportSummarySchema) });

export const reportMessageSchema = z.object({
  id: z.string(),
  author: z.string(),
  fromReporter: z.boolean(),
  body: z.string(),
  createdAt: z.string(),
});
export const reportMessageListSchema = z.object({ messages: z.array(reportMessageSchema) });
export type ReportMessage = z.infer<typeof reportMessageSchema>;

/**
 * A count; "<5" when fewer than five cases would make people recognisable; "x" when a larger
 * count is withheld so a "<5" cannot be worked out from the total (secondary suppression).
 */
export const suppressedCountSchema = z.union([
  z.number().int().min(5),
  z.literal('<5'),
  z.literal('x'),
  z.literal(0),
]);
export const figureRowSchema = z.object({ key: z.string(), count: suppressedCountSchema });
export const reportFiguresSchema = z.object({
  organisations: z.array(z.object({ code: z.string(), name: z.string() })),
  period: z.object({ from: z.string(), to: z.string() }),
  total: suppressedCountSchema,
  byCategory: z.array(figureRowSchema),
  byTargetRole: z.array(figureRowSchema),
  online: suppressedCountSchema,
  offline: suppressedCountSchema,
  aangifte: suppressedCountSchema,
  medianHoursToFirstContact: z.number().nullable(),
  /** Office-holders who reported themselves more than once in the period (on-behalf reports not counted). */
  repeatTargets: suppressedCountSchema,
  /** Per period, the column totals of `trend` (the same protected numbers). */
  byPeriod: z.array(figureRowSchema),
  trend: z.object({
    granularity: z.enum(['month', 'quarter']),
    /** `2026-03` or `2026-K1`, every period of the range, empty ones included. */
    periods: z.array(z.string()),
    rows: z.array(
      z.object({
        key: z.string(),
        cells: z.array(suppressedCountSchema),
        total: suppressedCountSchema,
      }),
    ),
  }),
});
export type ReportFigures = z.infer<typeof reportFiguresSchema>;

/** Whether an organisation shares its figures for the Monitor Integriteit & Veiligheid. */
export const reportSettingsSchema = z.object({
  mivExport: z.boolean(),
  changedAt: z.string().nullable(),
});
export type ReportSettings = z.infer<typeof reportSettingsSchema>;
export const reportSettingsUpdateSchema = z.strictObject({ mivExport: z.boolean() });

/** The anonymised export in Monitor Integriteit & Veiligheid categories: suppressed aggregates only. */
export const mivExportSchema = z.object({
  format: z.literal('weerbaar-miv-export/1'),
  period: z.object({ from: z.string(), to: z.string() }),
  /** The organisations whose cases are counted (those that opted in, or the viewer's own). */
  organisations: z.array(z.object({ code: z.string(), name: z.string() })),
  /** Organisations in scope left out because they did not opt in. */
  leftOut: z.number().int(),
  rows: z.array(
    z.object({
      category: z.enum(mivCategories),
      label: z.string(),
      online: suppressedCountSchema,
      offline: suppressedCountSchema,
      total: suppressedCountSchema,
      aangifte: suppressedCountSchema,
    }),
  ),
  total: suppressedCountSchema,
  disclosure: z.string(),
});
export type MivExport = z.infer<typeof mivExportSchema>;

/**
 * A ZGW-style (Zaken API 1.5.1) archive export of one case: Zaak, Statussen, Rollen and
 * ZaakEigenschappen. Confidential content (description, identities, perpetrator) is left out on
 * purpose and listed in `weggelaten`.
 */
export const zgwExportSchema = z.object({
  zaak: z.object({
    identificatie: z.string(),
    bronorganisatie: z.string(),
    verantwoordelijkeOrganisatie: z.string(),
    zaaktype: z.string(),
    omschrijving: z.string(),
    toelichting: z.string(),
    registratiedatum: z.string(),
    startdatum: z.string(),
    einddatum: z.string().nullable(),
    communicatiekanaalNaam: z.string(),
    vertrouwelijkheidaanduiding: z.enum(['vertrouwelijk', 'geheim', 'zeer_geheim']),
    archiefnominatie: z.literal('vernietigen'),
    archiefactiedatum: z.string().nullable(),
    archiefstatus: z.literal('nog_te_archiveren'),
  }),
  statussen: z.array(
    z.object({
      statustype: z.string(),
      datumStatusGezet: z.string(),
      statustoelichting: z.string(),
    }),
  ),
  rollen: z.array(
    z.object({
      betrokkeneType: z.literal('medewerker'),
      omschrijvingGeneriek: z.enum(['initiator', 'behandelaar']),
      roltoelichting: z.string(),
    }),
  ),
  zaakeigenschappen: z.array(z.object({ naam: z.string(), waarde: z.string() })),
  weggelaten: z.array(z.string()),
});
export type ZgwExport = z.infer<typeof zgwExportSchema>;

/** Largest evidence file, in bytes (5 MB). */
export const maxAttachmentBytes = 5 * 1024 * 1024;

export const attachmentUploadSchema = z.strictObject({
  fileName: z.string().min(1).max(200),
  /** The file's bytes, base64-encoded; the server checks the real type from the bytes. */
  contentBase64: z.base64().max(Math.ceil(maxAttachmentBytes / 3) * 4),
});

export const attachmentSchema = z.object({
  id: z.string(),
  fileName: z.string(),
  mediaType: z.enum(['image/png', 'image/jpeg', 'application/pdf']),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  createdAt: z.string(),
});
export const attachmentListSchema = z.object({ attachments: z.array(attachmentSchema) });
export type Attachment = z.infer<typeof attachmentSchema>;
