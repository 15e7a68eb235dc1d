// SPDX-License-Identifier: EUPL-1.2
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createHarness, type Harness } from '../../test/harness';
import { seedDemo } from '../demo/seed';

let harness: Harness;

beforeAll(async () => {
  harness = await createHarness();
});
afterAll(() => harness.close());

describe('seedDemo(deps) for the meldpunt', () => {
  it('gives each demo gemeente its meldpunt people and reports in different steps', async () => {
    expect(await seedDemo(harness.deps)).toBe(true);
    const rows = await harness.db.query<{ code: string; status: string; n: number }>(
      `select o.code, r.status, count(*)::int as n from report r join organisation o on o.id = r.organisation_id
        group by o.code, r.status order by o.code, r.status`,
    );
    for (const code of ['GM0358', 'GM0362'])
      expect(rows.filter((r) => r.code === code).map((r) => r.status)).toEqual([
        'assessment',
        'care',
        'closed',
        'police_report',
        'registered',
      ]);
    const people = await harness.db.query<{ code: string; role: string; n: number }>(
      `select o.code, m.role, count(*)::int as n from membership m join organisation o on o.id = m.organisation_id
        where o.type = 'gemeente' and m.role in ('melder', 'behandelaar', 'vertrouwenspersoon')
        group by o.code, m.role order by o.code, m.role`,
    );
    expect(people.map((p) => `${p.code} ${p.role} ${p.n}`)).toEqual([
      'GM0358 behandelaar 2',
      'GM0358 melder 1',
      'GM0358 vertrouwenspersoon 1',
      'GM0362 behandelaar 2',
      'GM0362 melder 1',
      'GM0362 vertrouwenspersoon 1',
    ]);
  });
});
