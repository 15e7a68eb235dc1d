// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';

import {
  disclosureRulesText,
  exactDutchNumber,
  packageDefinitionLines,
  packageMethodHeading,
  packageProvenanceText,
} from './package-text';

describe('exactDutchNumber(value)', () => {
  it('keeps every digit, with a decimal comma and a thousands point', () => {
    expect(exactDutchNumber(24.62)).toBe('24,62');
    expect(exactDutchNumber(1234567.25)).toBe('1.234.567,25');
    expect(exactDutchNumber(99.51495553759094)).toBe('99,51495553759094');
    expect(exactDutchNumber(-1500)).toBe('-1.500');
    expect(exactDutchNumber(0)).toBe('0');
    expect(exactDutchNumber(null)).toBe('–');
  });
});

describe('disclosureRulesText(rules)', () => {
  it('names each rule the manifest states', () => {
    expect(disclosureRulesText({ minCount: 10, roundingBase: 5, dominanceShare: 0.85 })).toBe(
      'minimaal 10 eenheden per cel; aantallen onder gemeenteniveau afgerond op veelvouden van 5; dominantieregel: de grootste twee bijdragers samen hoogstens 85% van het totaal; secundaire onderdrukking over buurt, wijk, gemeente en land.',
    );
  });

  it('shows an unknown shape as it is instead of guessing', () => {
    expect(disclosureRulesText({ k: 3 })).toBe('{"k":3}');
  });
});

const pkg = {
  id: 4,
  name: 'pakket-2024',
  period: '2024',
  softwareVersion: 'weerbaar 0.1.0',
  disclosure: { minCount: 10 },
  marker: null,
};
const count = {
  name: 'Drugsverdachten',
  unit: 'aantal',
  measures: 'Verdachten van drugsmisdrijven.',
  numerator: 'verdachten',
  denominator: null,
  methodology: 'Naar woongemeente.',
};

describe('packageMethodHeading(pkg, indicator)', () => {
  it('opens with the marker of a synthetic package, and only then', () => {
    expect(packageMethodHeading(pkg, count)).toBe('Drugsverdachten (pakket pakket-2024, 2024)');
    expect(packageMethodHeading({ ...pkg, marker: 'Synthetische demonstratiedata' }, count)).toBe(
      'Synthetische demonstratiedata: Drugsverdachten (pakket pakket-2024, 2024)',
    );
  });
});

describe('packageDefinitionLines(indicator)', () => {
  it('names the populations, and says a count has no denominator', () => {
    expect(packageDefinitionLines(count)).toEqual([
      ['Wat het meet', 'Verdachten van drugsmisdrijven.'],
      ['Teller', 'verdachten'],
      ['Noemer', 'geen; het cijfer is een aantal'],
      ['Eenheid', 'aantal'],
      ['Methode', 'Naar woongemeente.'],
    ]);
  });
});

describe('packageProvenanceText(pkg)', () => {
  it('names package, period, software and the disclosure rules', () => {
    expect(packageProvenanceText(pkg)).toBe(
      'Bron: statistiekpakket pakket-2024 (nummer 4), periode 2024, gemaakt met pijplijn weerbaar 0.1.0. Openbaarmakingsregels: minimaal 10 eenheden per cel; secundaire onderdrukking over buurt, wijk, gemeente en land.',
    );
  });
});
