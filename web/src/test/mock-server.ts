// SPDX-License-Identifier: EUPL-1.2
import { cleanup } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';

import { forgetCsrfToken } from '../api/client';

import { buildMe, buildSession } from './fixtures';

/** The API as the tests see it; each test adds the handlers it needs with server.use(). */
export const server = setupServer();

/** Starts the mock API for this test file and resets it (and the DOM) after every test. */
export function installMockServer(): void {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    cleanup();
    server.resetHandlers();
    forgetCsrfToken();
  });
  afterAll(() => server.close());
}

/** An RFC 9457 problem response, as the server sends for every error. */
export function problem(
  status: number,
  detail: string,
  extra: { type?: string; errors?: { field: string; message: string }[] } = {},
) {
  return HttpResponse.json(
    {
      type: extra.type ?? 'https://weerbaar.nl/problemen/fout',
      title: 'Fout',
      status,
      detail,
      ...extra,
    },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );
}

/** Handlers for a fully signed-in user (session and profile). */
export function signedIn(me = buildMe()) {
  return [
    http.get('/api/v1/session', () => HttpResponse.json(buildSession())),
    http.get('/api/v1/me', () => HttpResponse.json(me)),
  ];
}

/** The sign-in options: no single sign-on and no demo mode unless asked for. */
export function authConfig(config: { oidcLabel?: string; demo?: boolean } = {}) {
  return http.get('/api/v1/auth-config', () =>
    HttpResponse.json({
      oidc: { enabled: config.oidcLabel !== undefined, label: config.oidcLabel ?? '' },
      demo: config.demo ?? false,
    }),
  );
}

/** Handlers for a visitor who is not signed in. */
export function anonymous(config: { oidcLabel?: string; demo?: boolean } = {}) {
  return [
    http.get('/api/v1/session', () => problem(401, 'U bent niet ingelogd.')),
    http.get('/api/v1/me', () => problem(401, 'U bent niet ingelogd.')),
    authConfig(config),
  ];
}
