// SPDX-License-Identifier: EUPL-1.2
import { readFileSync } from 'node:fs';

import { recordEvent } from '../audit/service';
import { ImportError, importOrganisations, organisationsFromCsv } from '../organisations/import';
import { listOrganisations } from '../organisations/store';
import { bootDeps } from '../platform/boot';
import { loadConfig } from '../platform/config';
import { createLogger } from '../platform/logger';

import { UsageError } from './usage-error';

/** `weerbaar orgs import <csv>` (idempotent, all-or-nothing) and `weerbaar orgs list`. */
export async function orgsCommand(args: string[]): Promise<number> {
  const [sub, file] = args;
  if (sub !== 'import' && sub !== 'list')
    throw new UsageError('Gebruik: weerbaar orgs import <bestand.csv> | weerbaar orgs list');
  if (sub === 'import' && !file)
    throw new UsageError('Gebruik: weerbaar orgs import <bestand.csv>');
  let text = '';
  if (file) {
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      throw new UsageError(`Kan ${file} niet lezen: bestaat het bestand?`);
    }
  }
  const deps = await bootDeps(loadConfig(), createLogger('silent'));
  try {
    if (sub === 'list') {
      for (const org of await listOrganisations(deps.db))
        process.stdout.write(`${org.code}\t${org.type}\t${org.name}\n`);
      return 0;
    }
    const organisations = organisationsFromCsv(text, file!);
    const summary = await deps.db.transaction(async (tx) => {
      const result = await importOrganisations(tx, organisations, file!);
      if (result.created + result.updated > 0) {
        await recordEvent(tx, {
          actorUserId: null,
          organisationId: null,
          action: 'organisation.import',
          objectType: 'file',
          objectId: file!.split('/').pop() ?? null,
          origin: 'cli',
          occurredAt: deps.clock(),
        });
      }
      return result;
    });
    process.stdout.write(
      `Organisaties: ${summary.created} nieuw, ${summary.updated} bijgewerkt, ${summary.unchanged} ongewijzigd.\n`,
    );
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
