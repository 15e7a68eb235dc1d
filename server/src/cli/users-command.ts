// SPDX-License-Identifier: EUPL-1.2
import { randomInt } from 'node:crypto';
import { parseArgs } from 'node:util';

import { rolesByOrganisationType, roleSchema, type Role } from '../../../common/accounts/roles';
import { emailSchema, nameSchema } from '../../../common/contracts/accounts';
import { provisionUser } from '../accounts/provision';
import { findOrganisationByCode } from '../organisations/store';
import { bootDeps } from '../platform/boot';
import { loadConfig } from '../platform/config';
import { ProblemError } from '../platform/http/problem';
import { createLogger } from '../platform/logger';

import { UsageError } from './usage-error';

const usage =
  'Gebruik: weerbaar users create --email E --name "Naam" --org CODE --role ROLE [--role ROLE …]';
const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/**
 * `weerbaar users create`: provisions an active account (how production gets its first
 * beheerder). The password comes from WEERBAAR_NEW_PASSWORD, never from the command line
 * (shell history); otherwise a strong one is generated and printed once. The second factor is
 * set up at first sign-in.
 */
export async function usersCommand(args: string[]): Promise<number> {
  if (args[0] !== 'create') throw new UsageError(usage);
  const { values } = parseOptions(args.slice(1));
  const email = emailSchema.safeParse(values.email ?? '');
  const name = nameSchema.safeParse(values.name ?? '');
  const roles = (values.role ?? []).map((role) => roleSchema.safeParse(role));
  const problems = [
    ...(email.success ? [] : ['--email: geef een geldig e-mailadres']),
    ...(name.success ? [] : ['--name: geef een naam (1 tot 200 tekens)']),
    ...(values.org ? [] : ['--org: geef de code van de organisatie, bijvoorbeeld GM0363']),
    ...(roles.length === 0 ? ['--role: geef minstens één rol'] : []),
    ...roles.flatMap((r, i) =>
      r.success
        ? []
        : [`--role ${values.role?.[i]}: onbekende rol; kies uit ${roleSchema.options.join(', ')}`],
    ),
  ];
  if (problems.length > 0) throw new UsageError(`${problems.join('\n')}\n${usage}`);

  const deps = await bootDeps(loadConfig(), createLogger('silent'));
  try {
    const org = await findOrganisationByCode(deps.db, values.org!);
    if (!org)
      throw new UsageError(
        `Organisatie ${values.org} bestaat niet. Laad organisaties met 'weerbaar orgs import'.`,
      );
    const chosen = roles.map((r) => r.data as Role);
    const misfit = chosen.filter((role) => !rolesByOrganisationType[org.type].includes(role));
    if (misfit.length > 0)
      throw new UsageError(
        `Rol ${misfit.join(', ')} past niet bij ${org.type}; kies uit ${rolesByOrganisationType[org.type].join(', ')}`,
      );
    const given = process.env.WEERBAAR_NEW_PASSWORD;
    const password =
      given ?? Array.from({ length: 20 }, () => alphabet[randomInt(alphabet.length)]).join('');
    const { userId } = await deps.db.transaction((tx) =>
      provisionUser(
        tx,
        deps,
        {
          email: email.data!,
          name: name.data!,
          password,
          memberships: chosen.map((role) => ({ organisationId: org.id, role })),
        },
        'cli',
      ),
    );
    process.stdout.write(
      `Gebruiker aangemaakt (${userId}) in ${org.name} met rol(len) ${chosen.join(', ')}.\n`,
    );
    if (!given)
      process.stdout.write(`Tijdelijk wachtwoord (wordt niet opnieuw getoond): ${password}\n`);
    return 0;
  } catch (error) {
    if (error instanceof ProblemError) {
      process.stderr.write(`${error.detail}\n`);
      return 1;
    }
    throw error;
  } finally {
    await deps.db.close();
  }
}

/** The options of `users create`; a typo such as `--mail` is a usage error (exit 2), not a crash. */
function parseOptions(args: string[]) {
  try {
    return parseArgs({
      args,
      options: {
        email: { type: 'string' },
        name: { type: 'string' },
        org: { type: 'string' },
        role: { type: 'string', multiple: true },
      },
      strict: true,
    });
  } catch (error) {
    throw new UsageError(
      `Ongeldige optie: ${error instanceof Error ? error.message : String(error)}\n${usage}`,
    );
  }
}
