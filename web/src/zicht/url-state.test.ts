// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';

import type { IndicatorSummary } from '../../../common/contracts/statistics';

import { readChoices } from './combined/combined-url';
import { readCompareCodes } from './compare/ComparePage';
import { explorerParams, readExplorerState } from './url-state';

const indicator = (id: string, levels: IndicatorSummary['levels'], periods: number[]) =>
  ({ id, name: id, levels, periods }) as IndicatorSummary;
const catalogue = [
  indicator('geregistreerde-misdrijven-per-1000-inwoners', ['land', 'gemeente'], [2024, 2023]),
  indicator('inwoners', ['land', 'gemeente', 'wijk', 'buurt'], [2024]),
];

describe('readExplorerState(params, catalogue)', () => {
  it('reads a full permalink and writes it back the same', () => {
    const params = new URLSearchParams(
      'indicator=inwoners&niveau=wijk&jaar=2024&binnen=GM0363&regio=WK0363AA',
    );
    const { state, notices } = readExplorerState(params, catalogue);
    expect(notices).toEqual([]);
    expect(state).toEqual({
      indicator: 'inwoners',
      level: 'wijk',
      year: 2024,
      within: 'GM0363',
      selected: 'WK0363AA',
    });
    expect(explorerParams(state).toString()).toBe(params.toString());
  });

  it('falls back to a valid view with a notice for every unknown part', () => {
    const { state, notices } = readExplorerState(
      new URLSearchParams('indicator=weg&niveau=buurt&jaar=1800&binnen=Amsterdam&regio=<script>'),
      catalogue,
    );
    expect(state).toEqual({
      indicator: 'geregistreerde-misdrijven-per-1000-inwoners',
      level: 'gemeente',
      year: 2024,
      within: null,
      selected: null,
    });
    expect(notices).toHaveLength(5);
    expect(notices[0]).toMatch(/"weg" bestaat niet/);
  });
});

describe('readCompareCodes(raw)', () => {
  it('keeps at most five distinct valid codes and explains the rest', () => {
    const { codes, notices } = readCompareCodes(
      'gm0363,GM0363,GM0599,xx,GM0014,GM0088,GM1992,GM0358',
    );
    expect(codes).toEqual(['GM0363', 'GM0599', 'GM0014', 'GM0088', 'GM1992']);
    expect(notices.join(' ')).toMatch(/Geen regiocode: XX/);
    expect(notices.join(' ')).toMatch(/5 gebieden tegelijk/);
  });
});

describe('readChoices(params, catalogue)', () => {
  it('reads weights and reversed indicators, dropping unknown ones with a notice', () => {
    const { choices, notices } = readChoices(
      new URLSearchParams(
        'indicatoren=inwoners:2.5,weg:1,geregistreerde-misdrijven-per-1000-inwoners:-3&omgekeerd=inwoners',
      ),
      catalogue,
    );
    expect(choices).toEqual([
      { id: 'inwoners', weight: 2.5, reversed: true },
      { id: 'geregistreerde-misdrijven-per-1000-inwoners', weight: 1, reversed: false },
    ]);
    expect(notices).toHaveLength(2);
  });
});
