// SPDX-License-Identifier: EUPL-1.2
import {
  regionCodePatterns,
  regionLevelLabels,
  regionLevels,
  type RegionLevel,
} from '../../../common/statistics/levels';
import type { Queryable } from '../platform/db';
import { ProblemError, badRequest, notFound } from '../platform/http/problem';

import { findRegion, listDivisions, yearsOfRegion, type DivisionRecord } from './store';

/** The 404 when no statistics are loaded yet, saying how to load them. */
export const noStatistics = () =>
  new ProblemError(
    404,
    'Er zijn nog geen statistieken geladen. Een beheerder laadt ze met: npx weerbaar data import --from <map> (of zet WEERBAAR_DATA_DIR).',
    'geen-statistieken',
  );

/** Example codes per level, for messages that name the valid options. */
export const codeExamples: Record<RegionLevel, string> = {
  land: 'NL00',
  provincie: 'PV27',
  veiligheidsregio: 'VR13',
  'politie-eenheid': 'PE-AMSTERDAM',
  gemeente: 'GM0363',
  wijk: 'WK0363AA',
  buurt: 'BU0363AA01',
};

/**
 * The division of a level and year, defaulting to the newest year; an unknown level or year is a
 * 400 naming the levels and years that exist.
 */
export async function resolveDivision(
  db: Queryable,
  level: RegionLevel,
  year: number | undefined,
): Promise<DivisionRecord> {
  const divisions = await listDivisions(db);
  if (divisions.length === 0) throw noStatistics();
  const ofLevel = divisions.filter((d) => d.level === level);
  if (ofLevel.length === 0) {
    const levels = regionLevels.filter((l) => divisions.some((d) => d.level === l));
    throw badRequest(
      `Er zijn geen ${regionLevelLabels[level]} geladen. Kies een niveau uit: ${levels.join(', ')}.`,
      'onbekend-niveau',
    );
  }
  const found = year === undefined ? ofLevel[0] : ofLevel.find((d) => d.year === year);
  if (!found) {
    const years = ofLevel.map((d) => d.year).join(', ');
    throw badRequest(
      `Voor ${regionLevelLabels[level]} is er geen indeling van ${year}. Kies een jaar uit: ${years}.`,
      'onbekend-jaar',
    );
  }
  return found;
}

/** A 404 for a code that does not exist (in that year), naming what does. */
export function unknownRegion(code: string, year: number | undefined, years: number[]) {
  if (years.length > 0 && year !== undefined)
    return notFound(`Regio ${code} bestaat niet in ${year}; wel in: ${years.join(', ')}.`);
  const formats = regionLevels.map((l) => `${codeExamples[l]} (${l})`).join(', ');
  const wellFormed = regionLevels.some((l) => regionCodePatterns[l].test(code));
  return notFound(
    `${wellFormed ? `Regio ${code} bestaat niet.` : `${code} is geen regiocode.`} Geldige codes zien eruit als ${formats}; GET /api/v1/regions?level=gemeente geeft de gemeenten.`,
  );
}

/** True when the code exists in the division year (other domains ask through here). */
export async function regionExists(db: Queryable, code: string, year: number): Promise<boolean> {
  return (await findRegion(db, code, year)) !== null;
}

/** A region in its newest division year, with the name of its gemeente; null when unknown. */
export async function newestRegion(db: Queryable, code: string) {
  const [year] = await yearsOfRegion(db, code);
  const row = year === undefined ? null : await findRegion(db, code, year);
  if (!row) return null;
  const gemeente =
    row.gemeente_code && row.gemeente_code !== row.code
      ? await findRegion(db, row.gemeente_code, row.year)
      : null;
  return { ...row, gemeente_name: gemeente?.name ?? null };
}

/** The 404 for an unknown region code, naming the valid formats. */
export async function unknownRegionProblem(db: Queryable, code: string) {
  return unknownRegion(code, undefined, await yearsOfRegion(db, code));
}
