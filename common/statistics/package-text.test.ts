// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';

import { disclosureRulesText, exactDutchNumber } from './package-text';

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
