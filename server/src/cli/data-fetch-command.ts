// SPDX-License-Identifier: EUPL-1.2
import { join } from 'node:path';
import { parseArgs } from 'node:util';

import { bootDeps } from '../platform/boot';
import { loadConfig } from '../platform/config';
import { ImportError } from '../platform/csv';
import { createLogger } from '../platform/logger';
import { FetchError } from '../statistics/fetch/downloader';
import { defaultUrls, fetchStatistics, parseTables } from '../statistics/fetch/run-fetch';
import { progressFor } from '../statistics/import/progress';
import { describeSummary } from '../statistics/service';

import { UsageError } from './usage-error';

const usage = `Gebruik: weerbaar data fetch [--base-url URL] [--politie-url URL] [--pdok-url URL]
                          [--cache MAP] [--tables A,B=TABELID] [--refresh]`;

function parseOptions(args: string[]) {
  try {
    return parseArgs({
      args,
      options: {
        'base-url': { type: 'string', default: defaultUrls.cbs },
        'politie-url': { type: 'string', default: defaultUrls.politie },
        'pdok-url': { type: 'string', default: defaultUrls.pdok },
        cache: { type: 'string' },
        tables: { type: 'string' },
        refresh: { type: 'boolean', default: false },
      },
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
 * `weerbaar data fetch`: downloads the CBS/Politie OData tables and the PDOK boundaries (cached
 * under `<WEERBAAR_VAR_DIR>/cache`), converts them to the layout of shared/data and imports that
 * folder. Exit 0 with the counts; 1 when a download or the import fails (nothing changed).
 */
export async function dataFetchCommand(args: string[]): Promise<number> {
  const { positionals, values } = parseOptions(args);
  if (positionals.length > 0) throw new UsageError(usage);
  let selection: ReturnType<typeof parseTables> | null = null;
  try {
    selection = values.tables ? parseTables(values.tables) : null;
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${usage}`);
  }
  const config = loadConfig();
  const cacheDir = values.cache ?? join(config.WEERBAAR_VAR_DIR, 'cache');
  const deps = await bootDeps(config, createLogger('silent'));
  // One line per table on a terminal; a pipe or log gets only the summary.
  const tty = process.stderr.isTTY;
  try {
    const { summary, requests } = await fetchStatistics(
      deps.db,
      {
        cbsUrl: values['base-url'],
        politieUrl: values['politie-url'],
        pdokUrl: values['pdok-url'],
        cacheDir,
        refresh: values.refresh,
        items: selection?.items ?? null,
        tableIds: selection?.tableIds ?? {},
        onFile: (path, rows) => {
          if (tty) process.stderr.write(`opgehaald: ${path}${rows ? ` (${rows} rijen)` : ''}\n`);
        },
      },
      { origin: 'cli', clock: deps.clock, progress: progressFor(process.stderr) },
    );
    process.stdout.write(
      `${requests} downloads (de rest uit de cache ${cacheDir}).\n${describeSummary(summary).join('\n')}\n`,
    );
    return 0;
  } catch (error) {
    if (error instanceof FetchError || error instanceof ImportError) {
      process.stderr.write(`${error.message}\nEr is niets in de database veranderd.\n`);
      return 1;
    }
    throw error;
  } finally {
    await deps.db.close();
  }
}
