// SPDX-License-Identifier: EUPL-1.2
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { openTestDatabase } from '../../test/test-db';
import type { Database } from '../platform/db';

import { keyHolders } from './holders';

let db: Database;

beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(() => db.close());

describe('keyHolders', () => {
  it('names every column whose value depends on the master key (*_enc, *_wrapped, *_index)', async () => {
    // The naming rule is the contract: a sealed-under-master-key column ends in _enc, a wrapped
    // data key in _wrapped, a blind index in _index. A new one must join keyHolders.
    const columns = await db.query<{ name: string }>(
      `select table_name || '.' || column_name as name from information_schema.columns
        where table_schema = current_schema() and data_type = 'text'
          and (column_name like '%\\_enc' or column_name like '%\\_wrapped' or column_name like '%\\_index')
        order by 1`,
    );
    expect(columns.map((c) => c.name)).toEqual(keyHolders.map((h) => h.name).sort());
  });
});
