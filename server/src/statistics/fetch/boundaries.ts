// SPDX-License-Identifier: EUPL-1.2
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { merge, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import type {
  GeometryCollection,
  GeometryObject,
  MultiPolygon,
  Objects,
  Polygon,
  Topology,
} from 'topojson-specification';

import type { KaartFeature } from './pdok';

/** A boundaries file of the layout: `boundaries/<level>_2024.topojson`. */
export interface BuiltTopology {
  path: string;
  text: string;
}

type Props = Record<string, string>;
/** topojson-server types its result with nullable properties; ours always have them. */
type PropsTopology = Topology<Objects<Props>>;

/** Share of vertices kept by Visvalingam simplification, as for the packaged gemeente file. */
const keep = 0.4;
/** Quantization as in the packaged files (1e5 steps over the extent). */
const quantization = 1e5;

/**
 * WFS 2.0 may answer EPSG:4326 in latitude/longitude order. The Netherlands lie at 3–7.3° E and
 * 50.7–53.6° N, so a first coordinate above 40 is a latitude: swap every pair.
 */
function lonLat(geometry: Geometry): Geometry {
  const first = JSON.stringify(geometry).match(/-?\d+(\.\d+)?/);
  if (!first || Number(first[0]) < 40) return geometry;
  const swap = (value: unknown): unknown =>
    Array.isArray(value) && typeof value[0] === 'number'
      ? [(value as Position)[1], (value as Position)[0], ...(value as Position).slice(2)]
      : Array.isArray(value)
        ? value.map(swap)
        : value;
  return JSON.parse(JSON.stringify(geometry), (key, value: unknown) =>
    key === 'coordinates' ? swap(value) : value,
  ) as Geometry;
}

function collection(features: Feature<Geometry, Props>[]): FeatureCollection<Geometry, Props> {
  return { type: 'FeatureCollection', features };
}

/**
 * GeoJSON features → simplified, quantized TopoJSON with shared arcs and object `name`, each
 * geometry's `id` its statcode. Simplification is topology-preserving (shared borders stay
 * shared), but it is not the mapshaper cleaning of the packaged files: small gaps and slivers
 * from PDOK stay, so the result differs from shared/data/boundaries.
 */
export function toTopology(name: string, features: Feature<Geometry, Props>[]): string {
  const raw = topology({ [name]: collection(features) });
  const weighted = presimplify(raw as unknown as PropsTopology);
  const simplified = simplify(weighted, quantile(weighted, 1 - keep));
  const object = simplified.objects[name] as GeometryCollection<Props>;
  object.geometries = object.geometries.map((g, i) => ({
    ...g,
    id: features[i]?.properties.statcode,
  }));
  return JSON.stringify(quantize(simplified, quantization));
}

/** The kaart features of a layer kept (codes in `names`), with lon/lat geometry and properties. */
export function kaartFeatures(
  features: readonly KaartFeature[],
  codeAttribute: string,
  properties: (code: string) => Props | null,
): Feature<Geometry, Props>[] {
  return features.flatMap((f) => {
    const code = String(f.properties[codeAttribute] ?? '').trim();
    const props = properties(code);
    if (!props || !f.geometry) return [];
    return [{ type: 'Feature', id: code, properties: props, geometry: lonLat(f.geometry) }];
  });
}

/**
 * Provinces dissolved from the simplified gemeente topology (membership from the region list),
 * as in the packaged `provincie_2024.topojson`; merging arcs keeps borders identical.
 */
export function provinceTopology(gemeenteText: string, name: string): string {
  const gemeenten = JSON.parse(gemeenteText) as Parameters<typeof merge>[0];
  const object = gemeenten.objects.gemeente_2024 as GeometryCollection<Props>;
  const byProvince = new Map<string, { name: string; parts: (Polygon | MultiPolygon)[] }>();
  for (const g of object.geometries) {
    if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') continue;
    const props = g.properties ?? {};
    const code = props.provinciecode ?? '';
    const entry = byProvince.get(code) ?? { name: props.provincienaam ?? '', parts: [] };
    entry.parts.push(g as Polygon | MultiPolygon);
    byProvince.set(code, entry);
  }
  const features: Feature<Geometry, Props>[] = [...byProvince]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, entry]) => ({
      type: 'Feature',
      id: code,
      properties: { statcode: code, statnaam: entry.name },
      geometry: merge(gemeenten, entry.parts as GeometryObject[] as (Polygon | MultiPolygon)[]),
    }));
  const merged = topology({ [name]: collection(features) });
  const out = merged.objects[name] as GeometryCollection<Props>;
  out.geometries = out.geometries.map((g, i) => ({ ...g, id: features[i]?.properties.statcode }));
  return JSON.stringify(quantize(merged as unknown as PropsTopology, quantization));
}
