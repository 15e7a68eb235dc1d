// SPDX-License-Identifier: EUPL-1.2
import { z } from 'zod';

import type { RegionLevel } from './levels';
import type { SourceDefinition } from './sources/define';
import { kwb2023Gemeente, kwb2024GemeenteWijk, kwb2024Population } from './sources/kwb';
import { kwb2022Gemeente } from './sources/kwb-2022';
import { crime, income2024, timeseriesSources, wealth } from './sources/other';
import { isVariableId } from './variables';

export type { ColumnMapping, SourceDefinition } from './sources/define';

/**
 * Every statistics file of the data folder (layout of `shared/data`, see its README) and how its
 * columns map onto canonical variables. Each (variable, period, level) has exactly one source:
 * 2024 population at every level comes from `kwb_2024_bevolking_alle_niveaus.csv`, for example,
 * although `kwb_2024_gemeente_wijk.csv` repeats it for gemeenten and wijken.
 */
export const sources: readonly SourceDefinition[] = [
  kwb2024Population,
  kwb2024GemeenteWijk,
  kwb2023Gemeente,
  kwb2022Gemeente,
  income2024,
  wealth,
  crime,
  ...timeseriesSources,
];

/** Provenance of a file that fills regions or geometry rather than observations. */
export interface ReferenceFile {
  readonly file: string;
  readonly title: string;
  readonly tableId: string | null;
  readonly publisher: string;
  readonly licence: string;
}

/** The region lists; the importer reads them for names, provinces and groupings. */
export const regionFiles = {
  gemeenten: {
    file: 'regions/gemeenten_2024.csv',
    title: 'Gemeenten alfabetisch 2024',
    tableId: null,
    publisher: 'CBS',
    licence: 'CC BY 4.0',
  },
  groupings: {
    file: 'regions/gemeente_veiligheidsregio_2024.csv',
    title: 'Veiligheidsregio-indeling (1-1-2023) en politie-eenheden per gemeente',
    tableId: null,
    publisher: 'Ministerie van VWS (coronadashboard), politie-eenheid afgeleid',
    licence: 'EUPL-1.2 (lijst); indeling is publiek feit',
  },
} as const satisfies Record<string, ReferenceFile>;

/** Simplified boundaries `boundaries/<level>_<year>.topojson` (object `<level>_<year>`). */
export function boundaryFile(level: RegionLevel, year: number): ReferenceFile {
  return {
    file: `boundaries/${level}_${year}.topojson`,
    title: `CBS Wijk- en buurtkaart ${year}, ${level}, vereenvoudigd`,
    tableId: null,
    publisher: 'CBS, Kadaster (Wijk- en buurtkaart), via PDOK',
    licence: 'CC BY 4.0',
  };
}

/** Files of the folder that are read by people, not imported (metadata and code lists). */
export const documentationFiles: Readonly<Record<string, string>> = {
  'kwb/kwb_85984NED_variabelen.csv': 'variabelenlijst van CBS 85984NED (metadata)',
  'reference/politie_soort_misdrijf.csv': 'codelijst soort misdrijf (metadata, geen cijfers)',
};

/** Every column a source's header must have, in no particular order. */
export function sourceColumns(source: SourceDefinition): string[] {
  const { region, period, provisional } = source;
  return [
    ...new Set([
      region.code,
      region.name,
      ...(region.type ? [region.type.column] : []),
      ...(region.skip ? [region.skip.column] : []),
      ...('column' in period ? [period.column] : []),
      ...(typeof provisional === 'object' ? [provisional.column] : []),
      ...source.columns.map((c) => c.column),
      ...Object.keys(source.otherColumns),
    ]),
  ];
}

/** The years a source can hold, or null when any year is accepted (time series). */
export function sourceYears(source: SourceDefinition): readonly number[] | null {
  return 'year' in source.period ? [source.period.year] : (source.period.years ?? null);
}

/** Checks the source list: known variables, levels, and one source per variable, period, level. */
export const sourceListSchema = z.custom<readonly SourceDefinition[]>().superRefine((list, ctx) => {
  const owner = new Map<string, string>();
  for (const source of list) {
    const issue = (message: string) =>
      ctx.addIssue({ code: 'custom', message: `${source.file}: ${message}` });
    const mapped = source.columns.map((c) => c.column);
    if (new Set(mapped).size !== mapped.length) issue('kolom dubbel gekoppeld');
    for (const mapping of source.columns) {
      if (!isVariableId(mapping.variable)) issue(`onbekende variabele ${mapping.variable}`);
      for (const level of [...(mapping.levels ?? []), ...(mapping.roundedAt ?? [])])
        if (!source.levels.includes(level)) issue(`${mapping.column}: niveau ${level} ontbreekt`);
      const years = sourceYears(source) ?? ['*'];
      for (const level of mapping.levels ?? source.levels) {
        for (const year of years) {
          const key = `${mapping.variable}|${year}|${level}`;
          const earlier = owner.get(key) ?? owner.get(`${mapping.variable}|*|${level}`);
          if (earlier && earlier !== source.file) issue(`${key} komt ook uit ${earlier}`);
          owner.set(key, source.file);
        }
      }
    }
  }
});

sourceListSchema.parse(sources);
