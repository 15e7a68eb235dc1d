// SPDX-License-Identifier: EUPL-1.2
import { fileURLToPath } from 'node:url';

import { defineConfig } from 'vitest/config';

/**
 * Browser tests: each file starts the real server (PGlite in a temp folder) and Chromium.
 * Files run one after the other so two servers and browsers never compete for the two cores.
 */
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['e2e/support/global-setup.ts'],
    fileParallelism: false,
    pool: 'forks',
    // One worker runs the files in turn; it imports Playwright and the helpers once.
    isolate: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
