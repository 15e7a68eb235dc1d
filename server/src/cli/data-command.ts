// SPDX-License-Identifier: EUPL-1.2
import { parseArgs } from 'node:util';

import { bootDeps } from '../platform/boot';
import { loadConfig } from '../platform/config';
import { ImportError } from '../platform/csv';
import { createLogger } from '../platform/logger';
import { progressFor } from '../statistics/import/progress';
import { describeSummary, importDataDir, isDirectory } from '../statistics/service';

import { dataFetchCommand } from './data-fetch-command';
import { UsageError } from './usage-error';

const usage =
  'Gebruik: weerbaar data import --from <map>   (een map met de indeling van shared/data)\n' +
  '        weerbaar data fetch [opties]         (haal dezelfde tabellen online op bij CBS en PDOK)';

function parseOptions(args: string[]) {
  try {
    return parseArgs({
      args,
      options: { from: { type: 'string' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError(
      `Ongeldige optie: ${error instanceof Error ? error.message : String(error)}\n${usage}`,
    );
  }
}

/**
 * `weerbaar data import --from <dir>`: loads CBS/PDOK open data in one transaction. Exit 0 with
 * the counts; 1 when a file has problems (each named with file, line and column, nothing
 * changed); 2 for wrong usage. A progress bar appears on stderr when it is a terminal.
 */
export async function dataCommand(args: string[]): Promise<number> {
  if (args[0] === 'fetch') return dataFetchCommand(args.slice(1));
  const { positionals, values } = parseOptions(args);
  if (positionals[0] !== 'import' || positionals.length > 1) throw new UsageError(usage);
  if (!values.from) throw new UsageError(`--from ontbreekt.\n${usage}`);
  if (!isDirectory(values.from)) throw new UsageError(`Map ${values.from} bestaat niet.\n${usage}`);
  const deps = await bootDeps(loadConfig(), createLogger('silent'));
  try {
    const summary = await importDataDir(deps.db, values.from, {
      origin: 'cli',
      clock: deps.clock,
      progress: progressFor(process.stderr),
    });
    process.stdout.write(`${describeSummary(summary).join('\n')}\n`);
    return 0;
  } catch (error) {
    if (error instanceof ImportError) {
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    throw error;
  } finally {
    await deps.db.close();
  }
}
