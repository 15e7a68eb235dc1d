// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';

import { harmoniseSeries, type PeriodValue, type Succession } from './harmonise';

// Herindelingen in the shared data: Weesp joined Amsterdam; Brielle, Hellevoetsluis and
// Westvoorne became Voorne aan Zee (GM1992) on 1 January 2023.
const successions: Succession[] = [
  { fromCode: 'GM0457', fromYear: 2022, toCode: 'GM0363', toYear: 2023 },
  { fromCode: 'GM0501', fromYear: 2022, toCode: 'GM1992', toYear: 2023 },
  { fromCode: 'GM0530', fromYear: 2022, toCode: 'GM1992', toYear: 2023 },
  { fromCode: 'GM0614', fromYear: 2022, toCode: 'GM1992', toYear: 2023 },
];

// Business establishments and inhabitants, KWB 2022 and 2023 (kwb_2022_gemeente.csv, kwb_2023_gemeente.csv).
const establishments = (
  period: number,
  code: string,
  numerator: number,
  denominator: number,
): PeriodValue => ({
  period,
  code,
  value: (numerator / denominator) * 1000,
  numerator,
  denominator,
  status: 'exact',
});
const voorne2022 = [
  establishments(2022, 'GM0501', 2150, 17704), // Brielle: 121.44 per 1,000
  establishments(2022, 'GM0530', 3695, 40574), // Hellevoetsluis: 91.07
  establishments(2022, 'GM0614', 2065, 14960), // Westvoorne: 138.03
];

describe('harmoniseSeries(input)', () => {
  it('sums numerators and denominators over the Voorne aan Zee merger', () => {
    const series = harmoniseSeries({
      kind: 'ratio',
      multiplier: 1000,
      targetYear: 2023,
      successions,
      values: [...voorne2022, establishments(2023, 'GM1992', 8155, 73945)],
    });
    // 2022: (2,150 + 3,695 + 2,065) / (17,704 + 40,574 + 14,960) × 1,000 = 7,910 / 73,238 × 1,000 = 108.004
    // (the mean of the three rates would wrongly give 116.848)
    const [before, after] = series.points;
    expect(before).toMatchObject({
      code: 'GM1992',
      period: 2022,
      numerator: 7910,
      denominator: 73238,
    });
    expect(before).toMatchObject({
      harmonised: true,
      status: 'exact',
      sources: ['GM0501', 'GM0530', 'GM0614'],
    });
    expect(before?.value).toBeCloseTo(108.00404161773942, 10);
    // 2023 is already in the target division: 8,155 / 73,945 × 1,000 = 110.285, passed through
    expect(after).toMatchObject({
      code: 'GM1992',
      period: 2023,
      harmonised: false,
      sources: ['GM1992'],
    });
    expect(after?.value).toBeCloseTo(110.28467103928595, 10);
    expect(series).toMatchObject({ harmonisable: true, reason: null });
  });

  it('adds a merged municipality to the one that absorbed it, keeping others untouched', () => {
    const population = (period: number, code: string, value: number): PeriodValue => ({
      period,
      code,
      value,
      status: 'exact',
    });
    const series = harmoniseSeries({
      kind: 'count',
      targetYear: 2023,
      successions,
      values: [
        population(2022, 'GM0363', 882633), // Amsterdam
        population(2022, 'GM0457', 20766), // Weesp
        population(2022, 'GM0014', 234649), // Groningen, no herindeling
        population(2023, 'GM0363', 918117),
      ],
    });
    // 882,633 + 20,766 = 903,399
    expect(series.points.map((p) => [p.code, p.period, p.value, p.harmonised])).toEqual([
      ['GM0014', 2022, 234649, false],
      ['GM0363', 2022, 903399, true],
      ['GM0363', 2023, 918117, false],
    ]);
  });

  it('approximates a mean from weights and flags it', () => {
    // Mean WOZ value (× €1,000) weighted by dwellings: (306·8,230 + 271·18,113 + 431·6,997) / 33,340
    //   = (2,518,380 + 4,908,623 + 3,015,707) / 33,340 = 10,442,710 / 33,340 = 313.219
    const woz = (code: string, value: number, weight: number): PeriodValue => ({
      period: 2022,
      code,
      value,
      weight,
      status: 'exact',
    });
    const series = harmoniseSeries({
      kind: 'mean',
      targetYear: 2023,
      successions,
      values: [woz('GM0501', 306, 8230), woz('GM0530', 271, 18113), woz('GM0614', 431, 6997)],
    });
    expect(series.points[0]?.value).toBeCloseTo(313.21865626874626, 10);
    expect(series.points[0]).toMatchObject({ approximate: true, harmonised: true });
  });

  it('refuses to harmonise a median, with a Dutch reason, but passes untouched regions through', () => {
    // Median household wealth (× €1,000), KWB 2022: Brielle 182.2, Hellevoetsluis 136.1, Westvoorne 321.2.
    const median = (code: string, value: number): PeriodValue => ({
      period: 2022,
      code,
      value,
      status: 'exact',
    });
    const series = harmoniseSeries({
      kind: 'median',
      targetYear: 2023,
      successions,
      values: [
        median('GM0501', 182.2),
        median('GM0530', 136.1),
        median('GM0614', 321.2),
        median('GM0014', 40.5),
      ],
    });
    expect(series.harmonisable).toBe(false);
    expect(series.reason).toContain('mediaan');
    expect(series.points[0]).toMatchObject({ code: 'GM0014', value: 40.5, harmonised: false });
    expect(series.points[1]).toMatchObject({
      code: 'GM1992',
      value: null,
      status: 'not-harmonisable',
    });
  });

  it('refuses means and percentages without the base they are over', () => {
    const share = (code: string, value: number): PeriodValue => ({
      period: 2022,
      code,
      value,
      status: 'exact',
    });
    const series = harmoniseSeries({
      kind: 'mean',
      targetYear: 2023,
      successions,
      values: [share('GM0501', 66), share('GM0530', 66), share('GM0614', 73)],
    });
    expect(series).toMatchObject({ harmonisable: false });
    expect(series.points[0]).toMatchObject({ status: 'not-harmonisable', value: null });
  });

  it('keeps a merged point secret when one part is secret, and never gives a partial sum', () => {
    const [brielle, hellevoetsluis] = voorne2022;
    const westvoorne: PeriodValue = { period: 2022, code: 'GM0614', value: null, status: 'secret' };
    const secret = harmoniseSeries({
      kind: 'ratio',
      multiplier: 1000,
      targetYear: 2023,
      successions,
      values: [brielle!, hellevoetsluis!, westvoorne],
    });
    expect(secret.points[0]).toMatchObject({
      status: 'secret',
      value: null,
      numerator: null,
      denominator: null,
    });
    const missing = harmoniseSeries({
      kind: 'ratio',
      multiplier: 1000,
      targetYear: 2023,
      successions,
      values: [brielle!, hellevoetsluis!, { ...westvoorne, status: 'missing' }],
    });
    expect(missing.points[0]).toMatchObject({ status: 'missing', value: null });
    expect(missing.points[0]?.reason).toContain('GM0614');
  });

  it('does not harmonise a split without a conversion table', () => {
    // Haaren (GM0788) was divided over Boxtel, Oisterwijk, Tilburg and Vught on 1 January 2021.
    const split: Succession[] = ['GM0757', 'GM0824', 'GM0855', 'GM0865'].map((toCode) => ({
      fromCode: 'GM0788',
      fromYear: 2020,
      toCode,
      toYear: 2021,
    }));
    const count = (period: number, code: string, value: number): PeriodValue => ({
      period,
      code,
      value,
      status: 'exact',
    });
    const series = harmoniseSeries({
      kind: 'count',
      targetYear: 2024,
      successions: split,
      values: [
        count(2020, 'GM0788', 14000),
        count(2020, 'GM0855', 220000),
        count(2024, 'GM0855', 227000),
      ],
    });
    const tilburg = series.points.filter((p) => p.code === 'GM0855');
    expect(tilburg[0]).toMatchObject({ period: 2020, status: 'not-harmonisable', value: null });
    expect(tilburg[1]).toMatchObject({ period: 2024, value: 227000, harmonised: false });
    expect(series.harmonisable).toBe(false);
    expect(series.reason).toContain('gesplitst');
  });

  it('refuses duplicate rows', () => {
    const [brielle] = voorne2022;
    expect(() =>
      harmoniseSeries({
        kind: 'ratio',
        targetYear: 2023,
        successions,
        values: [brielle!, brielle!],
      }),
    ).toThrow(/duplicate/);
  });
});
