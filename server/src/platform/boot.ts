// SPDX-License-Identifier: EUPL-1.2
// The one place the platform reaches into a domain: migrations that need the master key.
import { reportMigrationSteps } from '../reports/reporter';

import type { Config } from './config';
import { openDatabase, type Database } from './db';
import type { Deps } from './deps';
import { createLogger, type Logger } from './logger';
import { createMailer } from './mailer';
import { resolveKeyring } from './master-key';
import { MigrationError, migrate, pendingMigrations, readMigrations } from './migrations';
import { version } from './version';

/** Opens the configured database: PGlite in WEERBAAR_DB_DIR, or the server at DATABASE_URL. */
export function openConfiguredDatabase(config: Config): Promise<Database> {
  return openDatabase({ url: config.DATABASE_URL, dataDir: config.WEERBAAR_DB_DIR, poolSize: 20 });
}

/**
 * Everything the server needs, checked: migrations are applied automatically on PGlite; on a
 * server they must have been applied with `weerbaar migrate`, and changed files stop the boot.
 */
export async function bootDeps(
  config: Config,
  logger: Logger = createLogger(config.LOG_LEVEL),
): Promise<Deps> {
  const db = await openConfiguredDatabase(config);
  const keys = resolveKeyring(config);
  try {
    if (db.kind === 'pglite') {
      const applied = await migrate(db, readMigrations(), reportMigrationSteps(keys));
      if (applied.length > 0)
        logger.info({ event: 'migrations.applied', count: applied.length }, 'migraties toegepast');
    } else {
      const pending = await pendingMigrations(db);
      if (pending.length > 0) {
        throw new MigrationError(
          `De database mist ${pending.length} migratie(s) (${pending.join(', ')}). Voer eerst 'npx weerbaar migrate' uit.`,
        );
      }
    }
  } catch (error) {
    await db.close();
    throw error;
  }
  return {
    db,
    config,
    logger,
    keys,
    mailer: createMailer(config.SMTP_URL, config.MAIL_FROM, logger),
    clock: () => new Date(),
    version,
  };
}
