// SPDX-License-Identifier: EUPL-1.2
import type { VariableId } from '../variables';

import { col, gemeenteOfRegion, regionName, type SourceDefinition } from './define';

const cbs = { publisher: 'CBS', licence: 'CC BY 4.0' } as const;
// CBS rounds counts of persons and households at wijk and buurt level to multiples of 5.
const people = (column: string, variable: VariableId) =>
  col(column, variable, { roundedAt: ['wijk', 'buurt'] });
const gemeenteOnly = { levels: ['gemeente'] } as const;
// Cars, motorcycles and business establishments are multiples of 5 at every level.
const alwaysRounded = { roundedAt: ['gemeente', 'wijk'] } as const;
const regiotype = {
  column: 'regiotype',
  values: { land: 'land', gemeente: 'gemeente', wijk: 'wijk', buurt: 'buurt' },
} as const;

/** Population by age for every level (the one source of 2024 population at all levels). */
export const kwb2024Population: SourceDefinition = {
  ...cbs,
  file: 'kwb/kwb_2024_bevolking_alle_niveaus.csv',
  title: 'Kerncijfers wijken en buurten 2024',
  tableId: '85984NED',
  levels: ['land', 'gemeente', 'wijk', 'buurt'],
  period: { year: 2024 },
  division: 2024,
  region: { code: 'statcode', name: 'statnaam', type: regiotype },
  provisional: false,
  columns: [
    people('aantal_inwoners', 'population'),
    people('mannen', 'population_men'),
    people('vrouwen', 'population_women'),
    people('personen_0_15_jaar', 'population_age_0_15'),
    people('personen_15_25_jaar', 'population_age_15_25'),
    people('personen_25_45_jaar', 'population_age_25_45'),
    people('personen_45_65_jaar', 'population_age_45_65'),
    people('personen_65_jaar_en_ouder', 'population_age_65_plus'),
  ],
  otherColumns: {
    statnaam: regionName,
    gemeentecode: gemeenteOfRegion,
    gemeentenaam: regionName,
    wijkcode: 'wijk van de buurt; volgt ook uit de code',
    indelingswijziging: 'CBS-kenmerk van de indeling, geen statistiek',
  },
};

/** Gemeente and wijk figures 2024 (population itself comes from the file above). */
export const kwb2024GemeenteWijk: SourceDefinition = {
  ...cbs,
  file: 'kwb/kwb_2024_gemeente_wijk.csv',
  title: 'Kerncijfers wijken en buurten 2024 en Wijk- en buurtkaart 2024',
  tableId: '85984NED',
  levels: ['gemeente', 'wijk'],
  period: { year: 2024 },
  division: 2024,
  region: { code: 'statcode', name: 'statnaam', type: regiotype },
  provisional: false,
  columns: [
    col('bevolkingsdichtheid_inw_per_km2', 'population_density_per_km2'),
    col('woningvoorraad', 'dwellings'),
    col('oppervlakte_totaal_ha', 'total_area_ha'),
    col('oppervlakte_land_ha', 'land_area_ha'),
    col('oppervlakte_water_ha', 'water_area_ha'),
    col('pct_0_15_jaar', 'population_age_0_15_pct'),
    col('pct_15_25_jaar', 'population_age_15_25_pct'),
    col('pct_25_45_jaar', 'population_age_25_45_pct'),
    col('pct_45_65_jaar', 'population_age_45_65_pct'),
    col('pct_65_jaar_en_ouder', 'population_age_65_plus_pct'),
    col('huishoudens', 'households', { roundedAt: ['wijk'] }),
    col('gem_huishoudensgrootte', 'household_size_mean'),
    col('pct_eenpersoonshuishoudens', 'single_person_households_pct', gemeenteOnly),
    col('pct_huishoudens_zonder_kinderen', 'households_without_children_pct', gemeenteOnly),
    col('pct_huishoudens_met_kinderen', 'households_with_children_pct', gemeenteOnly),
    col('pct_ongehuwd', 'unmarried_pct', gemeenteOnly),
    col('pct_gehuwd', 'married_pct', gemeenteOnly),
    col('omgevingsadressendichtheid_per_km2', 'address_density_per_km2', gemeenteOnly),
    col('stedelijkheid_klasse', 'urbanity_class', gemeenteOnly),
    col('personenautos', 'passenger_cars', alwaysRounded),
    col('personenautos_per_huishouden', 'passenger_cars_per_household', gemeenteOnly),
    col('personenautos_per_km2', 'passenger_cars_per_km2', gemeenteOnly),
    col('motortweewielers', 'motorcycles', { ...gemeenteOnly, ...alwaysRounded }),
  ],
  otherColumns: {
    statnaam: regionName,
    gemeentecode: gemeenteOfRegion,
    gemeentenaam: regionName,
    aantal_inwoners: 'gelijk aan kwb_2024_bevolking_alle_niveaus.csv, dat de bron is',
    mannen: 'gelijk aan kwb_2024_bevolking_alle_niveaus.csv, dat de bron is',
    vrouwen: 'gelijk aan kwb_2024_bevolking_alle_niveaus.csv, dat de bron is',
  },
};

/** Gemeente figures 2023 (WOZ, tenure and business count; the same 342 codes as 2024). */
export const kwb2023Gemeente: SourceDefinition = {
  ...cbs,
  file: 'kwb/kwb_2023_gemeente.csv',
  title: 'Kerncijfers wijken en buurten 2023 (Wijk- en buurtkaart 2023)',
  tableId: null,
  levels: ['gemeente'],
  period: { year: 2023 },
  division: 2023,
  region: { code: 'gemeentecode', name: 'gemeentenaam' },
  provisional: false,
  columns: [
    col('aantal_inwoners', 'population'),
    col('mannen', 'population_men'),
    col('vrouwen', 'population_women'),
    col('bevolkingsdichtheid_inw_per_km2', 'population_density_per_km2'),
    col('pct_0_15_jaar', 'population_age_0_15_pct'),
    col('pct_15_25_jaar', 'population_age_15_25_pct'),
    col('pct_25_45_jaar', 'population_age_25_45_pct'),
    col('pct_45_65_jaar', 'population_age_45_65_pct'),
    col('pct_65_jaar_en_ouder', 'population_age_65_plus_pct'),
    col('huishoudens', 'households'),
    col('gem_huishoudensgrootte', 'household_size_mean'),
    col('woningvoorraad', 'dwellings'),
    col('gem_woz_waarde_x1000_eur', 'woz_mean_x1000_eur'),
    col('pct_koopwoningen', 'owner_occupied_pct'),
    col('pct_huurwoningen', 'rented_pct'),
    col('pct_eengezinswoning', 'single_family_dwellings_pct'),
    col('bedrijfsvestigingen_totaal', 'business_establishments', { roundedAt: ['gemeente'] }),
    col('personenautos', 'passenger_cars', { roundedAt: ['gemeente'] }),
    col('afstand_huisartsenpraktijk_km', 'distance_gp_km'),
    col('afstand_grote_supermarkt_km', 'distance_supermarket_km'),
  ],
  otherColumns: { gemeentenaam: regionName },
};
