// SPDX-License-Identifier: EUPL-1.2
import { parseArgs } from 'node:util';

import { bootDeps } from '../platform/boot';
import { loadConfig } from '../platform/config';
import { createLogger } from '../platform/logger';
import { importPackage, PackageImportError } from '../statistics/packages/import-package';

import { UsageError } from './usage-error';

const usage =
  'Gebruik: weerbaar stats import <pakket> [--replace-all]   (een map van weerbaar pipeline run)';

/**
 * `weerbaar stats import <package>`: verifies a statistics package and loads it with its
 * provenance. Exit 0 with a summary; 1 when the package is refused (rule violations, or mixing
 * synthetic with real data); 2 for wrong usage.
 */
export async function statsCommand(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: { 'replace-all': { type: 'boolean', default: false } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
  }
  const [sub, dir] = parsed.positionals;
  if (sub !== 'import' || !dir || parsed.positionals.length !== 2) throw new UsageError(usage);
  const deps = await bootDeps(loadConfig(), createLogger('silent'));
  try {
    const summary = await importPackage(deps.db, dir, {
      origin: 'cli',
      clock: deps.clock,
      replaceAll: parsed.values['replace-all'],
    });
    const marker = summary.synthetic ? ' (synthetische demonstratiedata)' : '';
    process.stdout.write(
      summary.state === 'unchanged'
        ? `Pakket ${dir} was al geladen${marker}; niets veranderd.\n`
        : `Pakket ${dir} geladen${marker}: ${summary.rows} waarden${summary.replaced ? `, ${summary.replaced} eerder pakket vervangen` : ''}.\n`,
    );
    return 0;
  } catch (error) {
    if (error instanceof PackageImportError) {
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    throw error;
  } finally {
    await deps.db.close();
  }
}
