// SPDX-License-Identifier: EUPL-1.2
import { dissolvedGemeenten, gemeenteCodesIn } from '../../../../common/statistics/herindelingen';
import type { RegionLevel } from '../../../../common/statistics/levels';

import type { Problems } from './problems';
import { divisionsOf, successionsOf } from './region-divisions';
import type { GemeenteEntry, GroupingEntry } from './region-files';
import type { RegionMention } from './source-reader';

/** One row of table `region`. */
export interface RegionRow {
  year: number;
  code: string;
  level: RegionLevel;
  name: string;
  parentCode: string | null;
  gemeenteCode: string | null;
  provinceCode: string | null;
  safetyRegionCode: string | null;
  policeUnitCode: string | null;
  areaLandHa: number | null;
  areaWaterHa: number | null;
}

export interface RegionInput {
  gemeenten: ReadonlyMap<string, GemeenteEntry>;
  groupings: ReadonlyMap<string, GroupingEntry>;
  mentions: readonly RegionMention[];
  /** Rows skipped for lack of a code, per division year (historical gemeenten). */
  skippedByYear: ReadonlyMap<number, number>;
  /** Land and water area (ha) per `${year}|${code}`, from the same division's files. */
  areas: ReadonlyMap<string, { land: number | null; water: number | null }>;
}

// The veiligheidsregio list is the division of 1-1-2023, unchanged in 2024 (data README).
const groupingYears = new Set([2023, 2024]);
const dissolved = new Map<string, { name: string; provinceCode: string }>(
  dissolvedGemeenten.map((g) => [g.code, g]),
);

/** Regions, divisions and successions for every division year the files mention. */
export function buildRegions(input: RegionInput, problems: Problems) {
  const rows = new Map<string, RegionRow>();
  const add = (row: Omit<RegionRow, 'areaLandHa' | 'areaWaterHa'>) => {
    const area = input.areas.get(`${row.year}|${row.code}`);
    rows.set(`${row.year}|${row.code}`, {
      ...row,
      areaLandHa: area?.land ?? null,
      areaWaterHa: area?.water ?? null,
    });
  };
  const none = {
    gemeenteCode: null,
    provinceCode: null,
    safetyRegionCode: null,
    policeUnitCode: null,
  };
  const years = new Set(input.mentions.map((m) => m.year));
  if (input.gemeenten.size > 0) years.add(2024);
  const names = new Map(input.mentions.map((m) => [`${m.year}|${m.code}`, m.name]));
  const codes2024 = new Set(input.gemeenten.keys());

  for (const year of [...years].sort()) {
    add({ year, code: 'NL00', level: 'land', name: 'Nederland', parentCode: null, ...none });
    const known = input.gemeenten.size > 0 ? gemeenteCodesIn(year, codes2024) : null;
    for (const entry of input.gemeenten.values())
      if (known)
        add({
          year,
          code: entry.provinceCode,
          level: 'provincie',
          name: entry.provinceName,
          parentCode: 'NL00',
          ...none,
        });
    const grouped = groupingYears.has(year) && known !== null;
    if (grouped) {
      for (const g of input.groupings.values()) {
        add({
          year,
          code: g.safetyRegionCode,
          level: 'veiligheidsregio',
          name: g.safetyRegionName,
          parentCode: 'NL00',
          ...none,
        });
        add({
          year,
          code: g.policeUnitCode,
          level: 'politie-eenheid',
          name: g.policeUnitName,
          parentCode: 'NL00',
          ...none,
        });
      }
    }
    for (const code of known ?? []) {
      const entry = input.gemeenten.get(code) ?? dissolved.get(code);
      const provinceCode = entry?.provinceCode ?? null;
      const group = grouped ? input.groupings.get(code) : undefined;
      add({
        year,
        code,
        level: 'gemeente',
        name: entry?.name ?? names.get(`${year}|${code}`) ?? code,
        parentCode: provinceCode ?? 'NL00',
        gemeenteCode: null,
        provinceCode,
        safetyRegionCode: group?.safetyRegionCode ?? null,
        policeUnitCode: group?.policeUnitCode ?? null,
      });
    }
  }
  addMentioned(input, rows, add, problems);
  return {
    rows: [...rows.values()],
    divisions: divisionsOf(rows, input.skippedByYear),
    successions: successionsOf(rows),
  };
}

type Add = (row: Omit<RegionRow, 'areaLandHa' | 'areaWaterHa'>) => void;

/** Checks every mention against the regions built so far and adds wijken, buurten, old gemeenten. */
function addMentioned(
  input: RegionInput,
  rows: Map<string, RegionRow>,
  add: Add,
  problems: Problems,
) {
  const order: RegionLevel[] = [
    'land',
    'provincie',
    'veiligheidsregio',
    'politie-eenheid',
    'gemeente',
    'wijk',
    'buurt',
  ];
  const sorted = [...input.mentions].sort(
    (a, b) => order.indexOf(a.level) - order.indexOf(b.level),
  );
  const codes2024 = new Set(input.gemeenten.keys());
  const knownByYear = new Map<number, Set<string> | null>();
  const knownIn = (year: number) => {
    if (!knownByYear.has(year)) knownByYear.set(year, gemeenteCodesIn(year, codes2024));
    return knownByYear.get(year) ?? null;
  };
  for (const m of sorted) {
    if (rows.has(`${m.year}|${m.code}`)) continue;
    const parentCode =
      m.level === 'wijk'
        ? `GM${m.code.slice(2, 6)}`
        : m.level === 'buurt'
          ? `WK${m.code.slice(2, 8)}`
          : null;
    const parent = parentCode ? rows.get(`${m.year}|${parentCode}`) : undefined;
    const historical = m.level === 'gemeente' && knownIn(m.year) === null;
    if (historical) {
      add({
        year: m.year,
        code: m.code,
        level: 'gemeente',
        name: m.name || m.code,
        parentCode: 'NL00',
        gemeenteCode: null,
        provinceCode: null,
        safetyRegionCode: null,
        policeUnitCode: null,
      });
    } else if (parent) {
      add({
        year: m.year,
        code: m.code,
        level: m.level,
        name: m.name || m.code,
        parentCode: parent.code,
        gemeenteCode: parent.level === 'gemeente' ? parent.code : parent.gemeenteCode,
        provinceCode: parent.provinceCode,
        safetyRegionCode: parent.safetyRegionCode,
        policeUnitCode: parent.policeUnitCode,
      });
    } else {
      const why = parentCode
        ? `; ${parentCode} bestaat niet in ${m.year}`
        : ` in de indeling van ${m.year}`;
      problems.at(m.file, m.line, `onbekende regiocode ${m.code}${why}`, m.column);
    }
  }
}
