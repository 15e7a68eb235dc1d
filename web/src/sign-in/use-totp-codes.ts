// SPDX-License-Identifier: EUPL-1.2
import { useEffect, useState } from 'react';

import { totpFromBase32 } from './totp';

const periodMs = 30_000;

/**
 * The current TOTP code for each base32 secret (demo accounts only), renewed at the start of
 * every 30-second period.
 */
export function useTotpCodes(secrets: readonly string[]): Record<string, string> {
  const [codes, setCodes] = useState<Record<string, string>>({});
  const key = secrets.join(',');

  useEffect(() => {
    const list = key ? key.split(',') : [];
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const update = async () => {
      const entries = await Promise.all(
        list.map(async (secret) => [secret, await totpFromBase32(secret).catch(() => '')] as const),
      );
      if (stopped) return;
      setCodes(Object.fromEntries(entries));
      timer = setTimeout(() => void update(), periodMs - (Date.now() % periodMs) + 50);
    };
    void update();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [key]);

  return codes;
}
