// SPDX-License-Identifier: EUPL-1.2
import type { AuditOrigin } from '../audit/service';
import { ImportError } from '../platform/csv';
import type { Database } from '../platform/db';
import type { Deps } from '../platform/deps';

import { isDirectory } from './import/data-dir';
import { silentProgress, type Progress } from './import/progress';
import { importStatistics, type ImportSummary } from './import/run-import';

export type { ImportSummary } from './import/run-import';
export { isDirectory };

/** True once any statistics file has been imported. */
export async function statisticsLoaded(db: Database): Promise<boolean> {
  const [row] = await db.query<{ loaded: boolean }>(
    'select exists (select 1 from statistic_source) as loaded',
  );
  return row?.loaded ?? false;
}

/**
 * Imports a folder in the layout of shared/data, all or nothing (see import/run-import.ts).
 * Throws an ImportError naming file, line and column when the folder has problems.
 */
export function importDataDir(
  db: Database,
  dir: string,
  options: { origin: AuditOrigin; clock: () => Date; progress?: Progress },
): Promise<ImportSummary> {
  return importStatistics(db, dir, { progress: silentProgress, ...options });
}

const number = (n: number) => n.toLocaleString('nl-NL');

/** The summary as Dutch lines for the command line and the log message. */
export function describeSummary(summary: ImportSummary): string[] {
  const line = (label: string, c: ImportSummary['files']) =>
    `  ${label.padEnd(14)} ${number(c.created)} nieuw, ${number(c.updated)} bijgewerkt, ${number(c.unchanged)} ongewijzigd`;
  return [
    `Statistieken geïmporteerd in ${(summary.milliseconds / 1000).toLocaleString('nl-NL', { maximumFractionDigits: 1 })} s:`,
    line('bestanden', summary.files),
    line("regio's", summary.regions),
    line('waarnemingen', summary.observations),
    line('geometrie', summary.geometry),
    summary.derived.recomputed
      ? `  vergelijkingen ${number(summary.derived.indicatorValues)} indicatorwaarden, ${number(summary.derived.nationals)} landelijke waarden, ${number(summary.derived.peerGroups)} vergelijkingsgroepen (${number(summary.derived.milliseconds)} ms)`
      : '  vergelijkingen ongewijzigd',
    ...(summary.skippedRows > 0
      ? [
          `  ${number(summary.skippedRows)} bronregels zonder regio overgeslagen (zie statistic_source.skipped_reason)`,
        ]
      : []),
    ...summary.unknownFiles.map((file) => `  niet herkend en niet geïmporteerd: ${file}`),
  ];
}

/**
 * First start: with WEERBAAR_DATA_DIR set and no statistics loaded, imports that folder before
 * the server listens. A failed import is logged (file, line, column; no personal data) and the
 * platform starts without statistics, explaining how to load them.
 */
export async function importOnFirstStart(deps: Deps): Promise<ImportSummary | null> {
  const dir = deps.config.WEERBAAR_DATA_DIR;
  if (!dir || (await statisticsLoaded(deps.db))) return null;
  if (!isDirectory(dir)) {
    deps.logger.warn(
      { event: 'statistics.data-dir-missing' },
      'WEERBAAR_DATA_DIR is geen map; start zonder statistieken (laad ze met: npx weerbaar data import --from <map>)',
    );
    return null;
  }
  try {
    const summary = await importDataDir(deps.db, dir, { origin: 'system', clock: deps.clock });
    deps.logger.info(
      {
        event: 'statistics.imported',
        files: summary.files.created + summary.files.updated,
        regions: summary.regions.created,
        observations: summary.observations.created,
        geometry: summary.geometry.created,
        ms: summary.milliseconds,
      },
      'open statistieken geïmporteerd uit WEERBAAR_DATA_DIR',
    );
    return summary;
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    deps.logger.error(
      { event: 'statistics.import-failed', problems: error.problems.slice(0, 10) },
      'import uit WEERBAAR_DATA_DIR mislukt; het platform start zonder statistieken',
    );
    return null;
  }
}
