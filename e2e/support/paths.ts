// SPDX-License-Identifier: EUPL-1.2
import { fileURLToPath } from 'node:url';

/** The repository root (the folder with package.json). */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Where the tests save screenshots (git-ignored). */
export const screenshotDir = fileURLToPath(new URL('../screenshots/', import.meta.url));

/** The real open data beside the repository; the Zicht browser tests are skipped without it. */
export const sharedDataDir = fileURLToPath(new URL('../../../shared/data/', import.meta.url));
