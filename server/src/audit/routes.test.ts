// SPDX-License-Identifier: EUPL-1.2
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { AuditEventView } from '../../../common/contracts/accounts';
import { buildOrganisation, buildUser, signedIn, type TestClient } from '../../test/factories';
import { createHarness, type Harness } from '../../test/harness';
import type { OrganisationRecord } from '../organisations/store';

let h: Harness;
let org: OrganisationRecord;
let otherOrg: OrganisationRecord;
let beheerder: TestClient;

beforeAll(async () => {
  h = await createHarness();
  org = await buildOrganisation(h.deps);
  otherOrg = await buildOrganisation(h.deps);
  beheerder = await signedIn(
    h,
    await buildUser(h.deps, [{ org, role: 'beheerder' }], { name: 'Beheerder, "Anna" =1+1' }),
  );
  await signedIn(h, await buildUser(h.deps, [{ org: otherOrg, role: 'beheerder' }]));
  await beheerder.request('POST', `/api/v1/orgs/${org.code}/users`, {
    email: 'lid@test.weerbaar.nl',
    name: 'Lid',
    roles: ['analist'],
  });
});
afterAll(() => h.close());

type Page = { events: AuditEventView[]; nextBefore: number | null };

describe('GET /api/v1/orgs/{code}/audit', () => {
  it("shows the organisation's events and its members' sign-ins, not other organisations'", async () => {
    const page = (await (
      await beheerder.request('GET', `/api/v1/orgs/${org.code}/audit`)
    ).json()) as Page;
    const actions = page.events.map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['user.create', 'session.create']));
    const otherIds = (
      await h.db.query<{ id: string }>(
        'select user_id as id from membership where organisation_id = $1',
        [otherOrg.id],
      )
    ).map((r) => r.id);
    expect(page.events.some((e) => e.actor && otherIds.includes(e.actor.id))).toBe(false);
  });

  it('records each read of the log', async () => {
    await beheerder.request('GET', `/api/v1/orgs/${org.code}/audit`);
    const page = (await (
      await beheerder.request('GET', `/api/v1/orgs/${org.code}/audit?action=audit.view`)
    ).json()) as Page;
    expect(page.events.length).toBeGreaterThanOrEqual(2);
    expect(page.events.every((e) => e.action === 'audit.view')).toBe(true);
  });

  it('filters by result and pages with nextBefore', async () => {
    const first = (await (
      await beheerder.request('GET', `/api/v1/orgs/${org.code}/audit?limit=2`)
    ).json()) as Page;
    expect(first.events).toHaveLength(2);
    expect(first.nextBefore).toBe(first.events[1]!.seq);
    const second = (await (
      await beheerder.request(
        'GET',
        `/api/v1/orgs/${org.code}/audit?limit=2&before=${first.nextBefore}`,
      )
    ).json()) as Page;
    expect(second.events[0]!.seq).toBeLessThan(first.nextBefore!);
    const denied = (await (
      await beheerder.request('GET', `/api/v1/orgs/${org.code}/audit?result=denied`)
    ).json()) as Page;
    expect(denied.events.every((e) => e.result === 'denied')).toBe(true);
  });

  it('refuses bad filters with 400', async () => {
    for (const query of ['from=gisteren', 'limit=100000', 'result=misschien', 'onbekend=1']) {
      expect(
        (await beheerder.request('GET', `/api/v1/orgs/${org.code}/audit?${query}`)).status,
        query,
      ).toBe(400);
    }
  });

  it("answers 404 for another organisation's log and audits the attempt there", async () => {
    expect((await beheerder.request('GET', `/api/v1/orgs/${otherOrg.code}/audit`)).status).toBe(
      404,
    );
    const denied = await h.db.query(
      "select 1 from audit_event where organisation_id = $1 and action = 'audit.view' and result = 'denied'",
      [otherOrg.id],
    );
    expect(denied).toHaveLength(1);
  });

  it('is closed to members who are not beheerder', async () => {
    const analist = await signedIn(h, await buildUser(h.deps, [{ org, role: 'bestuurder' }]));
    expect((await analist.request('GET', `/api/v1/orgs/${org.code}/audit`)).status).toBe(404);
  });
});

describe('GET /api/v1/orgs/{code}/audit.csv', () => {
  it('exports the filtered log as CSV that spreadsheets cannot execute', async () => {
    const response = await beheerder.request(
      'GET',
      `/api/v1/orgs/${org.code}/audit.csv?action=session`,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/csv/);
    expect(response.headers.get('content-disposition')).toMatch(
      /attachment; filename="audit-GM\d+-\d{4}-\d{2}-\d{2}\.csv"/,
    );
    const lines = (await response.text()).trim().split('\r\n');
    expect(lines[0]).toBe(
      'volgnummer,tijdstip,gebruiker_id,gebruiker,actie,objecttype,object_id,resultaat,herkomst',
    );
    expect(lines.slice(1).every((line) => line.includes(',session.'))).toBe(true);
    expect(lines.some((line) => line.includes('"Beheerder, ""Anna"" =1+1"'))).toBe(true);
  });
});
