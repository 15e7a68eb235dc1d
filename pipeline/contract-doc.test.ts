// SPDX-License-Identifier: EUPL-1.2
import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { tables } from './contract';
import { contractMarkdown } from './contract-doc';

describe('the input contract document', () => {
  const text = contractMarkdown();

  it('is what docs/pipeline-input.md holds (regenerate: node bin/run-ts.js pipeline/write-contract-doc.ts)', () => {
    const committed = readFileSync(new URL('../docs/pipeline-input.md', import.meta.url), 'utf8');
    expect(committed).toBe(text);
  });

  it('names every table, its key and every column with whether it may be empty', () => {
    for (const table of tables) {
      expect(text).toContain(`## ${table.name}\n`);
      if (table.key) expect(text).toContain(`Key: \`${table.key}\`.`);
      for (const column of table.columns)
        expect(text).toMatch(
          new RegExp(
            `\\| \`${column.name}\` \\| ${column.nullable ? 'no \\(may be empty\\)' : 'yes'} \\|`,
          ),
        );
    }
  });
});
