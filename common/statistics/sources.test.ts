// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';

import { gemeenteCodesIn, successions } from './herindelingen';
import { levelOfCode, policeUnitCode } from './levels';
import { sourceColumns, sourceListSchema, sources, sourceYears } from './sources';

describe('sources (which file and column fills which variable)', () => {
  it('has exactly one source per variable, period and level', () => {
    expect(sourceListSchema.safeParse(sources).success).toBe(true);
    const twice = [...sources, { ...sources[0]!, file: 'kwb/kopie.csv' }];
    const result = sourceListSchema.safeParse(twice);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain(
      'population|2024|land komt ook uit kwb/kwb_2024_bevolking_alle_niveaus.csv',
    );
  });

  it('takes 2024 population at every level from kwb_2024_bevolking_alle_niveaus.csv', () => {
    const owners = sources.filter(
      (s) => s.columns.some((c) => c.variable === 'population') && sourceYears(s)?.includes(2024),
    );
    expect(owners.map((s) => s.file)).toEqual(['kwb/kwb_2024_bevolking_alle_niveaus.csv']);
  });

  it('names the years in the file name that a period column may hold', () => {
    for (const source of sources) {
      const named = [...source.file.matchAll(/_(\d{4})/g)].map((m) => Number(m[1]));
      const years = sourceYears(source);
      if (named.length === 1) expect(years, source.file).toEqual(named);
      if (named.length === 2)
        expect(years, source.file).toEqual([named[0]!, named[0]! + 1, named[1]!]);
    }
  });

  it('lists every column of a header once, mapped or explained', () => {
    for (const source of sources) {
      const columns = sourceColumns(source);
      expect(new Set(columns).size, source.file).toBe(columns.length);
      for (const mapping of source.columns)
        expect(source.otherColumns[mapping.column], mapping.column).toBeUndefined();
    }
  });
});

describe('herindelingen', () => {
  const codes2024 = new Set(['GM0363', 'GM1992', 'GM0014']);

  it('derives the 2022 division: Weesp and the three Voorne gemeenten, no Voorne aan Zee', () => {
    const codes = gemeenteCodesIn(2022, codes2024);
    expect([...(codes ?? [])].sort()).toEqual([
      'GM0014',
      'GM0363',
      'GM0457',
      'GM0501',
      'GM0530',
      'GM0614',
    ]);
    expect(gemeenteCodesIn(2023, codes2024)).toEqual(codes2024);
    expect(gemeenteCodesIn(2020, codes2024)).toBeNull();
  });

  it('lists every predecessor of a changed gemeente, itself included when it kept its code', () => {
    const into = (code: string) =>
      successions.filter((s) => s.toCode === code).map((s) => s.fromCode);
    expect(into('GM0363')).toEqual(['GM0363', 'GM0457']);
    expect(into('GM1992')).toEqual(['GM0501', 'GM0530', 'GM0614']);
  });
});

describe('levelOfCode(code), policeUnitCode(name)', () => {
  it('knows every level by its code format, letters in wijk and buurt codes included', () => {
    expect(
      ['NL00', 'PV27', 'VR13', 'PE-AMSTERDAM', 'GM0363', 'WK0363AA', 'BU0363AA01'].map(levelOfCode),
    ).toEqual([
      'land',
      'provincie',
      'veiligheidsregio',
      'politie-eenheid',
      'gemeente',
      'wijk',
      'buurt',
    ]);
    expect(levelOfCode('GM363')).toBeNull();
  });

  it('derives a stable code from the Politie unit name', () => {
    expect(policeUnitCode('Zeeland - West-Brabant')).toBe('PE-ZEELAND-WEST-BRABANT');
    expect(policeUnitCode('Den Haag')).toBe('PE-DEN-HAAG');
  });
});
