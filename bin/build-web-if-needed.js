#!/usr/bin/env node
// SPDX-License-Identifier: EUPL-1.2
// `npm start` serves the built web app. Build it once when dist/web is missing or older than its
// sources, so a fresh clone works with `npm ci && npm start` and a restart costs nothing.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const marker = 'dist/web/index.html';

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    const time = entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs;
    newest = Math.max(newest, time);
  }
  return newest;
}

const sourcesTime = Math.max(newestMtime('web'), newestMtime('common'));
if (!existsSync(marker) || statSync(marker).mtimeMs < sourcesTime) {
  console.log('Webapplicatie bouwen (eenmalig)…');
  execFileSync(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'build',
      '--config',
      'web/vite.config.ts',
      '--logLevel',
      'warn',
    ],
    {
      stdio: 'inherit',
      // A test runner's NODE_ENV=test would otherwise produce React's development bundle.
      env: { ...process.env, NODE_ENV: 'production' },
    },
  );
}
