// SPDX-License-Identifier: EUPL-1.2
import { randomBytes } from 'node:crypto';

import { configSchema, type Config } from '../src/platform/config';
import type { Database } from '../src/platform/db';
import type { Deps } from '../src/platform/deps';
import { createApp } from '../src/platform/http/app';
import type { App } from '../src/platform/http/env';
import { keyringOf } from '../src/platform/keyring';
import { createLogger } from '../src/platform/logger';
import { createMailer, type Mailer } from '../src/platform/mailer';

import { openTestDatabase } from './test-db';

/** A clock tests can move forward. */
export class TestClock {
  constructor(public current = new Date('2026-11-02T09:00:00.000Z')) {}
  now = () => new Date(this.current.getTime());
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

export interface Harness {
  app: App;
  deps: Deps;
  db: Database;
  clock: TestClock;
  close(): Promise<void>;
}

/** The whole app in-process on a fresh database; pass config overrides and optionally a mailer. */
export async function createHarness(
  overrides: Partial<Record<keyof Config, string>> = {},
  mailer?: Mailer,
): Promise<Harness> {
  const db = await openTestDatabase();
  const config = configSchema.parse({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    SIGN_IN_RATE_LIMIT: '1000',
    ...overrides,
  });
  const logger = createLogger(process.env.TEST_LOG_LEVEL ?? 'silent');
  const clock = new TestClock();
  const deps: Deps = {
    db,
    config,
    logger,
    keys: keyringOf(randomBytes(32)),
    mailer: mailer ?? createMailer(undefined, config.MAIL_FROM, logger),
    clock: clock.now,
    version: 'test',
  };
  return { app: createApp(deps), deps, db, clock, close: () => db.close() };
}
