// SPDX-License-Identifier: EUPL-1.2
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { auditActionLabels } from '../../../common/messages/nl';

const serverSource = join(import.meta.dirname, '..');
const domains =
  'session|user|membership|invitation|audit|totp|recovery-codes|password|oidc-identity|organisation|keys|note|statistics|report|tip';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')
        ? [join(dir, entry.name)]
        : [],
  );
}

/**
 * Every dotted action code the server can write to the audit log, read from its source: string
 * literals of the audited domains, minus those only used as log-line events (`event: '…'`).
 */
function auditedActions(): string[] {
  const literals = new Set<string>();
  const logEvents = new Set<string>();
  for (const file of sourceFiles(serverSource)) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(new RegExp(`'((?:${domains})\\.[A-Za-z.-]+)'`, 'g')))
      literals.add(m[1]!);
    for (const m of text.matchAll(/event: '([^']+)'/g)) logEvents.add(m[1]!);
  }
  return [...literals].filter((a) => !logEvents.has(a)).sort();
}

describe('audit action labels', () => {
  it('gives every action the server audits a plain Dutch label for the logbook', () => {
    const actions = auditedActions();
    expect(actions.length).toBeGreaterThan(50);
    expect(actions.filter((a) => !(a in auditActionLabels))).toEqual([]);
  });
});
