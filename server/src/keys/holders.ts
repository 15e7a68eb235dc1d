// SPDX-License-Identifier: EUPL-1.2
import { accountKeyHolders } from '../accounts/key-holders';
import type { KeyHolder } from '../platform/key-holders';
import { dataKeyColumn } from '../platform/key-holders';
import { reporterIndexHolder } from '../reports/reporter';
import { noteKeyHolders } from '../statistics/notes/key-holders';

/**
 * Every stored value that depends on the master key. A new encrypted column or blind index
 * joins this list in the same change, or `keys rotate` would leave it behind (the test
 * `keys/holders.test.ts` compares this list with the schema).
 */
export const keyHolders: readonly KeyHolder[] = [
  ...accountKeyHolders,
  ...noteKeyHolders,
  dataKeyColumn('report', 'key_wrapped'),
  reporterIndexHolder,
  dataKeyColumn('tip', 'key_wrapped'),
];
