// SPDX-License-Identifier: EUPL-1.2
import { vi } from 'vitest';

import type { Mailbox, ReceivedMail } from '../../server/test/fixtures/mailbox';

/** Waits until `count` messages to `address` have arrived and returns the newest. */
export async function waitForMail(
  mailbox: Mailbox,
  address: string,
  count = 1,
): Promise<ReceivedMail> {
  return vi.waitFor(
    () => {
      const mail = mailbox.to(address)[count - 1];
      if (!mail) throw new Error(`mail ${count} to ${address} did not arrive`);
      return mail;
    },
    { timeout: 10_000, interval: 100 },
  );
}

/** The first link in the mail whose path is `path` (such as /uitnodiging), as a full URL. */
export function linkInMail(mail: ReceivedMail, path: string): string {
  const escaped = path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const link = new RegExp(`https?://\\S+${escaped}\\?\\S+`).exec(mail.text)?.[0];
  if (!link) throw new Error(`no ${path} link in mail:\n${mail.text}`);
  return link;
}
