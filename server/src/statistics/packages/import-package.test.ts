// SPDX-License-Identifier: EUPL-1.2
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { syntheticMarker, runPipeline } from '../../../../pipeline/run';
import { goldenInput, goldenOutput, goldenRules } from '../../../../pipeline/test/golden';
import { buildPackageRegions } from '../../../test/factories';
import { openTestDatabase } from '../../../test/test-db';
import type { Database } from '../../platform/db';

import { importPackage, PackageImportError } from './import-package';

const root = mkdtempSync(join(tmpdir(), 'weerbaar-package-'));
const synthetic = join(root, 'synthetic-package');
let db: Database;
const options = { origin: 'cli' as const, clock: () => new Date('2026-11-30T12:00:00Z') };

beforeAll(async () => {
  // The golden input with the synth marker gives a synthetic package of the same shape.
  const input = join(root, 'input');
  cpSync(goldenInput, input, { recursive: true });
  writeFileSync(join(input, syntheticMarker), '{"synthetic": true}\n');
  await runPipeline({ inDir: input, out: synthetic, rules: goldenRules, year: 2024 });
  db = await openTestDatabase();
}, 60_000);
afterAll(async () => {
  await db.close();
  rmSync(root, { recursive: true, force: true });
});

const stored = () =>
  db.query<{ synthetic: boolean; n: number }>(
    `select p.synthetic, count(v.indicator)::int as n from statistic_package p
       left join package_value v on v.package_id = p.id group by p.synthetic order by p.synthetic`,
  );

describe('importPackage(db, dir, options)', () => {
  it('refuses a package whose region codes are not in the division, naming the first few', async () => {
    await expect(importPackage(db, goldenOutput, options)).rejects.toThrow(
      /geen gebiedsindeling 2024/,
    );
    // The division exists but lacks the package's buurten: the error lists them, in order.
    await db.query(
      "insert into region (year, code, level, name) values (2024, 'NL00', 'land', 'Nederland')",
    );
    const error = await importPackage(db, goldenOutput, options).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PackageImportError);
    expect((error as Error).message).toMatch(
      /10 gebiedscodes die niet in de gebiedsindeling 2024 bestaan: BU99010101, BU99010102, BU99010201, BU99010202, BU99020101, …\. Er is niets geladen\./,
    );
    expect(await stored()).toEqual([]);
    expect(await buildPackageRegions(db, goldenOutput, 2024)).toHaveLength(11);
    // GM9901's peer group in the 2024 division is GM9902, for the comparison test below.
    await db.exec(`insert into peer_group (year, code, features_period, features_used)
        values (2024, 'GM9901', 2024, 'population');
      insert into peer (year, code, peer_code, rank, distance, summary, reasons)
        values (2024, 'GM9901', 'GM9902', 1, 0.5, 'even groot', '[]')`);
  });

  it('loads a real package with its provenance and an audit event', async () => {
    const summary = await importPackage(db, goldenOutput, options);
    expect(summary).toMatchObject({ state: 'created', synthetic: false, rows: 95, replaced: 0 });
    expect(await stored()).toEqual([{ synthetic: false, n: 95 }]);
    const [pkg] = await db.query<{ name: string; software_version: string; rules: unknown }>(
      "select name, software_version, manifest -> 'disclosure' -> 'rules' as rules from statistic_package",
    );
    expect(pkg).toMatchObject({ name: 'output', rules: goldenRules });
    const [suppressed] = await db.query<{
      value: number | null;
      reason: string;
      carried_by: string;
    }>(
      "select value, reason, carried_by from package_value where indicator = 'onverklaarbare-woningaankopen' and region_code = 'BU99010202'",
    );
    expect(suppressed).toEqual({ value: null, reason: 'min-count', carried_by: 'WK990102' });
    const events = await db.query(
      "select object_id from audit_event where object_type = 'statistics-package'",
    );
    expect(events).toEqual([{ object_id: 'output' }]);
  });

  it('compares each published value with the national value and the peer group, never a suppressed one', async () => {
    const compared = (indicator: string, code: string) =>
      db.query<{
        national: number | null;
        value_index: number | null;
        peer_value: number | null;
        peer_count: number | null;
      }>(
        `select national, value_index, peer_value, peer_count from package_value
          where indicator = $1 and region_code = $2 and breakdown = ''`,
        [indicator, code],
      );
    const [gm9901] = await compared('onbekende-buitenlandse-eigenaren', 'GM9901');
    expect(gm9901?.national).toBe(24.74);
    expect(gm9901?.value_index).toBeCloseTo((24.62 / 24.74) * 100, 10);
    // The peer GM9902 publishes 8 of 32 objects: 25 %.
    expect(gm9901).toMatchObject({ peer_value: 25, peer_count: 1 });
    // GM9902 has no peer group; a wijk is compared with the national value only.
    expect(await compared('onbekende-buitenlandse-eigenaren', 'GM9902')).toEqual([
      { national: 24.74, value_index: (25 / 24.74) * 100, peer_value: null, peer_count: null },
    ]);
    // The national cell of this magnitude table is suppressed (dominance): no national, no index.
    expect(await compared('onverklaarbaar-woningbezit-woningen', 'GM9901')).toEqual([
      { national: null, value_index: null, peer_value: null, peer_count: null },
    ]);
    // A suppressed buurt gets nothing derived.
    expect(await compared('onverklaarbare-woningaankopen', 'BU99010202')).toEqual([
      { national: null, value_index: null, peer_value: null, peer_count: null },
    ]);
  });

  it('changes nothing when the same package comes again', async () => {
    expect((await importPackage(db, goldenOutput, options)).state).toBe('unchanged');
    expect(await stored()).toEqual([{ synthetic: false, n: 95 }]);
  });

  it('refuses to mix synthetic demonstration data with real figures', async () => {
    await expect(importPackage(db, synthetic, options)).rejects.toThrow(PackageImportError);
    await expect(importPackage(db, synthetic, options)).rejects.toThrow(
      /synthetische demonstratiedata/,
    );
    expect(await stored()).toEqual([{ synthetic: false, n: 95 }]);
  });

  it('switches to synthetic data only when told to replace everything, and keeps the flag', async () => {
    const summary = await importPackage(db, synthetic, { ...options, replaceAll: true });
    expect(summary).toMatchObject({ state: 'created', synthetic: true, replaced: 1 });
    expect(await stored()).toEqual([{ synthetic: true, n: 95 }]);
  });

  it('refuses a package that breaks a disclosure rule and leaves the database alone', async () => {
    const broken = join(root, 'broken');
    cpSync(goldenOutput, broken, { recursive: true });
    writeFileSync(join(broken, 'values.csv'), 'indicator,person_id\n');
    await expect(importPackage(db, broken, { ...options, replaceAll: true })).rejects.toThrow(
      /is geweigerd/,
    );
    expect(await stored()).toEqual([{ synthetic: true, n: 95 }]);
  });
});
