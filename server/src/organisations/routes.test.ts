// SPDX-License-Identifier: EUPL-1.2
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { buildOrganisation, buildUser, signedIn, type TestClient } from '../../test/factories';
import { createHarness, type Harness } from '../../test/harness';

import type { OrganisationRecord } from './store';

let h: Harness;
let ownOrg: OrganisationRecord;
let otherOrg: OrganisationRecord;
let ministerie: OrganisationRecord;
let beheerder: TestClient;

beforeAll(async () => {
  h = await createHarness();
  ownOrg = await buildOrganisation(h.deps);
  otherOrg = await buildOrganisation(h.deps);
  ministerie = await buildOrganisation(h.deps, 'ministerie');
  beheerder = await signedIn(
    h,
    await buildUser(h.deps, [{ org: ownOrg, role: 'beheerder' }], { name: 'Eigen Beheerder' }),
  );
  await buildUser(h.deps, [{ org: otherOrg, role: 'beheerder' }]);
});
afterAll(() => h.close());

async function auditActions(orgId: string | null, result?: string): Promise<string[]> {
  const rows = await h.db.query<{ action: string }>(
    'select action from audit_event where organisation_id is not distinct from $1 and ($2::text is null or result = $2) order by seq',
    [orgId, result ?? null],
  );
  return rows.map((r) => r.action);
}

describe('GET /api/v1/orgs/{code}/users', () => {
  it("lists the beheerder's own organisation", async () => {
    const response = await beheerder.request('GET', `/api/v1/orgs/${ownOrg.code}/users`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      users: { name: string; roles: string[] }[];
      assignableRoles: string[];
    };
    expect(body.users.map((u) => u.name)).toContain('Eigen Beheerder');
    expect(body.assignableRoles).toContain('vertrouwenspersoon');
    expect(JSON.stringify(body)).not.toMatch(/password|totp_secret|argon2/);
  });

  it('answers 404 for another organisation and audits the attempt', async () => {
    const response = await beheerder.request('GET', `/api/v1/orgs/${otherOrg.code}/users`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(await auditActions(otherOrg.id, 'denied')).toContain('user.list');
  });

  it('answers the same 404 for an organisation that does not exist', async () => {
    const response = await beheerder.request('GET', '/api/v1/orgs/GM9999/users');
    expect(response.status).toBe(404);
  });

  it('refuses a malformed organisation code with 400', async () => {
    expect((await beheerder.request('GET', "/api/v1/orgs/gm'or'1/users")).status).toBe(400);
  });

  it('needs a signed-in user', async () => {
    expect((await h.app.request(`/api/v1/orgs/${ownOrg.code}/users`)).status).toBe(401);
  });
});

describe('POST /api/v1/orgs/{code}/users', () => {
  it('adds a person with roles and audits it in the same organisation', async () => {
    const response = await beheerder.request('POST', `/api/v1/orgs/${ownOrg.code}/users`, {
      email: 'Nieuw@Test.Weerbaar.nl',
      name: '<img src=x onerror=alert(1)>',
      roles: ['analist', 'melder'],
    });
    expect(response.status).toBe(201);
    const user = (await response.json()) as {
      email: string;
      name: string;
      status: string;
      roles: string[];
    };
    expect(user).toMatchObject({
      email: 'nieuw@test.weerbaar.nl',
      name: '<img src=x onerror=alert(1)>',
      status: 'uitgenodigd',
      roles: ['analist', 'melder'],
    });
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    expect(await auditActions(ownOrg.id)).toContain('user.create');
  });

  it('cannot add people to another organisation, and changes nothing there', async () => {
    const before = await h.db.query('select * from membership where organisation_id = $1', [
      otherOrg.id,
    ]);
    const response = await beheerder.request('POST', `/api/v1/orgs/${otherOrg.code}/users`, {
      email: 'indringer@test.weerbaar.nl',
      name: 'X',
      roles: ['analist'],
    });
    expect(response.status).toBe(404);
    expect(
      await h.db.query('select * from membership where organisation_id = $1', [otherOrg.id]),
    ).toEqual(before);
    expect(
      await h.db.query("select * from app_user where email = 'indringer@test.weerbaar.nl'"),
    ).toEqual([]);
  });

  it('refuses bad input with field errors', async () => {
    const cases = [
      { email: 'geen-adres', name: 'A', roles: ['analist'] },
      { email: 'a@test.weerbaar.nl', name: '', roles: ['analist'] },
      { email: 'a@test.weerbaar.nl', name: 'A', roles: ['koning'] },
      { email: 'a@test.weerbaar.nl', name: 'A', roles: [] },
      { email: 'a@test.weerbaar.nl', name: 'A', roles: ['analist'], admin: true },
      { email: 'a@test.weerbaar.nl', name: 'A', roles: ['riec-analist'] },
    ];
    for (const body of cases) {
      const response = await beheerder.request('POST', `/api/v1/orgs/${ownOrg.code}/users`, body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      const problem = (await response.json()) as { errors?: { field: string }[] };
      expect(problem.errors?.length).toBeGreaterThan(0);
    }
    expect(await h.db.query("select * from app_user where email = 'a@test.weerbaar.nl'")).toEqual(
      [],
    );
  });
});

describe('ministerie beheerder', () => {
  it('creates the first beheerder of another organisation, but not a second one', async () => {
    const fresh = await buildOrganisation(h.deps);
    const bzk = await signedIn(
      h,
      await buildUser(h.deps, [{ org: ministerie, role: 'beheerder' }]),
    );
    const list = await bzk.request('GET', '/api/v1/orgs');
    expect(list.status).toBe(200);
    const first = await bzk.request('POST', `/api/v1/orgs/${fresh.code}/users`, {
      email: 'eerste@test.weerbaar.nl',
      name: 'Eerste Beheerder',
      roles: ['beheerder'],
    });
    expect(first.status).toBe(201);
    const second = await bzk.request('POST', `/api/v1/orgs/${fresh.code}/users`, {
      email: 'tweede@test.weerbaar.nl',
      name: 'Tweede',
      roles: ['beheerder'],
    });
    expect(second.status).toBe(404);
    expect((await bzk.request('GET', `/api/v1/orgs/${fresh.code}/users`)).status).toBe(404);
  });

  it('is the only one who lists all organisations', async () => {
    expect((await beheerder.request('GET', '/api/v1/orgs')).status).toBe(403);
  });
});
