// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';

import { organisationTypes, requiresMfa, roles, rolesByOrganisationType } from './roles';

describe('requiresMfa(roles)', () => {
  it('requires a second factor as soon as one role can see confidential data', () => {
    expect(requiresMfa(['analist'])).toBe(false);
    expect(requiresMfa(['analist', 'beheerder'])).toBe(true);
    expect(requiresMfa([])).toBe(false);
  });
});

describe('rolesByOrganisationType', () => {
  it('offers a beheerder in every organisation type and places every role somewhere', () => {
    for (const type of organisationTypes)
      expect(rolesByOrganisationType[type]).toContain('beheerder');
    const placed = new Set(organisationTypes.flatMap((type) => rolesByOrganisationType[type]));
    expect([...placed].sort()).toEqual([...roles].sort());
  });
});
