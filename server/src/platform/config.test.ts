// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';

import { ConfigError, isDemoMode, loadConfig } from './config';

describe('loadConfig(env)', () => {
  it('has working defaults for a pilot', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      PORT: 8080,
      WEERBAAR_DB_DIR: './var/db',
      SESSION_IDLE_MINUTES: 30,
      SESSION_ABSOLUTE_HOURS: 12,
    });
    expect(isDemoMode(config)).toBe(true);
  });

  it('lists every problem at once', () => {
    try {
      loadConfig({
        NODE_ENV: 'production',
        PORT: 'tachtig',
        DATABASE_URL: 'mysql://x',
        OIDC_ISSUER: 'https://id.example',
      });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems.join('\n');
      for (const key of [
        'PORT',
        'DATABASE_URL',
        'WEERBAAR_MASTER_KEY',
        'PUBLIC_URL',
        'OIDC_CLIENT_ID',
      ])
        expect(problems).toContain(key);
    }
  });

  it('never runs demo mode in production', () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      WEERBAAR_DEMO: 'true',
      PUBLIC_URL: 'https://w.example',
      WEERBAAR_MASTER_KEY: Buffer.alloc(32).toString('base64'),
    });
    expect(isDemoMode(config)).toBe(false);
  });
});
