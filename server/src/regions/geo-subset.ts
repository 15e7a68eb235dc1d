// SPDX-License-Identifier: EUPL-1.2

interface Geometry {
  type: string;
  id?: string | number;
  properties?: Record<string, unknown>;
  arcs?: unknown;
}

interface Topology {
  type: 'Topology';
  objects: Record<string, { type: 'GeometryCollection'; geometries: Geometry[] }>;
  arcs: number[][][];
  transform?: unknown;
  bbox?: number[];
}

/** True when a geometry lies within `code`: its own code, or its gemeente or provincie. */
function within(geometry: Geometry, code: string): boolean {
  const p = geometry.properties ?? {};
  return (
    geometry.id === code ||
    p.statcode === code ||
    p.gemeentecode === code ||
    p.provinciecode === code
  );
}

/**
 * The part of a topology whose geometries lie within a gemeente or provincie, with only the arcs
 * they use (renumbered). Arcs are delta-encoded per arc, so a subset stays a valid quantized
 * TopoJSON; shared borders stay shared. Returns null when no geometry lies within `code`.
 */
export function subsetTopology(text: string, code: string): string | null {
  const topology = JSON.parse(text) as Topology;
  const used = new Map<number, number>();
  const arcs: number[][][] = [];
  const remap = (index: number): number => {
    const original = index < 0 ? ~index : index;
    let fresh = used.get(original);
    if (fresh === undefined) {
      fresh = arcs.length;
      used.set(original, fresh);
      arcs.push(topology.arcs[original]!);
    }
    return index < 0 ? ~fresh : fresh;
  };
  const walk = (value: unknown): unknown =>
    Array.isArray(value) ? value.map((v) => (typeof v === 'number' ? remap(v) : walk(v))) : value;
  let count = 0;
  const objects: Topology['objects'] = {};
  for (const [name, collection] of Object.entries(topology.objects)) {
    const geometries = collection.geometries
      .filter((g) => within(g, code))
      .map((g) => ({ ...g, arcs: walk(g.arcs) }));
    count += geometries.length;
    objects[name] = { ...collection, geometries };
  }
  if (count === 0) return null;
  const { bbox: _bbox, ...rest } = topology;
  return JSON.stringify({ ...rest, objects, arcs });
}
