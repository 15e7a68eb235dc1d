// SPDX-License-Identifier: EUPL-1.2
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

import type { RegionLevel } from '../../../../common/statistics/levels';

import type { DataFile } from './data-dir';
import type { Problems } from './problems';

/** A checked TopoJSON file, ready to store. */
export interface GeometryFile {
  level: RegionLevel;
  year: number;
  file: DataFile;
  featureCount: number;
}

/** The stored form: the file as is plus its compressed variants, made once at import. */
export interface CompressedGeometry {
  etag: string;
  gzip: Buffer;
  brotli: Buffer;
}

interface Topology {
  type?: unknown;
  arcs?: unknown;
  objects?: Record<string, { type?: unknown; geometries?: unknown } | undefined>;
}

/**
 * Checks that a boundaries file is a TopoJSON topology with object `<level>_<year>` whose
 * geometries all carry the id of a region of that level and year; problems name the geometry.
 */
export function readGeometry(
  entry: { level: RegionLevel; year: number; file: DataFile },
  regionCodes: ReadonlySet<string>,
  problems: Problems,
): GeometryFile | null {
  const { file, level, year } = entry;
  const fail = (message: string) => (problems.at(file.path, 1, message), null);
  let topology: Topology;
  try {
    topology = JSON.parse(file.text) as Topology;
  } catch (error) {
    return fail(`geen geldige JSON (${(error as Error).message})`);
  }
  const name = `${level}_${year}`;
  const object = topology.objects?.[name];
  if (topology.type !== 'Topology' || !Array.isArray(topology.arcs))
    return fail('geen TopoJSON-topologie (type "Topology" met "arcs" verwacht)');
  if (object?.type !== 'GeometryCollection' || !Array.isArray(object.geometries))
    return fail(`object "${name}" (GeometryCollection) ontbreekt`);
  if (regionCodes.size === 0) return fail(`er zijn geen regio's van niveau ${level} in ${year}`);
  const seen = new Set<string>();
  for (const [index, geometry] of (object.geometries as { id?: unknown }[]).entries()) {
    const id = typeof geometry?.id === 'string' ? geometry.id : null;
    const where = `object ${name}, geometrie ${index + 1}`;
    if (!id) problems.at(file.path, 1, `${where} heeft geen id`);
    else if (seen.has(id)) problems.at(file.path, 1, `${where}: id ${id} komt twee keer voor`);
    else if (!regionCodes.has(id))
      problems.at(file.path, 1, `${where}: onbekende regiocode ${id} voor ${level} ${year}`);
    if (id) seen.add(id);
  }
  return { level, year, file, featureCount: object.geometries.length };
}

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/**
 * Compresses a file in the libuv thread pool (in parallel with the database work): gzip level 9
 * and brotli quality 11, the best ratios, because this runs once per import, not per request.
 */
export async function compressGeometry(file: DataFile): Promise<CompressedGeometry> {
  const bytes = Buffer.from(file.text, 'utf8');
  const [gz, br] = await Promise.all([
    gzipAsync(bytes, { level: 9 }),
    brotliAsync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }),
  ]);
  return { etag: `"${file.sha256.slice(0, 32)}"`, gzip: gz, brotli: br };
}
