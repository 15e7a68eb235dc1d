// SPDX-License-Identifier: EUPL-1.2
import type { Deps } from '../platform/deps';

import { emailsOf } from './store';

/**
 * Tells people there is news in a case without saying what: the mail carries only the
 * reference, so nothing confidential travels over e-mail. Sent after the transaction committed;
 * a failing mail server does not undo the change.
 */
export async function notifyUpdate(
  deps: Deps,
  userIds: readonly (string | null)[],
  reference: string,
): Promise<void> {
  const unique = [...new Set(userIds.filter((id): id is string => id !== null))];
  await mailUpdate(deps, await emailsOf(deps.db, unique), reference);
}

/** The content-free update mail to these addresses, one by one; a failure is logged, not thrown. */
export async function mailUpdate(
  deps: Deps,
  emails: readonly string[],
  reference: string,
): Promise<void> {
  for (const to of emails) {
    try {
      await deps.mailer.send({
        to,
        subject: `Er is een update in melding ${reference}`,
        text: `Er is een update in melding ${reference}.\n\nLog in bij Weerbaar om te zien wat er is veranderd. Om uw privacy te beschermen staat de inhoud niet in deze e-mail.\n`,
      });
    } catch {
      deps.logger.warn({ event: 'report.notify.failed' }, 'melding-update niet verzonden');
    }
  }
}

/**
 * Tells a person they were given access to a case, again with only the reference: who reported
 * and what happened stay behind the sign-in.
 */
export async function notifyGrant(deps: Deps, userId: string, reference: string): Promise<void> {
  const [to] = await emailsOf(deps.db, [userId]);
  if (!to) return;
  try {
    await deps.mailer.send({
      to,
      subject: `U heeft toegang gekregen tot melding ${reference}`,
      text: `U heeft toegang gekregen tot melding ${reference}, omdat een behandelaar uw hulp nodig heeft.\n\nLog in bij Weerbaar om de melding te zien. Om de privacy van de melder te beschermen staat de inhoud niet in deze e-mail.\n`,
    });
  } catch {
    deps.logger.warn({ event: 'report.notify.failed' }, 'toegangsbericht niet verzonden');
  }
}
