// SPDX-License-Identifier: EUPL-1.2
// Demo convenience only: the browser computes the code a demo account's authenticator app would
// show. Real users' secrets never reach the browser after enrolment.

const base32Alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** Decodes RFC 4648 base32 (case-insensitive, spaces and padding ignored). */
export function base32Decode(input: string): Uint8Array<ArrayBuffer> {
  const clean = input.toUpperCase().replace(/[\s=]/g, '');
  const bytes: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const char of clean) {
    const value = base32Alphabet.indexOf(char);
    if (value === -1) throw new Error(`Ongeldig base32-teken: ${char}`);
    buffer = (buffer << 5) | value;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >> bits) & 0xff);
    }
  }
  return new Uint8Array(bytes);
}

/** Options of totp(); the defaults are those of authenticator apps (RFC 6238: 30 s, 6 digits). */
export interface TotpOptions {
  periodSeconds?: number;
  digits?: number;
}

/** The HOTP value (RFC 4226) of `key` for `counter`, with HMAC-SHA1 from WebCrypto. */
export async function hotp(
  key: Uint8Array<ArrayBuffer>,
  counter: number,
  digits = 6,
): Promise<string> {
  const message = new Uint8Array(8);
  const view = new DataView(message.buffer);
  // Counters beyond 2^32 (after the year 2106 at 30 s) need the high word too.
  view.setUint32(0, Math.floor(counter / 2 ** 32));
  view.setUint32(4, counter >>> 0);
  const cryptoKey = await crypto.subtle.importKey(
    'raw',
    key,
    { name: 'HMAC', hash: 'SHA-1' },
    false,
    ['sign'],
  );
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', cryptoKey, message));
  const offset = (mac[mac.length - 1] ?? 0) & 0x0f;
  const binary =
    (((mac[offset] ?? 0) & 0x7f) << 24) |
    ((mac[offset + 1] ?? 0) << 16) |
    ((mac[offset + 2] ?? 0) << 8) |
    (mac[offset + 3] ?? 0);
  return String(binary % 10 ** digits).padStart(digits, '0');
}

/** The TOTP code (RFC 6238) of `key` at `timeMs`. */
export function totp(
  key: Uint8Array<ArrayBuffer>,
  timeMs: number,
  { periodSeconds = 30, digits = 6 }: TotpOptions = {},
): Promise<string> {
  return hotp(key, Math.floor(timeMs / 1000 / periodSeconds), digits);
}

/** The current code of a base32 secret, as an authenticator app would show it. */
export function totpFromBase32(secret: string, timeMs = Date.now()): Promise<string> {
  return totp(base32Decode(secret), timeMs);
}
