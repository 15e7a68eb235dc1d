#!/usr/bin/env node
// SPDX-License-Identifier: EUPL-1.2
// Runs one TypeScript file (a benchmark or a script) with tsx: `node bin/run-ts.js path/to/file.ts`.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

import { register } from 'tsx/esm/api';

register();
const file = process.argv[2];
if (!file) {
  console.error('Gebruik: node bin/run-ts.js <bestand.ts>');
  process.exit(2);
}
process.argv.splice(2, 1);
await import(pathToFileURL(resolve(file)).href);
