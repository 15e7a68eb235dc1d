// SPDX-License-Identifier: EUPL-1.2
import { count, type VariableInput } from './define';

const distance = <const Id extends string>(id: Id, label: string, to: string) =>
  ({
    id,
    label,
    unit: 'km',
    kind: 'mean',
    weight: 'population',
    description: `Gemiddelde afstand over de weg van inwoners tot ${to}.`,
  }) as const;

/** Economie, zorg, vervoer, voorzieningen en criminaliteit. */
export const economySafetyVariables = [
  count(
    'business_establishments',
    'Bedrijfsvestigingen',
    'Bedrijfsvestigingen totaal, zonder uitsplitsing naar sector; door CBS op vijftallen afgerond.',
  ),
  {
    id: 'wmo_clients_per_1000',
    label: 'Wmo-cliënten',
    unit: 'per 1 000 inwoners',
    kind: 'rate',
    weight: 'population',
    description: 'Cliënten met een maatwerkarrangement Wmo per 1 000 inwoners.',
  },
  {
    id: 'youth_care_pct',
    label: 'Jongeren met jeugdzorg',
    unit: '%',
    kind: 'percentage',
    description: 'Jongeren tot 18 jaar met jeugdzorg als percentage van alle jongeren.',
  },
  count(
    'passenger_cars',
    "Personenauto's",
    "Personenauto's op 1 januari; door CBS op vijftallen afgerond.",
  ),
  {
    id: 'passenger_cars_per_household',
    label: "Personenauto's per huishouden",
    unit: 'per huishouden',
    kind: 'rate',
    weight: 'households',
    description:
      "Personenauto's per particulier huishouden; leaseauto's tellen bij het adres van het leasebedrijf.",
  },
  {
    id: 'passenger_cars_per_km2',
    label: "Personenauto's per km²",
    unit: 'per km²',
    kind: 'rate',
    weight: 'land_area_ha',
    description: "Personenauto's per km² land.",
  },
  count(
    'motorcycles',
    'Motortweewielers',
    'Motortweewielers op 1 januari; door CBS op vijftallen afgerond.',
  ),
  distance(
    'distance_gp_km',
    'Afstand tot huisartsenpraktijk',
    'de dichtstbijzijnde huisartsenpraktijk',
  ),
  distance(
    'distance_supermarket_km',
    'Afstand tot grote supermarkt',
    'de dichtstbijzijnde grote supermarkt',
  ),
  distance(
    'distance_train_station_km',
    'Afstand tot treinstation',
    'het dichtstbijzijnde treinstation',
  ),
  distance(
    'distance_motorway_ramp_km',
    'Afstand tot oprit hoofdverkeersweg',
    'de dichtstbijzijnde oprit van een hoofdverkeersweg',
  ),
  count(
    'registered_crimes',
    'Geregistreerde misdrijven',
    'Door de politie geregistreerde misdrijven (totaal, pogingen inbegrepen) naar gemeente van het delict. Een maat voor registraties, niet voor de werkelijke criminaliteit.',
  ),
] as const satisfies readonly VariableInput[];
