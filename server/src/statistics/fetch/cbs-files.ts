// SPDX-License-Identifier: EUPL-1.2
import { fetchMeasures, fileCode, isGemeente, type MeasureRecord } from './cbs-tables';
import type { FetchContext } from './context';
import type { BuiltFile } from './csv-out';

const household = ['Particuliere huishoudens incl. studenten', 'Particuliere huishoudens'];

/**
 * Household income 2024 (provisional) per gemeente plus Nederland. The packaged export did not
 * record its table id; this is the StatLine table of that title in the 2024 division (override
 * with `--tables inkomen=<id>` when CBS publishes a newer division).
 */
export const incomeTableId = '85064NED';

/** `inkomen/inkomen_huishoudens_gemeente_2024.csv` from the income table. */
export async function fetchIncome(ctx: FetchContext, tableId: string): Promise<BuiltFile> {
  const records = await fetchMeasures(ctx.downloader, ctx.bases, {
    service: 'cbs',
    tableId,
    years: [2024],
    fixed: { KenmerkenVanHuishoudens: household },
    topics: {
      particuliere_huishoudens_x1000: 'Particuliere huishoudens',
      gem_gestandaardiseerd_inkomen_x1000_eur: 'Gemiddeld gestandaardiseerd inkomen',
      mediaan_gestandaardiseerd_inkomen_x1000_eur: 'Mediaan gestandaardiseerd inkomen',
      gem_besteedbaar_inkomen_x1000_eur: 'Gemiddeld besteedbaar inkomen',
      mediaan_besteedbaar_inkomen_x1000_eur: 'Mediaan besteedbaar inkomen',
    },
  });
  const columns = [
    'particuliere_huishoudens_x1000',
    'gem_gestandaardiseerd_inkomen_x1000_eur',
    'mediaan_gestandaardiseerd_inkomen_x1000_eur',
    'gem_besteedbaar_inkomen_x1000_eur',
    'mediaan_besteedbaar_inkomen_x1000_eur',
  ];
  // Nederland and gemeenten only: the file drops landsdelen, provinces and "niet in te delen".
  const kept = records.filter((r) => r.regionKey === 'NL01' || isGemeente(r.regionKey));
  return {
    path: 'inkomen/inkomen_huishoudens_gemeente_2024.csv',
    header: ['statcode', 'regionaam', ...columns],
    rows: kept.map((r) => [
      fileCode(r.regionKey),
      r.regionTitle,
      ...columns.map((c) => r.values[c] ?? ''),
    ]),
  };
}

/** `inkomen/vermogen_huishoudens_gemeente_2022_2024.csv` from 86160NED. */
export async function fetchWealth(ctx: FetchContext, tableId: string): Promise<BuiltFile> {
  const columns = [
    'particuliere_huishoudens_x1000',
    'totaal_vermogen_mld_eur',
    'gem_vermogen_x1000_eur',
    'mediaan_vermogen_x1000_eur',
  ];
  const records = await fetchMeasures(ctx.downloader, ctx.bases, {
    service: 'cbs',
    tableId,
    years: [2022, 2023, 2024],
    fixed: { KenmerkenVanHuishoudens: household },
    topics: {
      particuliere_huishoudens_x1000: 'Particuliere huishoudens',
      totaal_vermogen_mld_eur: 'Totaal vermogen',
      gem_vermogen_x1000_eur: 'Gemiddeld vermogen',
      mediaan_vermogen_x1000_eur: 'Mediaan vermogen',
    },
  });
  return {
    path: 'inkomen/vermogen_huishoudens_gemeente_2022_2024.csv',
    header: ['statcode', 'regionaam', 'jaar', 'status', ...columns],
    rows: records
      .filter((r) => isGemeente(r.regionKey))
      .map((r) => [
        r.regionKey,
        r.regionTitle,
        String(r.year),
        // StatLine marks a provisional year "Voorlopig"; the file says `voorlopig`/`definitief`.
        /voorlopig/i.test(r.status) ? 'voorlopig' : 'definitief',
        ...columns.map((c) => r.values[c] ?? ''),
      ]),
  };
}

/** The `regiotype` of a row of Politie table 47013NED, or null for a row the file drops. */
function crimeRegionType(record: MeasureRecord): string | null {
  const { regionKey: key, regionTitle: title } = record;
  // "Buitenland" has no values in any year (README) and is no region of the platform.
  if (/^buitenland$/i.test(title)) return null;
  if (key === 'NL01' || key === 'NL00') return 'land';
  if (/niet in te delen/i.test(title))
    return key.startsWith('RE')
      ? 'politie_regionale_eenheid_niet_in_te_delen'
      : 'gemeente_niet_in_te_delen';
  if (key.startsWith('RE')) return 'politie_regionale_eenheid';
  if (isGemeente(key)) return 'gemeente';
  // "Buitenland" and any other grouping: not a region of the file (README: dropped).
  return null;
}

/** `criminaliteit/geregistreerde_misdrijven_gemeente_2022_2024.csv` from Politie 47013NED. */
export async function fetchCrime(ctx: FetchContext, tableId: string): Promise<BuiltFile> {
  const records = await fetchMeasures(ctx.downloader, ctx.bases, {
    service: 'politie',
    tableId,
    years: [2022, 2023, 2024],
    fixed: { SoortMisdrijf: ['0.0.0', 'Totaal misdrijven'] },
    topics: { geregistreerde_misdrijven: 'Geregistreerde misdrijven' },
  });
  const rows: string[][] = [];
  for (const r of records) {
    const type = crimeRegionType(r);
    if (!type) continue;
    const code = type === 'land' ? 'NL00' : type === 'gemeente' ? r.regionKey : '';
    rows.push([
      code,
      type,
      r.regionTitle,
      String(r.year),
      r.values.geregistreerde_misdrijven ?? '',
    ]);
  }
  return {
    path: 'criminaliteit/geregistreerde_misdrijven_gemeente_2022_2024.csv',
    header: ['statcode', 'regiotype', 'regionaam', 'jaar', 'geregistreerde_misdrijven'],
    rows,
  };
}

/** The years of the packaged time series. */
export const timeseriesYears = [2012, 2016, 2020, 2024] as const;

interface TimeseriesSpec {
  file: string;
  fixed?: Readonly<Record<string, readonly string[]>>;
  topics: Readonly<Record<string, string>>;
}

/** The three gemeente time series, by the selection name used with `--tables`. */
export const timeseriesSpecs: Readonly<Record<string, TimeseriesSpec>> = {
  '83625NED': {
    file: 'timeseries/verkoopprijs_bestaande_koopwoningen_gemeente.csv',
    topics: { gemiddelde_verkoopprijs_eur: 'Gemiddelde verkoopprijs' },
  },
  '81955NED': {
    file: 'timeseries/woningvoorraad_nieuwbouw_gemeente.csv',
    fixed: { Gebruiksfunctie: ['Woningen'] },
    topics: {
      beginstand_voorraad_woningen: 'Beginstand voorraad',
      nieuwbouw_woningen: 'Nieuwbouw',
      eindstand_voorraad_woningen: 'Eindstand voorraad',
    },
  },
  '37230NED': {
    file: 'timeseries/bevolking_einde_jaar_gemeente.csv',
    topics: { bevolking_einde_periode: 'Bevolking aan het einde van de periode' },
  },
};

/**
 * A gemeente time series. Each row is the municipality as it was in that year; as in the
 * packaged files, `gemeentecode_2024` is filled only when the name is a 2024 municipality, and
 * rows without any value are left out.
 */
export async function fetchTimeseries(
  ctx: FetchContext,
  spec: TimeseriesSpec,
  tableId: string,
): Promise<BuiltFile> {
  const columns = Object.keys(spec.topics);
  const records = await fetchMeasures(ctx.downloader, ctx.bases, {
    service: 'cbs',
    tableId,
    years: timeseriesYears,
    ...(spec.fixed ? { fixed: spec.fixed } : {}),
    topics: spec.topics,
  });
  return {
    path: spec.file,
    header: ['gemeentecode_2024', 'regionaam', 'jaar', ...columns],
    rows: records
      .filter((r) => isGemeente(r.regionKey) && columns.some((c) => r.values[c] !== ''))
      .map((r) => [
        ctx.gemeenteCodeByName.get(r.regionTitle) ?? '',
        r.regionTitle,
        String(r.year),
        ...columns.map((c) => r.values[c] ?? ''),
      ]),
  };
}
