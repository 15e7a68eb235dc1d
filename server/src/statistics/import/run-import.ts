// SPDX-License-Identifier: EUPL-1.2
import { basename } from 'node:path';

import { boundaryFile, regionFiles } from '../../../../common/statistics/sources';
import { recordEvent, type AuditOrigin } from '../../audit/service';
import type { Database } from '../../platform/db';
import { deriveIfChanged, type DerivationSummary } from '../derive/run-derivation';
import { invalidateStatisticsCache } from '../values/response-cache';

import { compressGeometry, type CompressedGeometry } from './geometry';
import type { Progress } from './progress';
import { mappingHash, storedSources, upsertSource, type SourceRecord } from './provenance';
import { readAll, type ImportPlan } from './read-all';
import { regionFileColumns } from './table';
import {
  emptyCounts,
  insertSuccessions,
  upsertDivisions,
  upsertGeometry,
  upsertRegions,
  type Counts,
} from './write';
import { unchangedFile, writeObservations } from './write-observations';

/** What an import did, per kind of row; no names or personal data, so it may be logged. */
export interface ImportSummary {
  files: Counts;
  regions: Counts;
  observations: Counts;
  geometry: Counts;
  /** Source rows without a region the platform keeps (e.g. "niet in te delen"). */
  skippedRows: number;
  /** The comparisons, national values and peer groups derived from the observations. */
  derived: DerivationSummary;
  /** CSV or TopoJSON files the catalogue does not know; not imported. */
  unknownFiles: string[];
  milliseconds: number;
}

export interface ImportOptions {
  origin: AuditOrigin;
  clock: () => Date;
  progress: Progress;
}

/** Provenance records of the region lists, which fill regions rather than observations. */
function regionRecords(plan: ImportPlan): SourceRecord[] {
  const lists = [
    [plan.dir.gemeenten, regionFiles.gemeenten, regionFileColumns.gemeenten],
    [plan.dir.groupings, regionFiles.groupings, regionFileColumns.groupings],
  ] as const;
  return lists.flatMap(([file, provenance, columns]) =>
    file
      ? [
          {
            provenance,
            kind: 'regions' as const,
            periods: ['2024'],
            sha256: file.sha256,
            mappingHash: mappingHash(columns),
            rows: file.text.split('\n').filter(Boolean).length - 1,
            skippedRows: 0,
            skippedReason: null,
          },
        ]
      : [],
  );
}

/**
 * Imports a data folder in one transaction: regions, observations, provenance and geometry, plus
 * the audit event. Reading and checking happen first; a problem anywhere leaves the database as
 * it was. Importing the same files again changes nothing.
 */
export async function importStatistics(
  db: Database,
  root: string,
  options: ImportOptions,
): Promise<ImportSummary> {
  const started = performance.now();
  const plan = readAll(root, options.progress);
  const stored = await storedSources(db);
  // Compress changed geometry in the thread pool while the database work runs.
  const compressed = new Map<string, Promise<CompressedGeometry>>();
  for (const g of plan.geometries)
    if (!unchangedFile(stored, g.file, mappingHash(boundaryFile(g.level, g.year))))
      compressed.set(g.file.path, compressGeometry(g.file));
  const summary: ImportSummary = {
    files: emptyCounts(),
    regions: emptyCounts(),
    observations: emptyCounts(),
    geometry: emptyCounts(),
    skippedRows: 0,
    derived: {
      recomputed: false,
      indicatorValues: 0,
      nationals: 0,
      peerGroups: 0,
      milliseconds: 0,
    },
    unknownFiles: plan.dir.unknown,
    milliseconds: 0,
  };
  const now = options.clock();
  await db.transaction(async (tx) => {
    // Two imports at once would interleave their upserts; the second waits for the first.
    await tx.query('select pg_advisory_xact_lock(7291003)');
    for (const record of regionRecords(plan))
      summary.files[(await upsertSource(tx, record, now)).state]++;
    summary.regions = await upsertRegions(tx, plan.regions.rows);
    await upsertDivisions(tx, plan.regions.divisions);
    await insertSuccessions(tx, plan.regions.successions);
    await writeObservations(tx, db.kind, plan, { ...options, now }, summary);
    for (const g of plan.geometries) {
      const provenance = boundaryFile(g.level, g.year);
      const record: SourceRecord = {
        provenance,
        kind: 'geometry',
        periods: [String(g.year)],
        sha256: g.file.sha256,
        mappingHash: mappingHash(provenance),
        rows: g.featureCount,
        skippedRows: 0,
        skippedReason: null,
      };
      const { id, state } = await upsertSource(tx, record, now);
      summary.files[state]++;
      const pending = compressed.get(g.file.path);
      if (pending) summary.geometry[await upsertGeometry(tx, g, await pending, id)]++;
      else summary.geometry.unchanged++;
    }
    options.progress.phase('vergelijkingen berekenen', 1);
    summary.derived = await deriveIfChanged(tx, now);
    options.progress.advance(1);
    if (
      summary.files.created +
        summary.files.updated +
        summary.regions.created +
        summary.regions.updated >
      0
    ) {
      await recordEvent(tx, {
        actorUserId: null,
        organisationId: null,
        action: 'statistics.import',
        objectType: 'data-dir',
        objectId: basename(root),
        origin: options.origin,
        occurredAt: now,
      });
    }
  });
  invalidateStatisticsCache(db);
  options.progress.finish();
  summary.milliseconds = Math.round(performance.now() - started);
  return summary;
}
