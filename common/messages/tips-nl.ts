// SPDX-License-Identifier: EUPL-1.2
import type { TipCategory, TipStatus, closeReasons, forwardTargets } from '../contracts/tips';

/** What a tip is about, as the sender chooses it (B1). */
export const tipCategoryLabels: Record<TipCategory, string> = {
  undermining_signal: 'Ondermijning: bijvoorbeeld drugs, witwassen of een verdacht pand',
  integrity_violation: 'Integriteit: een bestuurder of ambtenaar die zijn positie misbruikt',
  undue_influence: 'Omkoping of druk op een bestuurder of ambtenaar',
  threat: 'Bedreiging van een bestuurder of politicus',
  intimidation: 'Intimidatie van een bestuurder of politicus',
  online_hate: 'Online haat of bedreiging van een bestuurder',
  doxing: 'Persoonlijke gegevens van een bestuurder verspreid (doxing)',
};

export const tipStatusLabels: Record<TipStatus, string> = {
  new: 'Nieuw',
  in_progress: 'In behandeling',
  forwarded: 'Doorgezet',
  closed: 'Afgesloten',
};

/** What the sender reads about the status of the tip. */
export const tipStatusForSender: Record<TipStatus, string> = {
  new: 'Uw tip is ontvangen en wordt bekeken.',
  in_progress: 'Uw tip is in behandeling.',
  forwarded: 'Uw tip is doorgegeven aan een organisatie die er iets mee kan, zoals de politie.',
  closed: 'Uw tip is afgehandeld. Dank u wel.',
};

export const forwardTargetLabels: Record<(typeof forwardTargets)[number], string> = {
  riec: 'RIEC',
  politie: 'Politie',
  meld_misdaad_anoniem: 'Meld Misdaad Anoniem',
  other: 'Een andere organisatie',
};

export const closeReasonLabels: Record<(typeof closeReasons)[number], string> = {
  handled: 'Afgehandeld',
  converted_to_case: 'Verder als melding in het meldpunt',
  insufficient_information: 'Te weinig informatie',
  no_follow_up: 'Geen vervolg nodig',
  duplicate: 'Dubbele tip',
};
