// SPDX-License-Identifier: EUPL-1.2
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { sha256 } from './package';
import { goldenOutput } from './test/golden';
import { verifyPackage } from './verify';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'weerbaar-verify-'));
  cpSync(goldenOutput, dir, { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Edits values.csv and fixes its hash in the manifest, as a careless or malicious editor would. */
function tamper(change: (lines: string[]) => string[], fixHash = true) {
  const file = join(dir, 'values.csv');
  const csv = `${change(readFileSync(file, 'utf8').trimEnd().split('\n')).join('\n')}\n`;
  writeFileSync(file, csv);
  if (!fixHash) return;
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
    values: { sha256: { csv: string } };
  };
  manifest.values.sha256.csv = sha256(csv);
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
}

const line = (lines: string[], start: string) => lines.findIndex((l) => l.startsWith(start));

describe('verifyPackage(dir)', () => {
  it('lists an un-suppressed small cell, the recoverable neighbour and the Parquet mismatch', async () => {
    tamper((lines) => {
      const i = line(lines, 'onverklaarbare-woningaankopen,2024,buurt,BU99010202');
      lines[i] = 'onverklaarbare-woningaankopen,2024,buurt,BU99010202,,100,1,1,rounded,,';
      return lines;
    });
    const violations = await verifyPackage(dir);
    expect(violations).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/regel \d+: teller 1 is kleiner dan de minimumcelvulling 3/),
        expect.stringMatching(/regel \d+: aantal onder gemeenteniveau is geen veelvoud van 5/),
        expect.stringMatching(/terugrekenbaar: onverklaarbare-woningaankopen\|buurt\|BU99010201\|/),
        expect.stringMatching(/manifest.json: rounded-aantal/),
        expect.stringMatching(/values.parquet: \d+ rijen wijken af/),
      ]),
    );
  });

  it('catches a value that does not follow from its counts and an exact count below gemeente level', async () => {
    tamper((lines) => {
      const i = line(lines, 'onbekende-buitenlandse-eigenaren,2024,wijk,WK990101');
      lines[i] = 'onbekende-buitenlandse-eigenaren,2024,wijk,WK990101,,50,10,45,rounded,,';
      const j = line(lines, 'onbekende-buitenlandse-eigenaren,2024,buurt,BU99010101');
      lines[j] = lines[j]?.replace('rounded', 'exact') ?? '';
      return lines;
    });
    const violations = await verifyPackage(dir);
    expect(violations.some((v) => v.includes('volgt niet uit teller en noemer'))).toBe(true);
    expect(violations.some((v) => v.includes('status exact past niet bij niveau buurt'))).toBe(
      true,
    );
  });

  it('refuses an extra column, which could carry ids', async () => {
    tamper((lines) => lines.map((l, i) => `${l},${i === 0 ? 'person_id' : `P${i}`}`));
    const violations = await verifyPackage(dir);
    expect(violations[0]).toMatch(/kolommen moeten precies/);
  });

  it('notices a values.csv changed without updating the manifest', async () => {
    tamper((lines) => lines.slice(0, -1), false);
    const violations = await verifyPackage(dir);
    expect(violations).toContain('values.csv: SHA-256 wijkt af van het manifest');
  });

  it('lists a manifest that breaks its schema', async () => {
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    delete manifest.synthetic;
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
    expect(await verifyPackage(dir)).toEqual([expect.stringMatching(/^manifest.json synthetic:/)]);
  });

  it('passes the untouched golden package', async () => {
    expect(await verifyPackage(dir)).toEqual([]);
  });
});
