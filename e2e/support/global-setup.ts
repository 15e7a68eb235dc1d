// SPDX-License-Identifier: EUPL-1.2
import { execFileSync } from 'node:child_process';
import { rm } from 'node:fs/promises';

import type { TestProject } from 'vitest/node';

import { hasChromium } from './browser';
import { repoRoot } from './paths';
import { seedTemplate } from './server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Folder of a migrated, demo-seeded database that every test file copies. */
    e2eTemplate: string | null;
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
    return async () => undefined;
  }
  execFileSync(process.execPath, ['bin/build-web-if-needed.js'], {
    cwd: repoRoot,
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: 'inherit',
  });
  const template = await seedTemplate();
  project.provide('e2eTemplate', template);
  return () => rm(template, { recursive: true, force: true });
}
