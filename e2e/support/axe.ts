// SPDX-License-Identifier: EUPL-1.2
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

import type * as axe from 'axe-core';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** The WCAG 2.1 A/AA rules plus axe's best practices. */
const runOnly = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/** Impacts that fail a test; minor and moderate findings are reported by `axeFindings` only. */
const failingImpacts = new Set(['serious', 'critical']);

/** One axe violation, reduced to what a developer needs to find it. */
export interface Finding {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core on the page as it is now. The script is evaluated over the DevTools protocol,
 * which the page's CSP (`script-src 'self'`) does not govern, so the page is checked under its
 * real CSP; a `<script>` tag would be refused.
 */
export async function axeFindings(page: Page): Promise<Finding[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.evaluate(axeSource);
  const violations = await page.evaluate(async (tags) => {
    const runner = (window as unknown as { axe: typeof axe }).axe;
    const results = await runner.run(document, { runOnly: { type: 'tag', values: tags } });
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? 'unknown',
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  }, runOnly);
  return violations;
}

/** Human-readable list of findings: rule id, impact, help text and target selectors. */
export function describeFindings(findings: readonly Finding[]): string {
  return findings
    .map((f) => `${f.id} (${f.impact}): ${f.help}\n    ${f.targets.join('\n    ')}`)
    .join('\n');
}

/** The serious and critical findings, the ones a page must not have. */
export function seriousFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => failingImpacts.has(f.impact));
}
