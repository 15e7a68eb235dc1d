// SPDX-License-Identifier: EUPL-1.2
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { pipelineIndicators } from '../indicators';
import { defaultRules } from '../privacy';
import { runPipeline } from '../run';
import { parseValuesCsv, type TextRow } from '../verify';

import { hasKwb } from './calibration';
import { synthesize, type SynthResult } from './synthesize';

const dataDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'data');
const real = hasKwb(dataDir);
const root = mkdtempSync(join(tmpdir(), 'weerbaar-synth-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function folderHash(dir: string): string {
  const hash = createHash('sha256');
  for (const file of readdirSync(dir).sort())
    hash.update(file).update(readFileSync(join(dir, file)));
  return hash.digest('hex');
}

describe('synthesize(options)', () => {
  it('is deterministic for a seed and differs for another seed', async () => {
    const make = (name: string, seed: number) =>
      synthesize({ out: join(root, name), scale: 0.005, seed, year: 2024, format: 'csv' });
    await make('a', 3);
    await make('b', 3);
    await make('c', 4);
    expect(folderHash(join(root, 'a'))).toBe(folderHash(join(root, 'b')));
    expect(folderHash(join(root, 'a'))).not.toBe(folderHash(join(root, 'c')));
  });
});

// Scale 0.01 of the real calibration (about 180,000 persons); without ../shared/data the
// fixture at 0.1 gives a country of similar size.
describe(`planted patterns at scale ${real ? '0.01 (KWB 2024)' : '0.1 (fixture)'}`, () => {
  let truth: SynthResult;
  let rows: TextRow[];
  beforeAll(async () => {
    truth = await synthesize({
      out: join(root, 'input'),
      scale: real ? 0.01 : 0.1,
      seed: 11,
      year: 2024,
      format: 'parquet',
      ...(real ? { dataDir } : {}),
    });
    await runPipeline({
      inDir: join(root, 'input'),
      out: join(root, 'package'),
      rules: defaultRules,
      year: 2024,
    });
    rows = parseValuesCsv(readFileSync(join(root, 'package', 'values.csv'), 'utf8'), []);
  }, 120_000);

  /** The gemeente with the highest published value of an indicator (region totals only). */
  const topGemeente = (indicator: string) =>
    rows
      .filter(
        (r) =>
          r.fields.indicator === indicator &&
          r.fields.level === 'gemeente' &&
          r.fields.breakdown === '' &&
          r.fields.value !== '',
      )
      .sort((a, b) => Number(b.fields.value) - Number(a.fields.value))[0]?.fields.region_code;

  it('marks the package as synthetic', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'package', 'manifest.json'), 'utf8')) as {
      synthetic: boolean;
    };
    expect(manifest.synthetic).toBe(true);
    expect(truth.calibration).toBe(real ? 'kwb-2024' : 'fixture');
  });

  it('finds each planted gemeente at the top of its indicator', () => {
    expect(topGemeente('onverklaarbaar-woningbezit-woningen')).toBe(
      truth.planted.unaffordableOwners,
    );
    expect(topGemeente('onverklaarbare-woningaankopen')).toBe(truth.planted.unexplainedPurchases);
    expect(topGemeente('doorsluiswoningen')).toBe(truth.planted.resold.gemeente);
    expect(topGemeente('vestigingen-drugsveroordeelde-bestuurder')).toBe(
      truth.planted.drugConvictedDirectors.gemeente,
    );
    expect(topGemeente('hennepruimingen')).toBe(truth.planted.hempClearances);
  });

  it('finds the couriers as the branch with most drug-convicted directors', () => {
    const branches = rows
      .filter(
        (r) =>
          r.fields.indicator === 'vestigingen-drugsveroordeelde-bestuurder' &&
          r.fields.breakdown !== '' &&
          r.fields.value !== '',
      )
      .sort((a, b) => Number(b.fields.value) - Number(a.fields.value));
    expect(branches[0]?.fields.breakdown).toBe(truth.planted.drugConvictedDirectors.branch);
  });

  it('finds the planted flow as the largest offence gemeente away from home', () => {
    const { from, to } = truth.planted.drugSuspectFlow;
    const away = rows
      .filter(
        (r) =>
          r.fields.indicator === 'drugsverdachten-woon-pleeggemeente' &&
          r.fields.region_code === from &&
          r.fields.breakdown !== '' &&
          r.fields.breakdown !== from &&
          r.fields.value !== '',
      )
      .sort((a, b) => Number(b.fields.value) - Number(a.fields.value));
    expect(away[0]?.fields.breakdown).toBe(to);
  });

  it('has every indicator at every level it is defined for, published at land and gemeente level', () => {
    const has = (id: string, level: string, published: boolean) =>
      rows.some(
        (r) =>
          r.fields.indicator === id &&
          r.fields.level === level &&
          (!published || r.fields.status !== 'suppressed'),
      );
    for (const indicator of pipelineIndicators)
      for (const level of indicator.levels) {
        expect(has(indicator.id, level, false), `${indicator.id} ${level}`).toBe(true);
        if (level === 'land' || level === 'gemeente')
          expect(has(indicator.id, level, true), `${indicator.id} ${level}`).toBe(true);
      }
  });
});
