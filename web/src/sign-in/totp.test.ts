// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';

import { base32Decode, hotp, totp, totpFromBase32 } from './totp';

// RFC 6238 appendix B uses the ASCII key "12345678901234567890" for HMAC-SHA1.
const rfcKey = new TextEncoder().encode('12345678901234567890');

describe('totp(key, timeMs, options)', () => {
  it.each([
    [59, '94287082'],
    [1111111109, '07081804'],
    [1111111111, '14050471'],
    [1234567890, '89005924'],
    [2000000000, '69279037'],
    [20000000000, '65353130'],
  ])('gives the RFC 6238 SHA-1 test value at T=%i s', async (seconds, expected) => {
    await expect(totp(rfcKey, seconds * 1000, { digits: 8 })).resolves.toBe(expected);
  });

  it('gives the last six digits by default, as authenticator apps do', async () => {
    await expect(totp(rfcKey, 59_000)).resolves.toBe('287082');
  });

  it('keeps the same code within one 30-second period', async () => {
    const start = 1111111110 * 1000;
    await expect(totp(rfcKey, start + 29_999)).resolves.toBe(await totp(rfcKey, start));
  });
});

describe('hotp(key, counter, digits)', () => {
  it('gives the RFC 4226 appendix D values', async () => {
    const expected = ['755224', '287082', '359152', '969429', '338314'];
    const actual = await Promise.all(expected.map((_, counter) => hotp(rfcKey, counter)));
    expect(actual).toEqual(expected);
  });
});

describe('base32Decode(input)', () => {
  it('decodes the base32 form of the RFC key, ignoring case, spaces and padding', () => {
    expect(base32Decode('GEZDGNBV GY3TQOJQ gezdgnbv gy3tqojq')).toEqual(rfcKey);
    expect(new TextDecoder().decode(base32Decode('MZXW6YQ='))).toBe('foob');
  });

  it('rejects characters outside the alphabet', () => {
    expect(() => base32Decode('ABC1')).toThrow(/base32/);
  });

  it('lets totpFromBase32 work on the secret as shown to users', async () => {
    await expect(totpFromBase32('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ', 59_000)).resolves.toBe(
      '287082',
    );
  });
});
