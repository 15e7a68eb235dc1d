// SPDX-License-Identifier: EUPL-1.2
import { existsSync } from 'node:fs';

import { chromium, type Browser } from 'playwright-core';

/** The Debian chromium package; the tests never download a browser. */
export const chromiumPath = '/usr/bin/chromium';

/** False on machines without Debian's chromium: the browser tests are then skipped. */
export const hasChromium = existsSync(chromiumPath);

/** Starts headless Chromium without network side-traffic (updates, sync, QUIC). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
