// SPDX-License-Identifier: EUPL-1.2
import { verifyChain } from '../audit/service';
import { bootDeps } from '../platform/boot';
import { loadConfig } from '../platform/config';
import { createLogger } from '../platform/logger';

import { UsageError } from './usage-error';

/** `weerbaar audit verify`: exit 0 when the chain is intact, 1 naming the first broken row. */
export async function auditCommand(args: string[]): Promise<number> {
  if (args[0] !== 'verify') throw new UsageError('Gebruik: weerbaar audit verify');
  const config = loadConfig();
  const deps = await bootDeps(config, createLogger('silent'));
  try {
    const report = await verifyChain(deps.db);
    if (report.ok) {
      process.stdout.write(`Auditlog intact: ${report.checked} gebeurtenissen gecontroleerd.\n`);
      return 0;
    }
    process.stdout.write(
      `Auditlog GEBROKEN bij rij ${report.firstBroken?.seq}: ${report.firstBroken?.reason}. ${report.checked} rijen ervoor zijn in orde.\n`,
    );
    return 1;
  } finally {
    await deps.db.close();
  }
}
