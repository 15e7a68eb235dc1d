// SPDX-License-Identifier: EUPL-1.2
import { regionFiles } from '../../../../common/statistics/sources';
import { ImportError } from '../../platform/csv';

import { readDataDir, type DataDir } from './data-dir';
import { readGeometry, type GeometryFile } from './geometry';
import { Problems } from './problems';
import type { Progress } from './progress';
import { readGemeenten, readGroupings } from './region-files';
import { buildRegions } from './regions';
import { readSource, type ObservationBatch, type RegionMention } from './source-reader';

/** Everything read and checked from the data folder, before anything is written. */
export interface ImportPlan {
  dir: DataDir;
  batches: ObservationBatch[];
  regions: ReturnType<typeof buildRegions>;
  geometries: GeometryFile[];
}

/** Land and water area per region, taken from files whose period equals their division. */
function areasOf(batches: readonly ObservationBatch[]) {
  const areas = new Map<string, { land: number | null; water: number | null }>();
  for (const batch of batches) {
    batch.variable.forEach((variable, i) => {
      if (variable !== 'land_area_ha' && variable !== 'water_area_ha') return;
      if (batch.period[i] !== String(batch.regionYear[i])) return;
      const key = `${batch.regionYear[i]}|${batch.regionCode[i]}`;
      const area = areas.get(key) ?? { land: null, water: null };
      area[variable === 'land_area_ha' ? 'land' : 'water'] = batch.value[i] ?? null;
      areas.set(key, area);
    });
  }
  return areas;
}

/**
 * Reads and checks the whole folder: headers, cells, years, region codes and geometry ids.
 * Throws an ImportError with every problem found (at most 50) before any write.
 */
export function readAll(root: string, progress: Progress): ImportPlan {
  const dir = readDataDir(root);
  if (dir.sources.length === 0 && !dir.gemeenten && dir.boundaries.length === 0) {
    throw new ImportError([
      `${root}: geen bekende bestanden gevonden; verwacht de indeling van shared/data (kwb/, regions/, boundaries/, …)`,
    ]);
  }
  const problems = new Problems();
  if (!dir.gemeenten)
    problems.add(
      `${regionFiles.gemeenten.file}: ontbreekt; de gemeentelijke indeling komt uit dit bestand`,
    );
  const gemeenten = dir.gemeenten ? readGemeenten(dir.gemeenten, problems) : new Map();
  const groupings = dir.groupings ? readGroupings(dir.groupings, problems) : new Map();
  progress.phase('bestanden lezen', dir.sources.length + dir.boundaries.length);
  const batches: ObservationBatch[] = [];
  const mentions: RegionMention[] = [];
  const skippedByYear = new Map<number, number>();
  for (const { source, file } of dir.sources) {
    const read = readSource(source, file, problems);
    batches.push(read.batch);
    mentions.push(...read.mentions);
    for (const [year, count] of read.batch.skippedByYear)
      skippedByYear.set(year, Math.max(skippedByYear.get(year) ?? 0, count));
    progress.advance(1);
  }
  const regions = buildRegions(
    { gemeenten, groupings, mentions, skippedByYear, areas: areasOf(batches) },
    problems,
  );
  const geometries: GeometryFile[] = [];
  for (const entry of dir.boundaries) {
    const codes = new Set(
      regions.rows
        .filter((r) => r.year === entry.year && r.level === entry.level)
        .map((r) => r.code),
    );
    const geometry = readGeometry(entry, codes, problems);
    if (geometry) geometries.push(geometry);
    progress.advance(1);
  }
  problems.throwIfAny();
  return { dir, batches, regions, geometries };
}
