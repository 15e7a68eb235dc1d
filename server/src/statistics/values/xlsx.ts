// SPDX-License-Identifier: EUPL-1.2
import type {
  IndicatorValues,
  RegionProfile,
} from '../../../../common/contracts/statistics-values';
import { xlsxWorkbook, type XlsxSheet } from '../../platform/xlsx-write';

import { profileTable, valuesTable, type ExportTable } from './csv';

/**
 * The CSV's content as a workbook: "Gegevens" holds the header and the rows (numbers as numeric
 * cells), "Toelichting" the metadata lines and the status legend, without the CSV's `#` marks.
 */
function workbook({ meta, header, rows }: ExportTable): Uint8Array<ArrayBuffer> {
  const toelichting: XlsxSheet = {
    name: 'Toelichting',
    rows: [
      ['onderdeel', 'toelichting'],
      ...meta.map(([label, ...rest]) => [String(label).replace(/^#\s*/, ''), ...rest]),
    ],
    headerRows: 1,
  };
  return xlsxWorkbook([{ name: 'Gegevens', rows: [header, ...rows], headerRows: 1 }, toelichting]);
}

/** GET /api/v1/indicators/{id}/values?format=xlsx. */
export const valuesXlsx = (data: IndicatorValues) => workbook(valuesTable(data));

/** GET /api/v1/regions/{code}/profile?format=xlsx. */
export const profileXlsx = (data: RegionProfile) => workbook(profileTable(data));
