// SPDX-License-Identifier: EUPL-1.2
import { openConfiguredDatabase } from '../platform/boot';
import { loadConfig } from '../platform/config';
import { resolveKeyring } from '../platform/master-key';
import { migrate, pendingMigrations, readMigrations } from '../platform/migrations';
import { reportMigrationSteps } from '../reports/reporter';

/** `weerbaar migrate [--status]`: applies (or lists) pending migrations on the configured database. */
export async function migrateCommand(args: string[]): Promise<number> {
  const config = loadConfig();
  const db = await openConfiguredDatabase(config);
  try {
    if (args.includes('--status')) {
      const pending = await pendingMigrations(db);
      process.stdout.write(
        pending.length === 0
          ? 'Alle migraties zijn toegepast.\n'
          : `Nog toe te passen:\n${pending.map((n) => `  ${n}\n`).join('')}`,
      );
      return 0;
    }
    const applied = await migrate(
      db,
      readMigrations(),
      reportMigrationSteps(resolveKeyring(config)),
    );
    process.stdout.write(
      applied.length === 0
        ? 'Niets te doen: alle migraties waren al toegepast.\n'
        : `Toegepast:\n${applied.map((n) => `  ${n}\n`).join('')}`,
    );
    return 0;
  } finally {
    await db.close();
  }
}
