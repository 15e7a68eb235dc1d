// SPDX-License-Identifier: EUPL-1.2
import type { RegionDetail, RegionView } from '../../../common/contracts/regions';
import type { RegionLevel } from '../../../common/statistics/levels';

import type { RegionRecord } from './store';

/** Allow-list presenter of a region (open data; nothing is confidential, the shape is the contract). */
export function presentRegion(row: RegionRecord): RegionView {
  return {
    code: row.code,
    name: row.name,
    level: row.level,
    year: row.year,
    parentCode: row.parent_code,
    gemeenteCode: row.gemeente_code,
    provinceCode: row.province_code,
    safetyRegionCode: row.safety_region_code,
    policeUnitCode: row.police_unit_code,
    areaLandHa: row.area_land_ha,
    areaWaterHa: row.area_water_ha,
  };
}

/** The codes a region hangs under, nearest first: parent chain, then groupings. */
export function ancestorCodes(row: RegionRecord): string[] {
  const codes = [
    row.parent_code,
    row.level === 'buurt' ? row.gemeente_code : null,
    row.province_code,
    row.parent_code ? 'NL00' : null,
    row.safety_region_code,
    row.police_unit_code,
  ];
  return [...new Set(codes.filter((code): code is string => code !== null))];
}

/** A region with its named parents, its years and its herindelingen. */
export function presentRegionDetail(
  row: RegionRecord,
  parents: { code: string; name: string; level: RegionLevel }[],
  years: number[],
  succession: Pick<RegionDetail, 'predecessors' | 'successors'>,
): RegionDetail {
  const order = ancestorCodes(row);
  return {
    ...presentRegion(row),
    parents: [...parents].sort((a, b) => order.indexOf(a.code) - order.indexOf(b.code)),
    years,
    ...succession,
  };
}
