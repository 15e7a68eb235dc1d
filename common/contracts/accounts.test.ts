// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';

import { createOrgUserRequestSchema, emailSchema, signInRequestSchema } from './accounts';

describe('emailSchema', () => {
  it('normalises case and whitespace and refuses non-addresses', () => {
    expect(emailSchema.parse('  Anna@Gemeente.NL ')).toBe('anna@gemeente.nl');
    expect(emailSchema.safeParse('anna@').success).toBe(false);
    expect(emailSchema.safeParse('<script>@x.nl').success).toBe(false);
  });
});

describe('request schemas', () => {
  it('refuse unknown fields', () => {
    expect(
      signInRequestSchema.safeParse({ email: 'a@b.nl', password: 'x', admin: true }).success,
    ).toBe(false);
  });
  it('keep HTML in names as plain text', () => {
    const parsed = createOrgUserRequestSchema.parse({
      email: 'a@b.nl',
      name: '<b>Jan</b>',
      roles: ['analist'],
    });
    expect(parsed.name).toBe('<b>Jan</b>');
  });
});
