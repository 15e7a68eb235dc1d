// SPDX-License-Identifier: EUPL-1.2
import { readFileSync } from 'node:fs';

/** The platform version from package.json, shown by /api/health and the OpenAPI document. */
export const version: string = (
  JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  }
).version;
