// SPDX-License-Identifier: EUPL-1.2
import { existsSync } from 'node:fs';

import { ConfigError, loadConfig } from '../platform/config';
import { MigrationError } from '../platform/migrations';

import { auditCommand } from './audit-command';
import { dataCommand } from './data-command';
import { keysCommand } from './keys-command';
import { migrateCommand } from './migrate-command';
import { orgsCommand } from './orgs-command';
import { pipelineCommand } from './pipeline-command';
import { serveCommand } from './serve-command';
import { statsCommand } from './stats-command';
import { usersCommand } from './users-command';

const usage = `Gebruik: weerbaar <opdracht>

  serve                      start het platform (zoals npm start)
  migrate [--status]         pas databasemigraties toe op de server uit DATABASE_URL
  orgs import <bestand.csv>  laad organisaties (gemeenten, provincies, RIEC's) uit CSV
  orgs list                  toon alle organisaties
  users create --email E --name N --org CODE --role ROLE [--role ROLE …]
                             maak een gebruiker aan (wachtwoord via WEERBAAR_NEW_PASSWORD of gegenereerd)
  audit verify               controleer de hashketen van het auditlog
  keys status                toon per versleutelde kolom onder welke hoofdsleutel de waarden staan
  keys rotate [--batch-size N]
                             zet alle waarden over naar de nieuwe hoofdsleutel (WEERBAAR_MASTER_KEY),
                             met de oude als WEERBAAR_MASTER_KEY_PREVIOUS; herhaalbaar, geaudit
  data import --from <map>   laad open statistieken (CBS, PDOK, Politie) uit een map met de
                             indeling van shared/data; alles of niets, herhalen verandert niets
  data fetch [--base-url URL] [--politie-url URL] [--pdok-url URL] [--cache MAP]
             [--tables A,B=TABELID] [--refresh]
                             haal dezelfde tabellen online op (CBS OData, Politie, PDOK), bewaar
                             ze in var/cache en importeer ze zoals data import
  pipeline run|verify|synth  statistiekpijplijn: microdata → beveiligd statistiekpakket
                             (weerbaar pipeline --help voor de opties)
  stats import <pakket>      laad een statistiekpakket met herkomst in het platform
`;

const commands: Record<string, (args: string[]) => Promise<number>> = {
  serve: serveCommand,
  migrate: migrateCommand,
  orgs: orgsCommand,
  users: usersCommand,
  audit: auditCommand,
  keys: keysCommand,
  data: dataCommand,
  pipeline: pipelineCommand,
  stats: statsCommand,
};

/** Runs one CLI command; exit codes: 0 ok, 1 the command found a problem, 2 wrong usage or configuration. */
async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const command = name ? commands[name] : undefined;
  if (!command) {
    process.stderr.write(
      name && name !== '--help' ? `Onbekende opdracht: ${name}\n\n${usage}` : usage,
    );
    return name && name !== '--help' ? 2 : 0;
  }
  try {
    // A local .env (see .env.example) is read when present; real environment variables win.
    if (existsSync('.env')) process.loadEnvFile('.env');
    loadConfig();
    return await command(rest);
  } catch (error) {
    if (
      error instanceof ConfigError ||
      error instanceof MigrationError ||
      error instanceof UsageError
    ) {
      process.stderr.write(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

/** Wrong arguments: the message says what is expected. */
export class UsageError extends Error {}

const code = await main(process.argv.slice(2));
if (code !== -1) process.exitCode = code;
