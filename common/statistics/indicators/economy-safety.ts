// SPDX-License-Identifier: EUPL-1.2
import { approximateNational, published, ratio, type IndicatorInput } from './define';

const economie = { theme: 'economie', direction: 'neutral' } as const;
const leefbaarheid = { theme: 'leefbaarheid', direction: 'neutral' } as const;
const registration =
  'Geregistreerde criminaliteit meet wat bij de politie bekend wordt: aangiftebereidheid, opsporingsprioriteiten en controles (meer controle geeft meer registraties van bijvoorbeeld drugs- en verkeersdelicten) bepalen het cijfer mede. Het is geen maat voor de werkelijke criminaliteit.';
const crimeScene =
  'Misdrijven tellen in de gemeente waar ze zijn gepleegd; in gemeenten met veel bezoekers (binnensteden, uitgaansgebieden, winkelcentra, evenementen) is het aantal per inwoner daardoor hoog.';

/** Criminaliteit, economie en leefbaarheid. */
export const economySafetyIndicators: readonly IndicatorInput[] = [
  ratio(
    {
      theme: 'criminaliteit',
      direction: 'higher-more-attention',
      id: 'geregistreerde-misdrijven-per-1000-inwoners',
      name: 'Geregistreerde misdrijven per 1.000 inwoners',
      unit: 'per 1.000 inwoners',
      measures:
        'Door de politie geregistreerde misdrijven (totaal, pogingen inbegrepen) in het jaar per 1.000 inwoners op 1 januari.',
      caveats: [
        registration,
        crimeScene,
        'In gemeenten met weinig inwoners schommelt het cijfer sterk door toeval; lees het naast de trechtergrenzen.',
        'De politie kan niet elk misdrijf aan een gemeente toewijzen; die tellen alleen in het landelijk totaal.',
      ],
    },
    'registered_crimes',
    'population',
    1000,
  ),
  published(
    {
      theme: 'criminaliteit',
      direction: 'neutral',
      id: 'geregistreerde-misdrijven',
      name: 'Geregistreerde misdrijven',
      unit: 'aantal',
      measures:
        'Aantal door de politie geregistreerde misdrijven in het jaar (totaal, pogingen inbegrepen).',
      caveats: [
        registration,
        'Een aantal zegt weinig zonder noemer; vergelijk per 1.000 inwoners.',
      ],
    },
    'count',
    'registered_crimes',
  ),
  ratio(
    {
      ...economie,
      id: 'bedrijfsvestigingen-per-1000-inwoners',
      name: 'Bedrijfsvestigingen per 1.000 inwoners',
      unit: 'per 1.000 inwoners',
      measures: 'Bedrijfsvestigingen (alle sectoren) per 1.000 inwoners.',
      caveats: [
        'De bron geeft geen uitsplitsing naar sector: kwetsbare branches (horeca, kappers, autohandel, vastgoed) zijn hieruit niet af te lezen.',
        'CBS rondt het aantal vestigingen af op vijftallen.',
        'Eenmanszaken aan een woonadres en postbusvestigingen tellen mee.',
      ],
    },
    'business_establishments',
    'population',
    1000,
  ),
  published(
    {
      ...economie,
      id: 'aandeel-zelfstandigen',
      name: 'Aandeel zelfstandigen',
      unit: '%',
      measures: 'Zelfstandigen als percentage van de werkzame beroepsbevolking.',
      caveats: [
        'De bron geeft de omvang van de werkzame beroepsbevolking niet: een landelijke waarde is hieruit niet te berekenen.',
      ],
    },
    'mean',
    'self_employed_pct',
  ),
  published(
    {
      ...economie,
      id: 'netto-arbeidsparticipatie',
      name: 'Netto arbeidsparticipatie',
      unit: '%',
      measures: 'Werkzame beroepsbevolking als percentage van de bevolking van 15 tot 75 jaar.',
      caveats: [
        'De bron geeft de omvang van de bevolking van 15 tot 75 jaar niet: een landelijke waarde is hieruit niet te berekenen.',
      ],
    },
    'mean',
    'net_labour_participation_pct',
  ),
  published(
    {
      ...leefbaarheid,
      id: 'wmo-clienten-per-1000-inwoners',
      name: 'Wmo-cliënten per 1.000 inwoners',
      unit: 'per 1.000 inwoners',
      measures: 'Inwoners met een maatwerkarrangement uit de Wmo per 1.000 inwoners.',
      caveats: [
        'Gemeenten organiseren en registreren Wmo-ondersteuning verschillend.',
        approximateNational,
      ],
    },
    'mean',
    'wmo_clients_per_1000',
    { weight: 'population' },
  ),
  published(
    {
      ...leefbaarheid,
      id: 'afstand-huisartsenpraktijk',
      name: 'Afstand tot huisartsenpraktijk',
      unit: 'km',
      measures:
        'Gemiddelde afstand over de weg van inwoners tot de dichtstbijzijnde huisartsenpraktijk.',
      caveats: [approximateNational],
    },
    'mean',
    'distance_gp_km',
    { weight: 'population' },
  ),
  published(
    {
      ...leefbaarheid,
      id: 'afstand-grote-supermarkt',
      name: 'Afstand tot grote supermarkt',
      unit: 'km',
      measures:
        'Gemiddelde afstand over de weg van inwoners tot de dichtstbijzijnde grote supermarkt.',
      caveats: [approximateNational],
    },
    'mean',
    'distance_supermarket_km',
    { weight: 'population' },
  ),
  published(
    {
      ...leefbaarheid,
      id: 'omgevingsadressendichtheid',
      name: 'Omgevingsadressendichtheid',
      unit: 'adressen per km²',
      measures:
        'Gemiddeld aantal adressen per km² binnen een straal van 1 km rond elk adres: de maat van CBS voor stedelijkheid.',
      caveats: [
        'Er is geen landelijke waarde uit gemeenten af te leiden zonder het aantal adressen.',
      ],
    },
    'mean',
    'address_density_per_km2',
  ),
];
