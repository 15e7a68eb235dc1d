// SPDX-License-Identifier: EUPL-1.2
import { isGemeente } from './cbs-tables';
import type { FetchContext } from './context';
import type { BuiltFile } from './csv-out';
import { fetchDimension, regionName, resolveTopics } from './metadata';
import { cell, fetchRows, requireColumns, text, type ODataTable } from './odata';

/**
 * CBS "Gebieden in Nederland 2024": for every gemeente its province, veiligheidsregio and
 * Politie regional unit. The packaged lists came from a CBS spreadsheet and the VWS dashboard
 * (see the data README); online this table gives the same membership.
 */
export const regionsTableId = '85755NED';

const topics = {
  provinciecode: 'Provincies/Code',
  provincienaam: 'Provincies/Naam',
  veiligheidsregiocode: "Veiligheidsregio's/Code",
  veiligheidsregionaam: "Veiligheidsregio's/Naam",
  politie_regionale_eenheid: 'Politie regionale eenheden/Naam',
};

/**
 * `regions/gemeenten_2024.csv` and `regions/gemeente_veiligheidsregio_2024.csv`; fills the
 * context's name → code map (time series) and provinces (boundaries).
 */
export async function fetchRegionLists(ctx: FetchContext, tableId: string): Promise<BuiltFile[]> {
  const table: ODataTable = { base: ctx.bases.cbs, id: tableId };
  const keys = await resolveTopics(ctx.downloader, table, topics);
  const names = new Map(
    (await fetchDimension(ctx.downloader, table, 'RegioS')).map((m) => [
      m.key,
      regionName(m.title),
    ]),
  );
  const select = ['RegioS', ...Object.values(keys)];
  const rows = await fetchRows(ctx.downloader, table, 'TypedDataSet', {
    $select: select.join(','),
  });
  requireColumns(rows, select, table, 'TypedDataSet');
  // Should the table carry several periods, only the latest is the 2024 membership list.
  const periods = [...new Set(rows.map((row) => text(row.Perioden)))].sort();
  const latest = periods.at(-1) ?? '';
  const gemeenten: string[][] = [];
  const groupings: string[][] = [];
  for (const row of rows) {
    const code = text(row.RegioS);
    if (!isGemeente(code) || text(row.Perioden) !== latest) continue;
    const name = names.get(code) ?? code;
    const value = (column: keyof typeof topics) => regionName(cell(row[keys[column] ?? '']));
    gemeenten.push([code, name, value('provinciecode'), value('provincienaam')]);
    groupings.push([
      code,
      name,
      value('veiligheidsregiocode'),
      value('veiligheidsregionaam'),
      value('politie_regionale_eenheid'),
    ]);
    ctx.gemeenteCodeByName.set(name, code);
    ctx.provinceOf.set(code, { code: value('provinciecode'), name: value('provincienaam') });
  }
  return [
    {
      path: 'regions/gemeenten_2024.csv',
      header: ['gemeentecode', 'gemeentenaam', 'provinciecode', 'provincienaam'],
      rows: gemeenten,
    },
    {
      path: 'regions/gemeente_veiligheidsregio_2024.csv',
      header: [
        'gemeentecode',
        'gemeentenaam',
        'veiligheidsregiocode',
        'veiligheidsregionaam',
        'politie_regionale_eenheid',
      ],
      rows: groupings,
    },
  ];
}
