// SPDX-License-Identifier: EUPL-1.2
import {
  approximateNational,
  published,
  ratio,
  wholePercents,
  type IndicatorInput,
} from './define';

const wonen = { theme: 'wonen', direction: 'neutral' } as const;
const dwellingShare = (
  id: string,
  name: string,
  variable: Parameters<typeof published>[2],
  measures: string,
  extra: string[] = [],
) =>
  published(
    {
      ...wonen,
      id,
      name,
      unit: '%',
      measures,
      caveats: [...extra, wholePercents, approximateNational],
    },
    'mean',
    variable,
    { weight: 'dwellings' },
  );

/** Wonen en vastgoed: voorraad, WOZ, eigendom, verkoopprijzen en nieuwbouw. */
export const housingIndicators: readonly IndicatorInput[] = [
  published(
    {
      ...wonen,
      id: 'woningvoorraad',
      name: 'Woningvoorraad',
      unit: 'aantal',
      measures: 'Aantal woningen op 1 januari.',
      caveats: [
        'Een aantal zegt weinig zonder noemer; vergelijk gemeenten op aandelen of per 1.000 woningen.',
      ],
    },
    'count',
    'dwellings',
  ),
  published(
    {
      ...wonen,
      id: 'woz-waarde-gemiddeld',
      name: 'Gemiddelde WOZ-waarde van woningen',
      unit: '× € 1.000',
      measures:
        'Gemiddelde WOZ-waarde van woningen, zoals vastgesteld voor de gemeentelijke belastingen.',
      caveats: [
        'De WOZ-waarde volgt de markt met vertraging (waardepeildatum een jaar eerder).',
        approximateNational,
      ],
    },
    'mean',
    'woz_mean_x1000_eur',
    { weight: 'dwellings' },
  ),
  dwellingShare(
    'aandeel-koopwoningen',
    'Aandeel koopwoningen',
    'owner_occupied_pct',
    'Koopwoningen als percentage van alle woningen.',
  ),
  dwellingShare(
    'aandeel-huurwoningen',
    'Aandeel huurwoningen',
    'rented_pct',
    'Huurwoningen (corporatie en particulier) als percentage van alle woningen.',
  ),
  dwellingShare(
    'aandeel-corporatiewoningen',
    'Aandeel corporatiewoningen',
    'corporation_rented_pct',
    'Huurwoningen in bezit van woningcorporaties als percentage van alle woningen.',
    [
      'Niet hetzelfde als sociale huur: corporaties verhuren ook in het middensegment, particulieren ook sociaal.',
    ],
  ),
  published(
    {
      ...wonen,
      id: 'aandeel-particuliere-huurwoningen',
      name: 'Aandeel particuliere huurwoningen',
      unit: '%',
      measures:
        'Huurwoningen die niet van een woningcorporatie zijn, als percentage van alle woningen.',
      caveats: [
        'Berekend als aandeel huurwoningen min aandeel corporatiewoningen uit dezelfde KWB-editie, dus alleen voor jaren en niveaus waar beide gepubliceerd zijn; ontbreekt één van beide, dan ontbreekt de waarde.',
        'Beide percentages zijn afgerond op hele procenten, dus het verschil kan één procentpunt afwijken; een verschil onder nul wordt als 0 gelezen.',
        'Particuliere huur omvat zowel beleggers als particuliere verhuurders; de bron maakt geen onderscheid.',
        approximateNational,
      ],
    },
    'mean',
    'rented_pct',
    { weight: 'dwellings', minus: 'corporation_rented_pct' },
  ),
  dwellingShare(
    'aandeel-meergezinswoningen',
    'Aandeel meergezinswoningen',
    'multi_family_dwellings_pct',
    'Meergezinswoningen (flats, appartementen) als percentage van alle woningen.',
  ),
  dwellingShare(
    'aandeel-leegstaande-woningen',
    'Aandeel leegstaande woningen',
    'vacant_dwellings_pct',
    'Leegstaande woningen als percentage van alle woningen.',
    ['Leegstand volgens de registratie is niet hetzelfde als feitelijk ongebruikte woningen.'],
  ),
  published(
    {
      ...wonen,
      id: 'verkoopprijs-bestaande-koopwoningen',
      name: 'Gemiddelde verkoopprijs bestaande koopwoningen',
      unit: '€',
      measures:
        'Gemiddelde prijs van bestaande koopwoningen die in het jaar zijn verkocht (Kadaster-transacties).',
      caveats: [
        'Het aantal verkopen ontbreekt in de bron: er is geen landelijke of groepswaarde uit de gemeenten af te leiden, en in kleine gemeenten kunnen enkele dure verkopen het gemiddelde sterk bepalen.',
        'Waarden gelden voor de gemeente zoals die in dat jaar bestond.',
      ],
    },
    'mean',
    'sale_price_mean_eur',
  ),
  ratio(
    {
      ...wonen,
      id: 'nieuwbouw-per-1000-woningen',
      name: 'Nieuwbouw per 1.000 woningen',
      unit: 'per 1.000 woningen',
      measures:
        'Nieuw gebouwde woningen in het jaar per 1.000 woningen aan het begin van het jaar.',
      caveats: [
        'Beide uit CBS 81955NED; sloop en correcties staan er niet in, dus begin plus nieuwbouw is niet het einde van het jaar.',
        'Waarden gelden voor de gemeente zoals die in dat jaar bestond.',
      ],
    },
    'new_build_dwellings',
    'dwelling_stock_start',
    1000,
  ),
];
