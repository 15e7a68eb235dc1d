// SPDX-License-Identifier: EUPL-1.2
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import type { Config } from './config';
import { keyringOf, type Keyring } from './keyring';

/**
 * The master key from WEERBAAR_MASTER_KEY. Outside production a key is generated once under
 * WEERBAAR_VAR_DIR so a pilot works out of the box; production refuses to start without one.
 */
export function resolveMasterKey(config: Config): Buffer {
  if (config.WEERBAAR_MASTER_KEY) return Buffer.from(config.WEERBAAR_MASTER_KEY, 'base64');
  const file = join(config.WEERBAAR_VAR_DIR, 'master.key');
  if (existsSync(file)) return Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
  mkdirSync(config.WEERBAAR_VAR_DIR, { recursive: true });
  const key = randomBytes(32);
  writeFileSync(file, key.toString('base64'), { mode: 0o600 });
  return key;
}

/**
 * The keyring: the master key above as current, and WEERBAAR_MASTER_KEY_PREVIOUS (set only
 * during a rotation window) as the key that still opens values wrapped before the switch.
 */
export function resolveKeyring(config: Config): Keyring {
  const previous = config.WEERBAAR_MASTER_KEY_PREVIOUS
    ? Buffer.from(config.WEERBAAR_MASTER_KEY_PREVIOUS, 'base64')
    : null;
  return keyringOf(resolveMasterKey(config), previous);
}
