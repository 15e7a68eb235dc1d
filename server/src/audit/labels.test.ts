// SPDX-License-Identifier: EUPL-1.2
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { auditActionLabel, auditActionLabels } from '../../../common/messages/nl';

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
function auditedActions(): { actions: string[]; families: string[] } {
  const literals = new Set<string>();
  const families = new Set<string>();
  const logEvents = new Set<string>();
  for (const file of sourceFiles(serverSource)) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(new RegExp(`'((?:${domains})\\.[A-Za-z.-]+)'`, 'g')))
      literals.add(m[1]!);
    for (const m of text.matchAll(/event: '([^']+)'/g)) logEvents.add(m[1]!);
    for (const m of text.matchAll(new RegExp(`\`((?:${domains})\\.[A-Za-z.-]+\\.)\\$\\{`, 'g')))
      families.add(m[1]!);
  }
  return {
    actions: [...literals].filter((a) => !logEvents.has(a)).sort(),
    families: [...families].sort(),
  };
}

describe('audit action labels', () => {
  it('gives every action the server audits a plain Dutch label for the logbook', () => {
    const { actions } = auditedActions();
    expect(actions.length).toBeGreaterThan(50);
    expect(actions.filter((a) => !(a in auditActionLabels))).toEqual([]);
  });

  it('labels the actions that end in what was done (a step, a record, a tip status)', () => {
    const { families } = auditedActions();
    expect(families).toEqual(['report.record.', 'report.transition.', 'tip.status.']);
    const unlabelled = families.filter((f) => auditActionLabel(`${f}x`) === `${f}x`);
    expect(unlabelled).toEqual([]);
    expect(auditActionLabel('report.transition.closed')).toBe('Melding naar stap: afgesloten');
    expect(auditActionLabel('tip.status.forwarded')).toMatch(
      /^Status van een tip gewijzigd naar: /,
    );
  });
});
