// SPDX-License-Identifier: EUPL-1.2
import { kwb2023Gemeente } from '../../../../common/statistics/sources/kwb';
import { kwb2022Gemeente } from '../../../../common/statistics/sources/kwb-2022';

import type { FetchContext } from './context';
import type { BuiltFile } from './csv-out';
import { gemeenteOnly2024, kaart2024Columns, kaartAttribute } from './kaart-attributes';
import { fetchDimension } from './metadata';
import { cell, fetchRows, requireColumns, text, type ODataRow, type ODataTable } from './odata';
import { byCode, fetchLayer, requireAttributes, wfsUrl, type KaartFeature } from './pdok';

/** CBS "Kerncijfers wijken en buurten 2024". */
export const kwbTableId = '85984NED';

const population = {
  aantal_inwoners: 'AantalInwoners_5',
  mannen: 'Mannen_6',
  vrouwen: 'Vrouwen_7',
  personen_0_15_jaar: 'k_0Tot15Jaar_8',
  personen_15_25_jaar: 'k_15Tot25Jaar_9',
  personen_25_45_jaar: 'k_25Tot45Jaar_10',
  personen_45_65_jaar: 'k_45Tot65Jaar_11',
  personen_65_jaar_en_ouder: 'k_65JaarOfOuder_12',
} as const;

// kwb_2024_gemeente_wijk.csv takes these from 85984NED and the rest from the kaart (README).
const statline2024 = {
  aantal_inwoners: 'AantalInwoners_5',
  mannen: 'Mannen_6',
  vrouwen: 'Vrouwen_7',
  bevolkingsdichtheid_inw_per_km2: 'Bevolkingsdichtheid_34',
  woningvoorraad: 'Woningvoorraad_35',
  oppervlakte_totaal_ha: 'OppervlakteTotaal_122',
  oppervlakte_land_ha: 'OppervlakteLand_123',
  oppervlakte_water_ha: 'OppervlakteWater_124',
} as const;

/** The 85984NED rows of 2024, one per region (land, gemeente, wijk, buurt). */
export interface KwbRows {
  rows: ODataRow[];
  names: Map<string, string>;
}

/** Downloads 85984NED once: both 2024 files are made from the same answer. */
export async function fetchKwb2024(ctx: FetchContext, tableId: string): Promise<KwbRows> {
  const table: ODataTable = { base: ctx.bases.cbs, id: tableId };
  const select = [
    'WijkenEnBuurten',
    'Gemeentenaam_1',
    'SoortRegio_2',
    'IndelingswijzigingGemeenteWijkBuurt_4',
    ...new Set([...Object.values(population), ...Object.values(statline2024)]),
  ];
  const names = new Map(
    (await fetchDimension(ctx.downloader, table, 'WijkenEnBuurten')).map((m) => [m.key, m.title]),
  );
  const rows = await fetchRows(ctx.downloader, table, 'TypedDataSet', {
    $select: select.join(','),
  });
  requireColumns(rows, select, table, 'TypedDataSet');
  return { rows, names };
}

const regiotype = (row: ODataRow) => text(row.SoortRegio_2).toLowerCase();

/** `kwb/kwb_2024_bevolking_alle_niveaus.csv`: population at every level. */
export function bevolkingFile(kwb: KwbRows): BuiltFile {
  const rows = kwb.rows.map((row) => {
    const code = text(row.WijkenEnBuurten);
    const type = regiotype(row);
    const land = type === 'land';
    const wijk = type === 'wijk' ? code : type === 'buurt' ? `WK${code.slice(2, 8)}` : '';
    return [
      code,
      type,
      kwb.names.get(code) ?? code,
      land ? '' : `GM${code.slice(2, 6)}`,
      land ? '' : text(row.Gemeentenaam_1),
      wijk,
      // CBS publishes no change code for Nederland; the StatLine export prints ".".
      cell(row.IndelingswijzigingGemeenteWijkBuurt_4) || '.',
      ...Object.values(population).map((key) => cell(row[key])),
    ];
  });
  return {
    path: 'kwb/kwb_2024_bevolking_alle_niveaus.csv',
    header: [
      'statcode',
      'regiotype',
      'statnaam',
      'gemeentecode',
      'gemeentenaam',
      'wijkcode',
      'indelingswijziging',
      ...Object.keys(population),
    ],
    rows,
  };
}

/** A kaart attribute as a cell: sentinels (-99995, -99997) stay, the importer reads them. */
function kaartCell(feature: KaartFeature | undefined, column: string): string {
  const attribute = kaartAttribute[column];
  if (!attribute) throw new Error(`no kaart attribute for ${column}`);
  return feature ? cell(feature.properties[attribute]) : '';
}

/**
 * `kwb/kwb_2024_gemeente_wijk.csv`: the gemeenten and wijken of 85984NED with counts and area
 * from StatLine and shares, households and cars from the 2024 kaart (joined on the code).
 */
export function gemeenteWijkFile(
  kwb: KwbRows,
  gemeenten: readonly KaartFeature[],
  wijken: readonly KaartFeature[],
): BuiltFile {
  const kaart = new Map([...byCode(gemeenten, 'gemeentecode'), ...byCode(wijken, 'wijkcode')]);
  const rows = kwb.rows
    .filter((row) => ['gemeente', 'wijk'].includes(regiotype(row)))
    .map((row) => {
      const code = text(row.WijkenEnBuurten);
      const type = regiotype(row);
      const feature = kaart.get(code);
      return [
        code,
        type,
        kwb.names.get(code) ?? code,
        `GM${code.slice(2, 6)}`,
        text(row.Gemeentenaam_1),
        ...Object.values(statline2024).map((key) => cell(row[key])),
        ...kaart2024Columns.map((c) =>
          type === 'wijk' && gemeenteOnly2024.has(c) ? '' : kaartCell(feature, c),
        ),
      ];
    });
  return {
    path: 'kwb/kwb_2024_gemeente_wijk.csv',
    header: [
      'statcode',
      'regiotype',
      'statnaam',
      'gemeentecode',
      'gemeentenaam',
      ...Object.keys(statline2024),
      ...kaart2024Columns,
    ],
    rows,
  };
}

/**
 * `kwb/kwb_2023_gemeente.csv` or `kwb/kwb_2022_gemeente.csv`: the gemeenten layer of that year's
 * kaart, attributes only. GM0998 "Buitenland" (Baarle's Belgian enclaves) is no municipality.
 */
export async function kaartGemeenteFile(ctx: FetchContext, year: 2022 | 2023): Promise<BuiltFile> {
  const source = year === 2022 ? kwb2022Gemeente : kwb2023Gemeente;
  const columns = source.columns.map((c) => c.column);
  const attributes = [
    'gemeentecode',
    'gemeentenaam',
    ...columns.map((c) => kaartAttribute[c] ?? c),
  ];
  const features = await fetchLayer(ctx, year, 'gemeenten', attributes);
  requireAttributes(
    features,
    attributes,
    `PDOK wijkenbuurten ${year}, laag gemeenten`,
    wfsUrl(ctx.pdok, year, 'gemeenten', 0, attributes),
  );
  const rows = features
    .filter((f) => /^GM\d{4}$/.test(String(f.properties.gemeentecode).trim()))
    .filter(
      (f) => String(f.properties.gemeentecode).trim() !== 'GM0998' && f.properties.water !== 'JA',
    )
    .map((f) => [
      String(f.properties.gemeentecode).trim(),
      cell(f.properties.gemeentenaam),
      ...columns.map((c) => kaartCell(f, c)),
    ]);
  return { path: source.file, header: ['gemeentecode', 'gemeentenaam', ...columns], rows };
}
