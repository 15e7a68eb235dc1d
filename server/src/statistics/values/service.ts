// SPDX-License-Identifier: EUPL-1.2
import type {
  IndicatorValues,
  ProfileIndicator,
  RegionProfile,
} from '../../../../common/contracts/statistics-values';
import {
  indicatorById,
  indicators,
  indicatorThemes,
  notProofSentence,
  themeLabels,
  type Indicator,
} from '../../../../common/statistics/indicators';
import { regionLevelLabels, type RegionLevel } from '../../../../common/statistics/levels';
import type { Queryable } from '../../platform/db';
import { ProblemError, badRequest } from '../../platform/http/problem';
import * as regions from '../../regions/service';
import { regionPackages } from '../packages/service';
import { attributionOf, attributionOfPublishers, presentIndicatorSummary } from '../present';

import {
  presentAvailable,
  presentNational,
  presentPeerGroup,
  presentValue,
  statusNotes,
} from './present';
import * as store from './store';

/** The indicator, or a 404 that says where the list is. */
export function knownIndicator(id: string): Indicator {
  const indicator = indicatorById.get(id);
  if (!indicator)
    throw new ProblemError(
      404,
      `Indicator ${id} bestaat niet. De lijst met indicatoren staat op GET /api/v1/indicators.`,
      'onbekende-indicator',
    );
  return indicator;
}

/**
 * One indicator for every region of a level and period (default: the newest period at that
 * level), with the national value and the comparisons stored at import. An unknown level, year or
 * parent is a 400 that names the valid options.
 */
export async function indicatorValues(
  db: Queryable,
  indicator: Indicator,
  query: { level: RegionLevel; year?: number | undefined; parent?: string | undefined },
): Promise<IndicatorValues> {
  const nationals = await store.nationalsOf(db, indicator.id);
  if (nationals.length === 0) {
    if ((await store.derivationVersion(db)) === null) throw regions.noStatistics();
    throw badRequest(
      `Voor ${indicator.name} zijn er geen cijfers geladen. Kies een andere indicator.`,
      'geen-cijfers',
    );
  }
  const available = presentAvailable(nationals);
  const atLevel = nationals.filter((n) => n.level === query.level);
  if (atLevel.length === 0)
    throw badRequest(
      `${indicator.name} is er niet voor ${regionLevelLabels[query.level]}. Kies een niveau uit: ${[...new Set(nationals.map((n) => n.level))].join(', ')}.`,
      'onbekend-niveau',
    );
  const national =
    query.year === undefined ? atLevel[0] : atLevel.find((n) => Number(n.period) === query.year);
  if (!national)
    throw badRequest(
      `${indicator.name} heeft voor ${regionLevelLabels[query.level]} geen cijfers over ${query.year}. Kies een jaar uit: ${atLevel.map((n) => n.period).join(', ')}.`,
      'onbekend-jaar',
    );
  const parent = query.parent && query.parent !== 'NL00' ? query.parent : undefined;
  if (parent && !(await regions.regionExists(db, parent, Number(national.region_year))))
    throw badRequest(
      `Regio ${parent} bestaat niet in de indeling van ${national.region_year}; kies een parent uit die indeling.`,
      'onbekende-parent',
    );
  const rows = await store.valuesOf(db, indicator.id, Number(national.period), query.level, parent);
  return {
    indicator: presentIndicatorSummary(indicator),
    level: query.level,
    period: Number(national.period),
    regionYear: Number(national.region_year),
    parent: query.parent ?? null,
    previousPeriod: national.previous_period === null ? null : Number(national.previous_period),
    national: presentNational(national),
    funnel:
      national.funnel_model && national.funnel_method
        ? {
            model: national.funnel_model,
            method: national.funnel_method,
            overdispersionPhi:
              national.overdispersion_phi === null ? null : Number(national.overdispersion_phi),
          }
        : null,
    available,
    attribution: attributionOf(indicator),
    values: rows.map(presentValue),
  };
}

/**
 * Every indicator of one region, grouped by theme: its value in the newest period it has (or in
 * `year`), the national value, index, percentile, funnel position, peer-group value, the value of
 * its gemeente (for wijken and buurten) and the series of all periods for a sparkline.
 */
export async function regionProfile(
  db: Queryable,
  code: string,
  year: number | undefined,
): Promise<RegionProfile> {
  const region = await regions.newestRegion(db, code);
  if (region === null) throw await regions.unknownRegionProblem(db, code);
  const gemeenteCode = region.level === 'gemeente' ? null : region.gemeente_code;
  const rows = await store.valuesOfRegion(db, gemeenteCode ? [code, gemeenteCode] : [code]);
  const nationals = new Map(
    (await store.allNationals(db)).map((n) => [`${n.indicator}|${n.period}|${n.level}`, n]),
  );
  const own = rows.filter((r) => r.region_code === code);
  const parentValue = (indicator: string, period: number) =>
    rows.find(
      (r) =>
        r.region_code === gemeenteCode && r.indicator === indicator && Number(r.period) === period,
    )?.value ?? null;
  const profileIndicators: ProfileIndicator[] = [];
  for (const indicator of indicators) {
    const series = own.filter((r) => r.indicator === indicator.id);
    const usable = series.filter((r) => r.value !== null);
    const chosen =
      year === undefined
        ? (usable.at(-1) ?? series.at(-1))
        : series.find((r) => Number(r.period) === year);
    if (!chosen) continue;
    const national = nationals.get(`${indicator.id}|${chosen.period}|${chosen.level}`);
    const { code: _c, name: _n, ...value } = presentValue(chosen);
    profileIndicators.push({
      ...value,
      id: indicator.id,
      name: indicator.name,
      unit: indicator.unit,
      kind: indicator.kind,
      direction: indicator.direction,
      period: Number(chosen.period),
      national: national?.value === null || !national ? null : Number(national.value),
      nationalMethod: national?.method ?? 'not-available',
      parentValue: gemeenteCode ? parentValue(indicator.id, Number(chosen.period)) : null,
      series: series.map((r) => ({
        period: Number(r.period),
        value: r.value === null ? null : Number(r.value),
        status: r.status,
      })),
    });
  }
  if (year !== undefined && profileIndicators.length === 0) {
    const periods = [...new Set(own.map((r) => Number(r.period)))].sort((a, b) => b - a);
    throw badRequest(
      `Voor ${region.name} zijn er geen cijfers over ${year}. Kies een jaar uit: ${periods.join(', ') || 'geen'}.`,
      'onbekend-jaar',
    );
  }
  const peers = region.level === 'gemeente' ? await store.peerGroupOf(db, code, region.year) : null;
  const publishers = profileIndicators.flatMap(
    (p) => indicatorById.get(p.id)?.sources.map((source) => source.publisher) ?? [],
  );
  return {
    region: {
      code: region.code,
      name: region.name,
      level: region.level,
      year: region.year,
      gemeenteCode,
      gemeenteName: region.gemeente_name,
    },
    period: year ?? null,
    themes: indicatorThemes
      .map((theme) => ({
        id: theme,
        label: themeLabels[theme],
        indicators: profileIndicators.filter((p) => indicatorById.get(p.id)?.theme === theme),
      }))
      .filter((theme) => theme.indicators.length > 0),
    peerGroup: peers ? presentPeerGroup(peers) : null,
    packages: await regionPackages(db, code, gemeenteCode),
    attribution: attributionOfPublishers(publishers),
    notProof: notProofSentence,
  };
}

export { statusNotes };
