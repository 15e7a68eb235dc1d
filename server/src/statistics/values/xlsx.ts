// SPDX-License-Identifier: EUPL-1.2
import type {
  IndicatorValues,
  RegionProfile,
} from '../../../../common/contracts/statistics-values';
import { xlsxWorkbook, type XlsxSheet } from '../../platform/xlsx-write';

import { profileTable, valuesTable, type ExportTable } from './csv';
import { packageSections, type ExportSection } from './package-table';

/**
 * The CSV's content as a workbook: "Gegevens" holds the header and the rows (numbers as numeric
 * cells), each package section its own sheet after it (named by the synthetic marker for
 * synthetic data), and "Toelichting" every metadata line without the CSV's `#` marks.
 */
function workbook(
  { meta, header, rows }: ExportTable,
  sections: readonly ExportSection[] = [],
): Uint8Array<ArrayBuffer> {
  const toelichting: XlsxSheet = {
    name: 'Toelichting',
    rows: [
      ['onderdeel', 'toelichting'],
      ...[...meta, ...sections.flatMap((s) => s.meta)].map(([label, ...rest]) => [
        String(label).replace(/^#\s*/, ''),
        ...rest,
      ]),
    ],
    headerRows: 1,
  };
  return xlsxWorkbook([
    { name: 'Gegevens', rows: [header, ...rows], headerRows: 1 },
    ...sections.map((s) => ({ name: s.sheet, rows: [s.header, ...s.rows], headerRows: 1 })),
    toelichting,
  ]);
}

/** GET /api/v1/indicators/{id}/values?format=xlsx. */
export const valuesXlsx = (data: IndicatorValues) => workbook(valuesTable(data));

/** GET /api/v1/regions/{code}/profile?format=xlsx. */
export const profileXlsx = (data: RegionProfile) =>
  workbook(profileTable(data), packageSections(data));
