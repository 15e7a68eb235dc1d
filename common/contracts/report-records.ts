// SPDX-License-Identifier: EUPL-1.2
import { z } from 'zod';

/** Free text: trimmed, kept as typed (HTML is text, never markup), bounded. */
export const freeText = (max: number) => z.string().trim().max(max);
const isoDate = z.iso.date();

export const severities = ['laag', 'middel', 'hoog'] as const;

/** Triage: severity and the threat questions that set the flags. */
export const triageRecordSchema = z.strictObject({
  severity: z.enum(severities),
  sameDayAftercare: z.boolean(),
  policeNow: z.boolean(),
  threatAssessment: z.boolean(),
  note: freeText(2000).optional(),
});

export const supportOptions = [
  'ondersteuningsteam_weerbaar_bestuur',
  'slachtofferhulp',
  'vertrouwenspersoon',
  'bedrijfsarts',
] as const;

/** Nazorg plan: check-ins on day 1, 7 and 30, family, support offered and accepted, security. */
export const aftercareRecordSchema = z.strictObject({
  checkIns: z
    .array(
      z.strictObject({
        day: z.union([z.literal(1), z.literal(7), z.literal(30)]),
        plannedOn: isoDate,
        doneOn: isoDate.nullable(),
        note: freeText(1000).optional(),
      }),
    )
    .max(10),
  familyIncluded: z.boolean(),
  supportOffered: z.array(z.enum(supportOptions)),
  supportAccepted: z.array(z.enum(supportOptions)),
  homeSecurityScheme: z.boolean(),
  kvkAddressShielded: z.boolean(),
  note: freeText(2000).optional(),
});

/** Beoordeling: emotional or boundary-crossing behaviour, and whether it is an offence. */
export const assessmentRecordSchema = z.strictObject({
  classification: z.enum(['emotioneel', 'grensoverschrijdend', 'strafbaar']),
  offence: freeText(200).optional(),
  note: freeText(2000).optional(),
});

/** Aangiftedossier: the VPD registration fields for a melding or aangifte at the police. */
export const aangifteRecordSchema = z.strictObject({
  kind: z.enum(['melding', 'aangifte']),
  filedBy: z.enum(['slachtoffer', 'organisatie']),
  filedOn: isoDate.nullable(),
  functionStated: z.boolean(),
  domicile: freeText(300).min(1),
  vptCodeAsked: z.boolean(),
  vptCodeReceived: z.boolean(),
  underNumber: z.boolean(),
  policeRegistrationNumber: freeText(60).optional(),
  omDecision: z.enum(['onbekend', 'vervolging', 'sepot', 'strafbeschikking', 'transactie']),
  outcome: freeText(2000).optional(),
  damageRecovery: freeText(1000).optional(),
});

export const measureTypes = [
  'brief',
  'gesprek',
  'gebouwverbod',
  'locatieverbod',
  'civiele_vordering',
  'strafrechtelijk_traject',
] as const;

/** Reactie op de dader: a ledger of measures with dates and outcomes. */
export const measuresRecordSchema = z.strictObject({
  items: z
    .array(
      z.strictObject({
        type: z.enum(measureTypes),
        on: isoDate,
        outcome: freeText(1000).optional(),
      }),
    )
    .max(50),
});

/** Uitkomst: what the reporter is told, and what the organisation learns. */
export const outcomeRecordSchema = z.strictObject({
  summary: freeText(3000).min(1),
  lessons: freeText(3000).optional(),
});

export const recordSchemas = {
  triage: triageRecordSchema,
  aftercare: aftercareRecordSchema,
  assessment: assessmentRecordSchema,
  aangifte: aangifteRecordSchema,
  measures: measuresRecordSchema,
  outcome: outcomeRecordSchema,
} as const;

export const recordsSchema = z.strictObject({
  triage: triageRecordSchema.optional(),
  aftercare: aftercareRecordSchema.optional(),
  assessment: assessmentRecordSchema.optional(),
  aangifte: aangifteRecordSchema.optional(),
  measures: measuresRecordSchema.optional(),
  outcome: outcomeRecordSchema.optional(),
});
export type ReportRecords = z.infer<typeof recordsSchema>;
