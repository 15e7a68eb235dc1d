// SPDX-License-Identifier: EUPL-1.2
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';

import type { TestProject } from 'vitest/node';

import { hasChromium } from './browser';
import { repoRoot, sharedDataDir } from './paths';
import { seedTemplate } from './server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Folder of a migrated, demo-seeded database that every test file copies. */
    e2eTemplate: string | null;
    /** The same with the open statistics of ../shared/data imported; null without that folder. */
    e2eStatisticsTemplate: string | null;
  }
}

/**
 * Before the browser tests: builds dist/web when it is missing or older than web/ and common/,
 * and seeds one template database. Vitest sets NODE_ENV=test, and Vite would then bundle
 * React's development build (StrictMode doubles every request), so the build gets
 * NODE_ENV=production explicitly. Without Chromium the tests are skipped and nothing is done.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!hasChromium) {
    project.provide('e2eTemplate', null);
    project.provide('e2eStatisticsTemplate', null);
    return async () => undefined;
  }
  execFileSync(process.execPath, ['bin/build-web-if-needed.js'], {
    cwd: repoRoot,
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: 'inherit',
  });
  const template = await seedTemplate();
  project.provide('e2eTemplate', template);
  const statistics = existsSync(join(sharedDataDir, 'README.md'))
    ? await seedTemplate(sharedDataDir)
    : null;
  project.provide('e2eStatisticsTemplate', statistics);
  return async () => {
    await rm(template, { recursive: true, force: true });
    if (statistics) await rm(statistics, { recursive: true, force: true });
  };
}
