// SPDX-License-Identifier: EUPL-1.2
import type { Config } from './config';
import type { Database } from './db';
import type { Keyring } from './keyring';
import type { Logger } from './logger';
import type { Mailer } from './mailer';

/** The effects every part of the server uses, passed explicitly; tests pass their own. */
export interface Deps {
  db: Database;
  config: Config;
  logger: Logger;
  /** The master keys (current, and the previous one during a rotation window). */
  keys: Keyring;
  mailer: Mailer;
  /** The current time; tests move it to expire sessions and TOTP codes. */
  clock: () => Date;
  version: string;
}
