// SPDX-License-Identifier: EUPL-1.2
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { z } from 'zod';

import type { RegionLevel } from '../../../common/statistics/levels';
import { apiGet } from '../api/client';

import { project, type Projected } from './geo/project';

/** API paths of the statistics the Zicht pages read. */
export const zichtPaths = {
  catalogue: '/api/v1/indicators',
  card: (id: string) => `/api/v1/indicators/${encodeURIComponent(id)}`,
  values: (id: string, level: RegionLevel, year?: number | null, parent?: string | null) => {
    const query = new URLSearchParams({ level });
    if (year) query.set('year', String(year));
    if (parent) query.set('parent', parent);
    return `/api/v1/indicators/${encodeURIComponent(id)}/values?${query}`;
  },
  profile: (code: string) => `/api/v1/regions/${encodeURIComponent(code)}/profile`,
  regions: (level: RegionLevel, parent?: string) =>
    `/api/v1/regions?level=${level}${parent ? `&parent=${encodeURIComponent(parent)}` : ''}`,
  /** `newest`: the newest boundaries, so a page need not learn the year first. */
  geo: (level: RegionLevel, year: number | 'newest', within?: string | null) =>
    `/api/v1/geo/${level}${year === 'newest' ? '' : `/${year}`}${within ? `?within=${encodeURIComponent(within)}` : ''}`,
};

const topologySchema = z.custom<Topology>(
  (value) =>
    typeof value === 'object' &&
    value !== null &&
    (value as { type?: unknown }).type === 'Topology' &&
    typeof (value as { objects?: unknown }).objects === 'object',
  'geen TopoJSON',
);

/** Levels with boundary files; other levels are shown as a table only. */
export const mappedLevels: readonly RegionLevel[] = ['provincie', 'gemeente', 'wijk'];

// Boundaries change once a year: each process keeps the projected shapes per path, so going
// back and forth between gemeenten does not parse and project the same topology again.
const shapes = new Map<string, Promise<Projected>>();

/** The projected shapes of a level and year (optionally within a gemeente or provincie). */
export function loadShapes(
  level: RegionLevel,
  year: number | 'newest',
  within?: string | null,
): Promise<Projected> {
  const path = zichtPaths.geo(level, year, within);
  let pending = shapes.get(path);
  if (!pending) {
    pending = apiGet(path, topologySchema).then((topology) => {
      const [object] = Object.values(topology.objects) as GeometryCollection[];
      if (!object) return { width: 800, height: 800, shapes: [] };
      const collection = feature(topology, object);
      return project('features' in collection ? collection.features : [collection]);
    });
    pending.catch(() => shapes.delete(path));
    shapes.set(path, pending);
  }
  return pending;
}
