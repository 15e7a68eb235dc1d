// SPDX-License-Identifier: EUPL-1.2
import { z } from 'zod';

/**
 * What happened, in one list aligned with the Monitor Integriteit & Veiligheid and the
 * integrity registration model. Codes are English; Dutch labels live in labels.ts.
 */
export const reportCategories = [
  'verbal_aggression',
  'threat',
  'intimidation',
  'physical_violence',
  'vandalism',
  'online_hate',
  'doxing',
  'stalking',
  'undue_influence',
  'undermining_signal',
  'integrity_violation',
  'security_incident',
] as const;
export const reportCategorySchema = z.enum(reportCategories);
export type ReportCategory = z.infer<typeof reportCategorySchema>;

/** How the incident reached the target. */
export const reportChannels = [
  'in_person',
  'phone',
  'mail',
  'social_media',
  'at_home',
  'other',
] as const;
export const reportChannelSchema = z.enum(reportChannels);
export type ReportChannel = z.infer<typeof reportChannelSchema>;

/** Online incidents, for the online-versus-offline figure. */
export const onlineChannels: readonly ReportChannel[] = ['social_media', 'mail'];

/** The role of the person the incident was aimed at (family members included). */
export const targetRoles = [
  'raadslid',
  'fractiemedewerker',
  'wethouder',
  'burgemeester',
  'statenlid',
  'gedeputeerde',
  'ambtenaar',
  'griffier',
  'gemeentesecretaris',
  'family_member',
] as const;
export const targetRoleSchema = z.enum(targetRoles);
export type TargetRole = z.infer<typeof targetRoleSchema>;

/**
 * The raad line (griffie) and the college line (burgemeester, gemeentesecretaris, coördinator)
 * are kept apart: a raadslid's report is not the college's business.
 */
export const reportLines = ['raad', 'college'] as const;
export const reportLineSchema = z.enum(reportLines);
export type ReportLine = z.infer<typeof reportLineSchema>;

/** Which line picks up a report, by the target's role (indicative; set per local protocol). */
export const lineByTargetRole: Record<TargetRole, ReportLine> = {
  raadslid: 'raad',
  fractiemedewerker: 'raad',
  statenlid: 'raad',
  griffier: 'raad',
  wethouder: 'college',
  burgemeester: 'college',
  gedeputeerde: 'college',
  ambtenaar: 'college',
  gemeentesecretaris: 'college',
  family_member: 'college',
};

/** `line`: the line handles it; `vertrouwenspersoon`: only the vertrouwenspersoon holds it. */
export const confidentialityLevels = ['line', 'vertrouwenspersoon'] as const;
export const confidentialitySchema = z.enum(confidentialityLevels);
export type Confidentiality = z.infer<typeof confidentialitySchema>;

/** Categories that follow the whistle-blower law (Wet bescherming klokkenluiders) timeline. */
export const integrityCategories: readonly ReportCategory[] = [
  'integrity_violation',
  'undue_influence',
];
