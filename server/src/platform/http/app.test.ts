// SPDX-License-Identifier: EUPL-1.2
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { buildOrganisation, buildUser, signedIn } from '../../../test/factories';
import { createHarness, type Harness } from '../../../test/harness';

let h: Harness;

beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

describe('GET /api/health', () => {
  it('reports status, database kind and version', async () => {
    const response = await h.app.request('/api/health');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: h.db.kind, version: 'test' });
  });

  it('sends strict security headers', async () => {
    const response = await h.app.request('/api/health');
    expect(response.headers.get('content-security-policy')).toMatch(
      /default-src 'self'.*frame-ancestors 'none'/,
    );
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('cache-control')).toBe('no-store');
  });
});

describe('GET /api/openapi.json', () => {
  it('is an OpenAPI 3.1 document describing the stable interface', async () => {
    const doc = (await (await h.app.request('/api/openapi.json')).json()) as {
      openapi: string;
      paths: Record<string, Record<string, unknown>>;
    };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/health',
        '/api/v1/session',
        '/api/v1/session/mfa',
        '/api/v1/me',
        '/api/v1/orgs/{code}/users',
        '/api/v1/demo',
      ]),
    );
    expect(Object.keys(doc.paths['/api/v1/session'] ?? {})).toEqual(
      expect.arrayContaining(['get', 'post', 'delete']),
    );
  });

  it('has a self-hosted viewer at /api/docs', async () => {
    const response = await h.app.request('/api/docs');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('/api/docs/swagger-ui-bundle.js');
  });
});

describe('problem responses', () => {
  it('answers unknown API paths with a Dutch problem+json 404', async () => {
    const response = await h.app.request('/api/v1/bestaat-niet');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    const problem = (await response.json()) as { status: number; title: string; detail: string };
    expect(problem).toMatchObject({ status: 404, title: 'Niet gevonden' });
  });

  it('does not expose the demo endpoint in production and uses a Secure __Host- cookie', async () => {
    const production = await createHarness({
      NODE_ENV: 'production',
      PUBLIC_URL: 'https://weerbaar.example',
      WEERBAAR_MASTER_KEY: Buffer.alloc(32, 1).toString('base64'),
    });
    try {
      expect((await production.app.request('/api/v1/demo')).status).toBe(404);
      const user = await buildUser(production.deps, [
        { org: await buildOrganisation(production.deps), role: 'beheerder' },
      ]);
      const client = await signedIn(production, user);
      expect(client.cookie).toMatch(/^__Host-weerbaar_sessie=/);
      const signOut = await client.request('DELETE', '/api/v1/session');
      expect(signOut.status).toBe(204);
      expect(signOut.headers.get('set-cookie')).toMatch(/__Host-weerbaar_sessie=;.*Secure/);
      const doc = (await (await production.app.request('/api/openapi.json')).json()) as {
        paths: Record<string, unknown>;
      };
      expect(doc.paths['/api/v1/demo']).toBeUndefined();
    } finally {
      await production.close();
    }
  });
});
