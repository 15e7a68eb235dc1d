// SPDX-License-Identifier: EUPL-1.2
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createHarness, type Harness } from '../../test/harness';
import { seedDemo } from '../demo/seed';

let harness: Harness;

beforeAll(async () => {
  harness = await createHarness();
});
afterAll(() => harness.close());

describe('seedDemo(deps) for the tip channel', () => {
  it('gives each demo gemeente two synthetic tips, one answered and in progress', async () => {
    expect(await seedDemo(harness.deps)).toBe(true);
    const rows = await harness.db.query<{ code: string; status: string; messages: number }>(
      `select o.code, t.status, (select count(*)::int from tip_message m where m.tip_id = t.id) as messages
         from tip t join organisation o on o.id = t.organisation_id order by o.code, t.reference`,
    );
    expect(rows.map((r) => `${r.code} ${r.status} ${r.messages}`)).toEqual([
      'GM0358 in_progress 1',
      'GM0358 new 0',
      'GM0362 in_progress 1',
      'GM0362 new 0',
    ]);
  });
});
