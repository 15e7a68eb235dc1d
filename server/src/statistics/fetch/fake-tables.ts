// SPDX-License-Identifier: EUPL-1.2
/** Test support: every table `data fetch` reads, generated from a folder like data-small. */
import {
  cbsTitle,
  dataProperties,
  measureTable,
  pad,
  readRows,
  typed,
  type FakeTable,
  type Row,
} from './fake-odata';

/** The CBS and Politie tables by path, e.g. `cbs/85984NED`. */
export function fakeTables(dir: string): Record<string, FakeTable> {
  const gemeenten = readRows(dir, 'regions/gemeenten_2024.csv');
  const groupings = readRows(dir, 'regions/gemeente_veiligheidsregio_2024.csv');
  const regionRows: Row[] = gemeenten.map((g, i) => {
    const grouping = groupings.find((x) => x.gemeentecode === g.gemeentecode);
    return {
      ID: i,
      RegioS: pad(g.gemeentecode ?? ''),
      Code_3: pad('LD01'),
      Code_5: pad(g.provinciecode ?? ''),
      Naam_6: `${g.provincienaam ?? ''}     `,
      Code_8: pad(grouping?.veiligheidsregiocode ?? ''),
      Naam_9: grouping?.veiligheidsregionaam ?? '',
      Naam_12: `${grouping?.politie_regionale_eenheid ?? ''} (RE)`,
    };
  });
  const regions: FakeTable = {
    DataProperties: dataProperties([
      { key: 'Code_3', title: 'Code', group: 'Landsdelen' },
      { key: 'Code_5', title: 'Code', group: 'Provincies' },
      { key: 'Naam_6', title: 'Naam', group: 'Provincies' },
      { key: 'Code_8', title: 'Code', group: "Veiligheidsregio's" },
      { key: 'Naam_9', title: 'Naam', group: "Veiligheidsregio's" },
      { key: 'Naam_12', title: 'Naam', group: 'Politie regionale eenheden' },
    ]),
    RegioS: [
      ...gemeenten.map((g) => ({
        Key: pad(g.gemeentecode ?? ''),
        Title: cbsTitle(g.gemeentenaam ?? ''),
      })),
      { Key: pad('NL01'), Title: 'Nederland' },
    ],
    TypedDataSet: [
      ...regionRows,
      {
        ID: 99,
        RegioS: pad('NL01'),
        Code_3: null,
        Code_5: null,
        Naam_6: null,
        Code_8: null,
        Naam_9: null,
        Naam_12: null,
      },
    ],
  };

  const bevolking = readRows(dir, 'kwb/kwb_2024_bevolking_alle_niveaus.csv');
  const kwbRows = readRows(dir, 'kwb/kwb_2024_gemeente_wijk.csv');
  const kwb: FakeTable = {
    WijkenEnBuurten: bevolking.map((r) => ({ Key: pad(r.statcode ?? ''), Title: r.statnaam })),
    TypedDataSet: bevolking.map((r, i) => {
      const extra = kwbRows.find((k) => k.statcode === r.statcode);
      const type = r.regiotype ?? '';
      return {
        ID: i,
        WijkenEnBuurten: pad(r.statcode ?? ''),
        Gemeentenaam_1: type === 'land' ? 'Nederland' : `${r.gemeentenaam ?? ''}    `,
        SoortRegio_2: pad(type.charAt(0).toUpperCase() + type.slice(1)),
        Codering_3: pad(r.statcode ?? ''),
        IndelingswijzigingGemeenteWijkBuurt_4:
          r.indelingswijziging === '.' ? null : r.indelingswijziging,
        AantalInwoners_5: typed(r.aantal_inwoners),
        Mannen_6: typed(r.mannen),
        Vrouwen_7: typed(r.vrouwen),
        k_0Tot15Jaar_8: typed(r.personen_0_15_jaar),
        k_15Tot25Jaar_9: typed(r.personen_15_25_jaar),
        k_25Tot45Jaar_10: typed(r.personen_25_45_jaar),
        k_45Tot65Jaar_11: typed(r.personen_45_65_jaar),
        k_65JaarOfOuder_12: typed(r.personen_65_jaar_en_ouder),
        Bevolkingsdichtheid_34: typed(extra?.bevolkingsdichtheid_inw_per_km2),
        Woningvoorraad_35: typed(extra?.woningvoorraad),
        OppervlakteTotaal_122: typed(extra?.oppervlakte_totaal_ha),
        OppervlakteLand_123: typed(extra?.oppervlakte_land_ha),
        OppervlakteWater_124: typed(extra?.oppervlakte_water_ha),
      };
    }),
  };

  const households = {
    dimension: 'KenmerkenVanHuishoudens',
    members: [
      { Key: '1050010', Title: 'Particuliere huishoudens incl. studenten' },
      { Key: '1014800', Title: 'Eenpersoonshuishouden' },
    ],
  };
  const income = readRows(dir, 'inkomen/inkomen_huishoudens_gemeente_2024.csv');
  const wealth = readRows(dir, 'inkomen/vermogen_huishoudens_gemeente_2022_2024.csv');
  const crime = readRows(dir, 'criminaliteit/geregistreerde_misdrijven_gemeente_2022_2024.csv');
  const nl = (code: string) => (code === 'NL00' ? 'NL01' : code);
  const unitCode = (r: Record<string, string>) =>
    r.regiotype === 'politie_regionale_eenheid_niet_in_te_delen'
      ? 'RE99'
      : r.regiotype === 'gemeente_niet_in_te_delen'
        ? 'GM9999'
        : `RE${String(crime.filter((c) => c.regiotype === 'politie_regionale_eenheid').findIndex((c) => c.regionaam === r.regionaam) + 1).padStart(2, '0')}`;
  const crimeRows = [
    ...crime,
    // Politie lists "Buitenland" without values; the fetch drops it like the packaged file.
    ...['2023', '2024'].map((jaar) => ({
      statcode: 'BU',
      regiotype: 'buitenland',
      regionaam: 'Buitenland',
      jaar,
      geregistreerde_misdrijven: '',
    })),
  ];
  const timeseries = (file: string) => readRows(dir, `timeseries/${file}`);
  const historic = (r: Record<string, string>) =>
    r.gemeentecode_2024 || `GM${String(400 + (r.regionaam?.length ?? 0)).padStart(4, '0')}`;
  const byYear = (r: Record<string, string>) => Number(r.jaar);
  const years = [2012, 2016, 2020, 2024];
  return {
    'cbs/85755NED': regions,
    'cbs/85984NED': kwb,
    'cbs/85064NED': measureTable({
      rows: income,
      code: (r) => nl(r.statcode ?? ''),
      title: (r) => cbsTitle(r.regionaam ?? ''),
      year: () => 2024,
      topics: [
        { key: 'ParticuliereHuishoudens_1', title: 'Particuliere huishoudens' },
        { key: 'ParticuliereHuishoudensRelatief_2', title: 'Particuliere huishoudens relatief' },
        {
          key: 'GemiddeldGestandaardiseerdInkomen_3',
          title: 'Gemiddeld gestandaardiseerd inkomen',
        },
        { key: 'MediaanGestandaardiseerdInkomen_4', title: 'Mediaan gestandaardiseerd inkomen' },
        { key: 'GemiddeldBesteedbaarInkomen_5', title: 'Gemiddeld besteedbaar inkomen' },
        { key: 'MediaanBesteedbaarInkomen_6', title: 'Mediaan besteedbaar inkomen' },
      ],
      column: {
        ParticuliereHuishoudens_1: 'particuliere_huishoudens_x1000',
        GemiddeldGestandaardiseerdInkomen_3: 'gem_gestandaardiseerd_inkomen_x1000_eur',
        MediaanGestandaardiseerdInkomen_4: 'mediaan_gestandaardiseerd_inkomen_x1000_eur',
        GemiddeldBesteedbaarInkomen_5: 'gem_besteedbaar_inkomen_x1000_eur',
        MediaanBesteedbaarInkomen_6: 'mediaan_besteedbaar_inkomen_x1000_eur',
      },
      years: [2023, 2024],
      provisional: [2024],
      fixed: households,
    }),
    'cbs/86160NED': measureTable({
      rows: wealth,
      code: (r) => r.statcode ?? '',
      title: (r) => cbsTitle(r.regionaam ?? ''),
      year: byYear,
      topics: [
        { key: 'ParticuliereHuishoudens_1', title: 'Particuliere huishoudens' },
        { key: 'TotaalVermogen_2', title: 'Totaal vermogen' },
        { key: 'GemiddeldVermogen_3', title: 'Gemiddeld vermogen' },
        { key: 'MediaanVermogen_4', title: 'Mediaan vermogen' },
      ],
      column: {
        ParticuliereHuishoudens_1: 'particuliere_huishoudens_x1000',
        TotaalVermogen_2: 'totaal_vermogen_mld_eur',
        GemiddeldVermogen_3: 'gem_vermogen_x1000_eur',
        MediaanVermogen_4: 'mediaan_vermogen_x1000_eur',
      },
      years: [2021, 2022, 2023, 2024],
      provisional: [2024],
      fixed: households,
    }),
    'politie/47013NED': measureTable({
      rows: crimeRows,
      code: (r) =>
        r.regiotype === 'buitenland' ? 'GM0998' : r.statcode ? nl(r.statcode) : unitCode(r),
      title: (r) =>
        r.regiotype?.startsWith('politie')
          ? `${r.regionaam ?? ''} (RE)`
          : cbsTitle(r.regionaam ?? ''),
      year: byYear,
      topics: [
        { key: 'GeregistreerdeMisdrijven_1', title: 'Geregistreerde misdrijven' },
        {
          key: 'GeregistreerdeMisdrijvenPer1000Inw_3',
          title: 'Geregistreerde misdrijven per 1000 inwoners',
        },
      ],
      column: { GeregistreerdeMisdrijven_1: 'geregistreerde_misdrijven' },
      // The fixture holds 2023 and 2024; 2021 is published but outside the file's years.
      years: [2021, 2023, 2024],
      fixed: {
        dimension: 'SoortMisdrijf',
        members: [
          { Key: '0.0.0 ', Title: 'Totaal misdrijven' },
          { Key: '1.1.1 ', Title: 'Diefstal/inbraak woning' },
        ],
      },
    }),
    'cbs/83625NED': measureTable({
      rows: timeseries('verkoopprijs_bestaande_koopwoningen_gemeente.csv'),
      code: historic,
      title: (r) => r.regionaam ?? '',
      year: byYear,
      topics: [{ key: 'GemiddeldeVerkoopprijs_1', title: 'Gemiddelde verkoopprijs' }],
      column: { GemiddeldeVerkoopprijs_1: 'gemiddelde_verkoopprijs_eur' },
      years,
    }),
    'cbs/81955NED': measureTable({
      rows: timeseries('woningvoorraad_nieuwbouw_gemeente.csv'),
      code: historic,
      title: (r) => r.regionaam ?? '',
      year: byYear,
      topics: [
        { key: 'BeginstandVoorraad_1', title: 'Beginstand voorraad' },
        { key: 'Nieuwbouw_2', title: 'Nieuwbouw' },
        { key: 'Sloop_4', title: 'Sloop' },
        { key: 'EindstandVoorraad_8', title: 'Eindstand voorraad' },
      ],
      column: {
        BeginstandVoorraad_1: 'beginstand_voorraad_woningen',
        Nieuwbouw_2: 'nieuwbouw_woningen',
        EindstandVoorraad_8: 'eindstand_voorraad_woningen',
      },
      years,
      fixed: {
        dimension: 'Gebruiksfunctie',
        members: [
          { Key: 'A045364', Title: 'Woningen' },
          { Key: 'A045365', Title: 'Niet-woningen' },
        ],
      },
    }),
    'cbs/37230NED': measureTable({
      rows: timeseries('bevolking_einde_jaar_gemeente.csv'),
      code: historic,
      title: (r) => r.regionaam ?? '',
      year: byYear,
      topics: [
        {
          key: 'BevolkingAanHetBeginVanDePeriode_1',
          title: 'Bevolking aan het begin van de periode',
        },
        {
          key: 'BevolkingAanHetEindeVanDePeriode_15',
          title: 'Bevolking aan het einde van de periode',
        },
      ],
      column: { BevolkingAanHetEindeVanDePeriode_15: 'bevolking_einde_periode' },
      years,
    }),
  };
}
