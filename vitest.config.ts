// SPDX-License-Identifier: EUPL-1.2
import { defineConfig } from 'vitest/config';

/** Unit and HTTP tests for server, common and web. Browser tests live in e2e/ with their own config. */
export default defineConfig({
  test: {
    include: [
      'server/**/*.test.ts',
      'common/**/*.test.ts',
      'pipeline/**/*.test.ts',
      'web/**/*.test.{ts,tsx}',
    ],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
