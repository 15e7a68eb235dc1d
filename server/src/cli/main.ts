// SPDX-License-Identifier: EUPL-1.2
import { existsSync } from 'node:fs';

import { ConfigError, loadConfig } from '../platform/config';
import { MigrationError } from '../platform/migrations';

import { UsageError } from './usage-error';

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

type Command = (args: string[]) => Promise<number>;

/**
 * Each command is loaded when it is asked for: loading all of them (the web server, the PDF
 * export, the database drivers) took about one and a half seconds before any command could
 * start, which a `pipeline run` or `orgs list` paid for nothing.
 */
const commands: Record<string, () => Promise<Command>> = {
  serve: async () => (await import('./serve-command')).serveCommand,
  migrate: async () => (await import('./migrate-command')).migrateCommand,
  orgs: async () => (await import('./orgs-command')).orgsCommand,
  users: async () => (await import('./users-command')).usersCommand,
  audit: async () => (await import('./audit-command')).auditCommand,
  keys: async () => (await import('./keys-command')).keysCommand,
  data: async () => (await import('./data-command')).dataCommand,
  pipeline: async () => (await import('./pipeline-command')).pipelineCommand,
  stats: async () => (await import('./stats-command')).statsCommand,
};

/** Runs one CLI command; exit codes: 0 ok, 1 the command found a problem, 2 wrong usage or configuration. */
async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const load = name ? commands[name] : undefined;
  if (!load) {
    process.stderr.write(
      name && name !== '--help' ? `Onbekende opdracht: ${name}\n\n${usage}` : usage,
    );
    return name && name !== '--help' ? 2 : 0;
  }
  try {
    // A local .env (see .env.example) is read when present; real environment variables win.
    if (existsSync('.env')) process.loadEnvFile('.env');
    loadConfig();
    const command = await load();
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

const code = await main(process.argv.slice(2));
if (code !== -1) process.exitCode = code;
