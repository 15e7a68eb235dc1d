// SPDX-License-Identifier: EUPL-1.2
import { count, share, type VariableInput } from './define';

const money = <const Id extends string, const Weight extends string | undefined>(
  id: Id,
  label: string,
  kind: 'mean' | 'median',
  weight: Weight,
  description: string,
) => ({ id, label, unit: 'x € 1 000', kind, description, ...(weight ? { weight } : {}) }) as const;

/**
 * Inkomen, vermogen, arbeid en opleiding. Income and wealth columns of a KWB edition refer to an
 * earlier reporting year than the edition, so they carry a `kwb_` prefix: a series must never
 * mix them with the income and wealth tables, whose period is the reporting year itself.
 */
export const incomeVariables = [
  {
    id: 'income_households_x1000',
    label: 'Particuliere huishoudens (inkomensstatistiek)',
    unit: 'x 1 000',
    kind: 'count',
    description:
      'Particuliere huishoudens, studenten inbegrepen, waarover het inkomen is berekend.',
  },
  money(
    'standardised_income_mean_x1000_eur',
    'Gemiddeld gestandaardiseerd inkomen',
    'mean',
    'income_households_x1000',
    'Besteedbaar huishoudensinkomen, gecorrigeerd voor grootte en samenstelling van het huishouden, gemiddeld.',
  ),
  money(
    'standardised_income_median_x1000_eur',
    'Mediaan gestandaardiseerd inkomen',
    'median',
    'income_households_x1000',
    'Mediaan van het gestandaardiseerd huishoudensinkomen.',
  ),
  money(
    'disposable_income_mean_x1000_eur',
    'Gemiddeld besteedbaar inkomen',
    'mean',
    'income_households_x1000',
    'Gemiddeld besteedbaar inkomen per particulier huishouden.',
  ),
  money(
    'disposable_income_median_x1000_eur',
    'Mediaan besteedbaar inkomen',
    'median',
    'income_households_x1000',
    'Mediaan van het besteedbaar inkomen per particulier huishouden.',
  ),
  {
    id: 'wealth_households_x1000',
    label: 'Particuliere huishoudens (vermogensstatistiek)',
    unit: 'x 1 000',
    kind: 'count',
    description: 'Particuliere huishoudens waarover het vermogen is berekend (CBS 86160NED).',
  },
  {
    id: 'wealth_total_bn_eur',
    label: 'Totaal vermogen',
    unit: 'mld euro',
    kind: 'count',
    description: 'Som van het vermogen van particuliere huishoudens.',
  },
  money(
    'wealth_mean_x1000_eur',
    'Gemiddeld vermogen',
    'mean',
    'wealth_households_x1000',
    'Gemiddeld vermogen (bezittingen min schulden) per particulier huishouden.',
  ),
  money(
    'wealth_median_x1000_eur',
    'Mediaan vermogen',
    'median',
    'wealth_households_x1000',
    'Mediaan van het vermogen per particulier huishouden.',
  ),
  money(
    'kwb_income_per_inhabitant_mean_x1000_eur',
    'Gemiddeld inkomen per inwoner (KWB)',
    'mean',
    'population',
    'Gemiddeld persoonlijk inkomen per inwoner zoals opgenomen in de KWB-editie; het verslagjaar ligt vóór het editiejaar.',
  ),
  money(
    'kwb_income_per_recipient_mean_x1000_eur',
    'Gemiddeld inkomen per inkomensontvanger (KWB)',
    'mean',
    undefined,
    'Gemiddeld persoonlijk inkomen per inkomensontvanger zoals opgenomen in de KWB-editie.',
  ),
  money(
    'kwb_standardised_income_mean_x1000_eur',
    'Gemiddeld gestandaardiseerd inkomen (KWB)',
    'mean',
    'households',
    'Gemiddeld gestandaardiseerd huishoudensinkomen zoals opgenomen in de KWB-editie.',
  ),
  money(
    'kwb_wealth_median_x1000_eur',
    'Mediaan vermogen (KWB)',
    'median',
    'households',
    'Mediaan vermogen van particuliere huishoudens zoals opgenomen in de KWB-editie.',
  ),
  share(
    'kwb_households_bottom_40pct_income_pct',
    'Huishoudens met de landelijk laagste 40 % inkomens (KWB)',
    'households',
    'Aandeel huishoudens dat tot de landelijke 40 % met het laagste inkomen behoort; niet de lage-inkomensgrens.',
  ),
  share(
    'kwb_households_top_20pct_income_pct',
    'Huishoudens met de landelijk hoogste 20 % inkomens (KWB)',
    'households',
    'Aandeel huishoudens dat tot de landelijke 20 % met het hoogste inkomen behoort.',
  ),
  share(
    'kwb_households_social_minimum_pct',
    'Huishoudens onder of rond het sociaal minimum (KWB)',
    'households',
    'Aandeel huishoudens met een inkomen onder of rond het sociaal minimum.',
  ),
  {
    id: 'net_labour_participation_pct',
    label: 'Netto arbeidsparticipatie',
    unit: '%',
    kind: 'percentage',
    description: 'Werkzame beroepsbevolking als percentage van de bevolking van 15 tot 75 jaar.',
  },
  {
    id: 'employees_pct',
    label: 'Aandeel werknemers',
    unit: '%',
    kind: 'percentage',
    description: 'Werknemers als percentage van de werkzame beroepsbevolking.',
  },
  {
    id: 'self_employed_pct',
    label: 'Aandeel zelfstandigen',
    unit: '%',
    kind: 'percentage',
    description: 'Zelfstandigen als percentage van de werkzame beroepsbevolking.',
  },
  count(
    'education_low',
    'Opleidingsniveau laag',
    'Inwoners van 15 tot 75 jaar met een laag onderwijsniveau; door CBS op tientallen afgerond.',
  ),
  count(
    'education_medium',
    'Opleidingsniveau middelbaar',
    'Inwoners van 15 tot 75 jaar met een middelbaar onderwijsniveau; op tientallen afgerond.',
  ),
  count(
    'education_high',
    'Opleidingsniveau hoog',
    'Inwoners van 15 tot 75 jaar met een hoog onderwijsniveau; op tientallen afgerond.',
  ),
] as const satisfies readonly VariableInput[];
