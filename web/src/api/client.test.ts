// @vitest-environment jsdom
// SPDX-License-Identifier: EUPL-1.2
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

import { buildSession } from '../test/fixtures';
import { problem, server, installMockServer } from '../test/mock-server';

import { ApiError, apiGet, apiSend, forgetCsrfToken } from './client';

installMockServer();

const thingSchema = z.object({ id: z.string(), count: z.number() });

async function caught(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`);
  return error;
}

describe('apiGet(path, schema)', () => {
  it('returns the body parsed by the schema, sending the session cookie', async () => {
    let credentials: RequestCredentials | undefined;
    server.use(
      http.get('/api/things/1', ({ request }) => {
        credentials = request.credentials;
        return HttpResponse.json({ id: '1', count: 2, extra: 'dropped' });
      }),
    );
    await expect(apiGet('/api/things/1', thingSchema)).resolves.toEqual({ id: '1', count: 2 });
    expect(credentials).toBe('same-origin');
  });

  it('turns a problem response into an ApiError with its detail and field errors', async () => {
    server.use(
      http.get('/api/things/1', () =>
        problem(423, 'Uw account is geblokkeerd tot 14:05.', {
          errors: [{ field: 'email', message: 'Geblokkeerd' }],
        }),
      ),
    );
    const error = await caught(apiGet('/api/things/1', thingSchema));
    expect(error.status).toBe(423);
    expect(error.message).toBe('Uw account is geblokkeerd tot 14:05.');
    expect(error.fieldErrors).toEqual({ email: 'Geblokkeerd' });
  });

  it('never trusts a body that does not match the contract', async () => {
    server.use(http.get('/api/things/1', () => HttpResponse.json({ id: 1 })));
    const error = await caught(apiGet('/api/things/1', thingSchema));
    expect(error.status).toBe(0);
    expect(error.message).toMatch(/onverwacht antwoord/);
  });

  it('reports a network failure in Dutch', async () => {
    server.use(http.get('/api/things/1', () => HttpResponse.error()));
    const error = await caught(apiGet('/api/things/1', thingSchema));
    expect(error.status).toBe(0);
    expect(error.message).toMatch(/geen verbinding/);
  });
});

describe('apiSend(method, path, body, schema?)', () => {
  function recordPosts() {
    const seen: { token: string | null; type: string | null; body: unknown }[] = [];
    let sessionReads = 0;
    server.use(
      http.get('/api/v1/session', () => {
        sessionReads += 1;
        return HttpResponse.json(buildSession({ csrfToken: `token-${sessionReads}` }));
      }),
      http.post('/api/things', async ({ request }) => {
        seen.push({
          token: request.headers.get('x-csrf-token'),
          type: request.headers.get('content-type'),
          body: await request.json(),
        });
        return new HttpResponse(null, { status: 204 });
      }),
    );
    return { seen, sessionReads: () => sessionReads };
  }

  it('sends JSON with the session’s CSRF token, fetched once and cached', async () => {
    const { seen, sessionReads } = recordPosts();
    await apiSend('POST', '/api/things', { a: 1 });
    await apiSend('POST', '/api/things', { a: 2 });
    expect(seen).toEqual([
      { token: 'token-1', type: 'application/json', body: { a: 1 } },
      { token: 'token-1', type: 'application/json', body: { a: 2 } },
    ]);
    expect(sessionReads()).toBe(1);
  });

  it('fetches a new token after forgetCsrfToken() (sign-in rotates the session)', async () => {
    const { seen } = recordPosts();
    await apiSend('POST', '/api/things', {});
    forgetCsrfToken();
    await apiSend('POST', '/api/things', {});
    expect(seen.map((s) => s.token)).toEqual(['token-1', 'token-2']);
  });

  it('sends no token when nobody is signed in', async () => {
    const seen: (string | null)[] = [];
    server.use(
      http.get('/api/v1/session', () => problem(401, 'U bent niet ingelogd.')),
      http.post('/api/v1/password-reset', ({ request }) => {
        seen.push(request.headers.get('x-csrf-token'));
        return new HttpResponse(null, { status: 202 });
      }),
    );
    await apiSend('POST', '/api/v1/password-reset', { email: 'a@b.nl' });
    expect(seen).toEqual([null]);
  });

  it('retries once with a fresh token when the server rejects the cached one', async () => {
    let reads = 0;
    server.use(
      http.get('/api/v1/session', () => {
        reads += 1;
        return HttpResponse.json(buildSession({ csrfToken: `token-${reads}` }));
      }),
      http.put('/api/things/1', ({ request }) =>
        request.headers.get('x-csrf-token') === 'token-2'
          ? HttpResponse.json({ id: '1', count: 3 })
          : problem(403, 'Het beveiligingstoken klopt niet.', {
              type: 'https://weerbaar.nl/problemen/csrf',
            }),
      ),
    );
    await expect(apiSend('PUT', '/api/things/1', {}, thingSchema)).resolves.toEqual({
      id: '1',
      count: 3,
    });
    expect(reads).toBe(2);
  });
});
