// SPDX-License-Identifier: EUPL-1.2
import type {
  Confidentiality,
  ReportCategory,
  ReportChannel,
  ReportLine,
  TargetRole,
} from '../workflow/taxonomy';
import type { RecordKind, ReportStatus } from '../workflow/template';

/** Dutch labels of the meldpunt taxonomy (B1 language level). */
export const categoryLabels: Record<ReportCategory, string> = {
  verbal_aggression: 'Verbale agressie (schelden, beledigen)',
  threat: 'Bedreiging',
  intimidation: 'Intimidatie',
  physical_violence: 'Fysiek geweld',
  vandalism: 'Vernieling',
  online_hate: 'Online haat of bedreiging',
  doxing: 'Doxing (persoonlijke gegevens verspreid)',
  stalking: 'Stalking',
  undue_influence: 'Ongewenste beïnvloeding of omkoping',
  undermining_signal: 'Ondermijningssignaal',
  integrity_violation: 'Integriteitsschending',
  security_incident: 'Veiligheidsincident',
};

export const channelLabels: Record<ReportChannel, string> = {
  in_person: 'Persoonlijk (face to face)',
  phone: 'Telefoon',
  mail: 'Post of e-mail',
  social_media: 'Sociale media',
  at_home: 'Bij mij thuis',
  other: 'Anders',
};

export const targetRoleLabels: Record<TargetRole, string> = {
  raadslid: 'Raadslid',
  fractiemedewerker: 'Fractiemedewerker',
  wethouder: 'Wethouder',
  burgemeester: 'Burgemeester',
  statenlid: 'Statenlid',
  gedeputeerde: 'Gedeputeerde',
  ambtenaar: 'Ambtenaar',
  griffier: 'Griffier',
  gemeentesecretaris: 'Gemeentesecretaris',
  family_member: 'Familielid of huisgenoot van een ambtsdrager',
};

export const lineLabels: Record<ReportLine, string> = {
  raad: 'Raadslijn (griffie)',
  college: 'Collegelijn (burgemeester en secretaris)',
};

export const confidentialityLabels: Record<Confidentiality, string> = {
  line: 'Behandeling door de griffie of het college',
  vertrouwenspersoon: 'Alleen de vertrouwenspersoon',
};

export const statusLabels: Record<ReportStatus, string> = {
  draft: 'Concept',
  registered: 'Geregistreerd',
  care: 'Zorg voor de melder',
  assessment: 'Beoordeling',
  police_report: 'Melding of aangifte bij de politie',
  perpetrator_response: 'Reactie op de dader',
  threat_assessment: 'Dreigingsinschatting',
  acknowledged: 'Ontvangst bevestigd',
  investigation: 'Onderzoek',
  feedback: 'Terugkoppeling',
  closed: 'Afgesloten',
};

export const recordLabels: Record<RecordKind, string> = {
  triage: 'Triage',
  aftercare: 'Nazorgplan',
  assessment: 'Beoordeling',
  aangifte: 'Aangiftedossier',
  measures: 'Maatregelen richting de dader',
  outcome: 'Uitkomst',
};

const eventLabels: Record<string, string> = {
  draft: 'Concept bewaard',
  'draft.update': 'Concept gewijzigd',
  submitted: 'Melding verstuurd',
  assignment: 'Toegewezen',
  escalation: 'Opgeschaald',
  break_glass: 'Noodtoegang gebruikt',
  grant: 'Toegang gegeven',
  'grant.revoke': 'Toegang ingetrokken',
  attachment: 'Bijlage toegevoegd',
};

/** A history line in Dutch: the step reached, the record filled in, or what happened. */
export function eventLabel(kind: string, to: ReportStatus | null): string {
  if (kind === 'transition' && to) return `Naar ${statusLabels[to].toLowerCase()}`;
  if (kind.startsWith('record.')) {
    const record = kind.slice('record.'.length) as RecordKind;
    return record in recordLabels ? `${recordLabels[record]} vastgelegd` : kind;
  }
  return eventLabels[kind] ?? kind;
}
