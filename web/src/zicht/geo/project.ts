// SPDX-License-Identifier: EUPL-1.2
import type { Feature, Geometry, MultiPolygon, Polygon, Position } from 'geojson';

/** A region shape ready to draw: its code, name, SVG path and label anchor. */
export interface Shape {
  code: string;
  name: string;
  /** Code of the gemeente and provincie it lies in, when the boundary file says so. */
  gemeenteCode: string | null;
  provinceCode: string | null;
  path: string;
  centroid: [number, number];
}

export interface Projected {
  width: number;
  height: number;
  shapes: Shape[];
}

// The Netherlands lies around 52° N: scaling longitude by cos(52°) keeps shapes in proportion
// without a projection library (an equirectangular projection centred on the country).
const lonScale = Math.cos((52.1 * Math.PI) / 180);

const rings = (geometry: Geometry): Position[][] =>
  geometry.type === 'Polygon'
    ? (geometry as Polygon).coordinates
    : geometry.type === 'MultiPolygon'
      ? (geometry as MultiPolygon).coordinates.flat()
      : [];

/**
 * Projects polygons into an SVG box of `width` wide (height follows the shape of the area),
 * fitted to the features given, with one decimal per coordinate: sub-pixel at map size, and
 * about a third of the characters of full precision.
 */
export function project(features: readonly Feature[], width = 800): Projected {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const f of features)
    for (const ring of rings(f.geometry))
      for (const [lon, lat] of ring) {
        const x = lon! * lonScale;
        const y = -lat!;
        if (x < minX) minX = x;
        if (x > maxX) maxX = x;
        if (y < minY) minY = y;
        if (y > maxY) maxY = y;
      }
  if (!Number.isFinite(minX)) return { width, height: width, shapes: [] };
  const scale = width / Math.max(maxX - minX, 1e-9);
  const height = Math.max(1, Math.round((maxY - minY) * scale));
  const px = (lon: number) => Math.round((lon * lonScale - minX) * scale * 10) / 10;
  const py = (lat: number) => Math.round((-lat - minY) * scale * 10) / 10;
  const shapes = features.map((f): Shape => {
    const properties = (f.properties ?? {}) as Record<string, unknown>;
    let path = '';
    let sumX = 0;
    let sumY = 0;
    let n = 0;
    for (const ring of rings(f.geometry)) {
      ring.forEach(([lon, lat], i) => {
        const x = px(lon!);
        const y = py(lat!);
        path += `${i === 0 ? 'M' : 'L'}${x} ${y}`;
        sumX += x;
        sumY += y;
        n++;
      });
      path += 'Z';
    }
    const code = String(properties.statcode ?? f.id ?? '');
    return {
      code,
      name: String(properties.statnaam ?? code),
      gemeenteCode: typeof properties.gemeentecode === 'string' ? properties.gemeentecode : null,
      provinceCode: typeof properties.provinciecode === 'string' ? properties.provinciecode : null,
      path,
      centroid: n > 0 ? [sumX / n, sumY / n] : [0, 0],
    };
  });
  return { width, height, shapes };
}
