// SPDX-License-Identifier: EUPL-1.2
import { count, share, type VariableInput } from './define';

/** Wonen en vastgoed. Shares of dwellings are weighted by the dwelling stock. */
export const housingVariables = [
  count('dwellings', 'Woningvoorraad', 'Woningen op 1 januari.'),
  {
    id: 'woz_mean_x1000_eur',
    label: 'Gemiddelde WOZ-waarde',
    unit: 'x € 1 000',
    kind: 'mean',
    weight: 'dwellings',
    description: 'Gemiddelde WOZ-waarde van woningen.',
  },
  share(
    'owner_occupied_pct',
    'Aandeel koopwoningen',
    'dwellings',
    'Koopwoningen als percentage van alle woningen.',
  ),
  share(
    'rented_pct',
    'Aandeel huurwoningen',
    'dwellings',
    'Huurwoningen als percentage van alle woningen.',
  ),
  share(
    'corporation_rented_pct',
    'Aandeel corporatiewoningen',
    'dwellings',
    'Huurwoningen in bezit van woningcorporaties als percentage van alle woningen; niet hetzelfde als sociale huur.',
  ),
  share(
    'single_family_dwellings_pct',
    'Aandeel eengezinswoningen',
    'dwellings',
    'Eengezinswoningen als percentage van alle woningen.',
  ),
  share(
    'multi_family_dwellings_pct',
    'Aandeel meergezinswoningen',
    'dwellings',
    'Meergezinswoningen als percentage van alle woningen.',
  ),
  share(
    'dwellings_built_since_2000_pct',
    'Aandeel woningen gebouwd vanaf 2000',
    'dwellings',
    'Woningen met bouwjaar 2000 of later als percentage van alle woningen.',
  ),
  share(
    'vacant_dwellings_pct',
    'Aandeel leegstaande woningen',
    'dwellings',
    'Leegstaande woningen als percentage van alle woningen.',
  ),
  share(
    'district_heating_dwellings_pct',
    'Aandeel woningen met stadsverwarming',
    'dwellings',
    'Woningen met stadsverwarming als percentage van alle woningen; alleen vermeld waar het voorkomt.',
  ),
  {
    id: 'gas_use_mean_m3',
    label: 'Gemiddeld aardgasverbruik',
    unit: 'm³',
    kind: 'mean',
    weight: 'dwellings',
    description: 'Gemiddeld aardgasverbruik per woning.',
  },
  {
    id: 'electricity_use_mean_kwh',
    label: 'Gemiddeld elektriciteitsverbruik',
    unit: 'kWh',
    kind: 'mean',
    weight: 'dwellings',
    description: 'Gemiddeld elektriciteitsverbruik per woning.',
  },
  count(
    'dwelling_stock_start',
    'Woningvoorraad begin van het jaar',
    'Woningen aan het begin van het jaar (CBS 81955NED).',
  ),
  count(
    'dwelling_stock_end',
    'Woningvoorraad einde van het jaar',
    'Woningen aan het einde van het jaar (CBS 81955NED); begin plus nieuwbouw is niet het einde, want sloop en correcties ontbreken.',
  ),
  count(
    'new_build_dwellings',
    'Nieuwbouwwoningen',
    'Nieuw gebouwde woningen in het jaar (CBS 81955NED).',
  ),
  {
    id: 'sale_price_mean_eur',
    label: 'Gemiddelde verkoopprijs bestaande koopwoningen',
    unit: 'euro',
    kind: 'mean',
    description:
      'Gemiddelde verkoopprijs van bestaande koopwoningen verkocht in het jaar (CBS 83625NED). Het aantal verkopen ontbreekt, dus een landelijk gemiddelde is niet uit de gemeenten af te leiden.',
  },
] as const satisfies readonly VariableInput[];
