// SPDX-License-Identifier: EUPL-1.2
import type { Feature } from 'geojson';
import { describe, expect, it } from 'vitest';

import { project } from './project';

const square = (code: string, lon: number, lat: number, size: number): Feature => ({
  type: 'Feature',
  id: code,
  properties: { statcode: code, statnaam: `Gebied ${code}`, gemeentecode: 'GM0001' },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [lon, lat],
        [lon + size, lat],
        [lon + size, lat + size],
        [lon, lat + size],
        [lon, lat],
      ],
    ],
  },
});

describe('project(features, width)', () => {
  it('fits the features into the width with north up', () => {
    const { width, height, shapes } = project([square('A', 4, 52, 1), square('B', 5, 52, 1)], 200);
    expect(width).toBe(200);
    // Two degrees of longitude at ~52° N are ~1.23 degrees of latitude wide: height ≈ 200 / 2 / 0.614.
    expect(height).toBeCloseTo(163, -1);
    expect(shapes[0]).toMatchObject({ code: 'A', name: 'Gebied A', gemeenteCode: 'GM0001' });
    expect(shapes[0]!.path.startsWith('M0 ')).toBe(true);
    expect(shapes[1]!.path).toContain('L200 ');
    // North up: the northern edge (lat 53) is at y = 0.
    expect(shapes[0]!.path).toMatch(/L100 0L0 0L0 162\.8Z$/);
  });

  it('returns no shapes for no features', () => {
    expect(project([]).shapes).toEqual([]);
  });
});
