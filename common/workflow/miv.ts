// SPDX-License-Identifier: EUPL-1.2
import type { ReportCategory } from './taxonomy';

/**
 * The kinds of incident the Monitor Integriteit & Veiligheid asks office-holders about, and how
 * our categories fold into them for the opt-in export. The monitor is a survey: the export adds
 * the registration side in its terms. Check the labels against the questionnaire of each new
 * monitor edition before an export is sent.
 */
export const mivCategories = [
  'verbale_agressie',
  'bedreiging',
  'intimidatie',
  'fysiek_geweld',
  'vernieling_diefstal',
  'integriteit',
] as const;
export type MivCategory = (typeof mivCategories)[number];

export const mivCategoryOf: Record<ReportCategory, MivCategory> = {
  verbal_aggression: 'verbale_agressie',
  online_hate: 'verbale_agressie',
  threat: 'bedreiging',
  intimidation: 'intimidatie',
  doxing: 'intimidatie',
  stalking: 'intimidatie',
  physical_violence: 'fysiek_geweld',
  vandalism: 'vernieling_diefstal',
  undue_influence: 'integriteit',
  undermining_signal: 'integriteit',
  integrity_violation: 'integriteit',
  security_incident: 'integriteit',
};

/** Dutch labels as the monitor uses them. */
export const mivCategoryLabels: Record<MivCategory, string> = {
  verbale_agressie: 'Verbale agressie (schelden, beledigen), ook online',
  bedreiging: 'Bedreiging',
  intimidatie: 'Intimidatie (ook stalking en doxing)',
  fysiek_geweld: 'Fysiek geweld',
  vernieling_diefstal: 'Vernieling of diefstal van eigendommen',
  integriteit: 'Integriteit en ondermijning',
};
