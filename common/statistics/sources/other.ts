// SPDX-License-Identifier: EUPL-1.2
import { col, regionName, type SourceDefinition } from './define';

const cbs = { publisher: 'CBS', licence: 'CC BY 4.0' } as const;
// The README: empty cells here are values CBS suppressed (small gemeenten, Leiderdorp).
const suppressed = { empty: 'secret' } as const;

/** Household income 2024, provisional (2024*), gemeenten plus Nederland. */
export const income2024: SourceDefinition = {
  ...cbs,
  file: 'inkomen/inkomen_huishoudens_gemeente_2024.csv',
  title: 'Inkomen van huishoudens; huishoudenskenmerken, regio',
  tableId: null,
  levels: ['land', 'gemeente'],
  period: { year: 2024 },
  division: 2024,
  region: { code: 'statcode', name: 'regionaam' },
  provisional: true,
  columns: [
    col('particuliere_huishoudens_x1000', 'income_households_x1000'),
    col(
      'gem_gestandaardiseerd_inkomen_x1000_eur',
      'standardised_income_mean_x1000_eur',
      suppressed,
    ),
    col(
      'mediaan_gestandaardiseerd_inkomen_x1000_eur',
      'standardised_income_median_x1000_eur',
      suppressed,
    ),
    col('gem_besteedbaar_inkomen_x1000_eur', 'disposable_income_mean_x1000_eur', suppressed),
    col('mediaan_besteedbaar_inkomen_x1000_eur', 'disposable_income_median_x1000_eur', suppressed),
  ],
  otherColumns: { regionaam: regionName },
};

/** Household wealth 2022–2024 in the 2025 division, which has the same codes as 2024. */
export const wealth: SourceDefinition = {
  ...cbs,
  file: 'inkomen/vermogen_huishoudens_gemeente_2022_2024.csv',
  title: 'Vermogen van huishoudens; huishoudenskenmerken, regio (indeling 2025)',
  tableId: '86160NED',
  levels: ['gemeente'],
  period: { column: 'jaar', years: [2022, 2023, 2024] },
  division: 2024,
  region: { code: 'statcode', name: 'regionaam' },
  provisional: { column: 'status', value: 'voorlopig', other: 'definitief' },
  columns: [
    col('particuliere_huishoudens_x1000', 'wealth_households_x1000'),
    col('totaal_vermogen_mld_eur', 'wealth_total_bn_eur', suppressed),
    col('gem_vermogen_x1000_eur', 'wealth_mean_x1000_eur', suppressed),
    col('mediaan_vermogen_x1000_eur', 'wealth_median_x1000_eur', suppressed),
  ],
  otherColumns: { regionaam: regionName },
};

/** Registered crime 2022–2024 (Politie 47013NED) in the 2026 division, equal to 2024's. */
export const crime: SourceDefinition = {
  publisher: 'Politie',
  licence: 'open data Politie (voorwaarden van het portaal nagaan vóór herpublicatie)',
  file: 'criminaliteit/geregistreerde_misdrijven_gemeente_2022_2024.csv',
  title: 'Geregistreerde misdrijven en aangiften; soort misdrijf, gemeente',
  tableId: '47013NED',
  levels: ['land', 'politie-eenheid', 'gemeente'],
  period: { column: 'jaar', years: [2022, 2023, 2024] },
  division: 2024,
  region: {
    code: 'statcode',
    name: 'regionaam',
    type: {
      column: 'regiotype',
      values: { land: 'land', gemeente: 'gemeente', politie_regionale_eenheid: 'politie-eenheid' },
    },
    policeUnitName: true,
    skip: {
      column: 'regiotype',
      values: ['gemeente_niet_in_te_delen', 'politie_regionale_eenheid_niet_in_te_delen'],
      reason:
        'misdrijven die de politie aan geen gemeente of eenheid kon toewijzen; wel in het landelijk totaal',
    },
  },
  provisional: false,
  columns: [col('geregistreerde_misdrijven', 'registered_crimes')],
  otherColumns: { regionaam: regionName },
};

const timeseries = (
  file: string,
  title: string,
  tableId: string,
  columns: SourceDefinition['columns'],
): SourceDefinition => ({
  ...cbs,
  file: `timeseries/${file}`,
  title,
  tableId,
  levels: ['gemeente'],
  period: { column: 'jaar' },
  // Each row is the municipality as it existed in that year.
  division: 'period',
  region: {
    code: 'gemeentecode_2024',
    name: 'regionaam',
    emptyCode: 'historische gemeente zonder CBS-code in de bron (opgeheven vóór 2024)',
  },
  provisional: false,
  columns,
  otherColumns: { regionaam: regionName },
});

/** The three gemeente time series (2012, 2016, 2020, 2024). */
export const timeseriesSources: readonly SourceDefinition[] = [
  timeseries(
    'verkoopprijs_bestaande_koopwoningen_gemeente.csv',
    'Bestaande koopwoningen; gemiddelde verkoopprijzen, regio',
    '83625NED',
    [col('gemiddelde_verkoopprijs_eur', 'sale_price_mean_eur')],
  ),
  timeseries(
    'woningvoorraad_nieuwbouw_gemeente.csv',
    'Voorraad woningen en nieuwbouw; gemeenten',
    '81955NED',
    [
      col('beginstand_voorraad_woningen', 'dwelling_stock_start'),
      col('nieuwbouw_woningen', 'new_build_dwellings'),
      col('eindstand_voorraad_woningen', 'dwelling_stock_end'),
    ],
  ),
  timeseries(
    'bevolking_einde_jaar_gemeente.csv',
    'Bevolkingsontwikkeling; regio per maand',
    '37230NED',
    [col('bevolking_einde_periode', 'population_end_of_year')],
  ),
];
