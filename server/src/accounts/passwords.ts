// SPDX-License-Identifier: EUPL-1.2
import { dictionary } from '@zxcvbn-ts/language-common';
import argon2 from 'argon2';

/** OWASP's argon2id baseline (19 MiB, 2 iterations); verification takes tens of milliseconds. */
const hashOptions = {
  type: argon2.argon2id,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

// The ~30,000 most common passwords from public breach corpora, plus Dutch favourites.
const commonPasswords = new Set([
  ...dictionary['passwords-common'],
  'wachtwoord',
  'welkom',
  'welkom01',
  'geheim',
  'voetbal',
  'ajax',
  'feyenoord',
  'psv',
  'nederland',
  'amsterdam',
  'rotterdam',
  'gemeente',
  'weerbaar',
  'zomer',
  'winter',
  'lente',
  'herfst',
]);

export const minimumPasswordLength = 12;

/** Returns a Dutch reason why the password is too weak, or null when it is acceptable. */
export function passwordWeakness(password: string, email?: string): string | null {
  if ([...password].length < minimumPasswordLength)
    return `Het wachtwoord moet minstens ${minimumPasswordLength} tekens hebben.`;
  const lower = password.toLowerCase();
  // Common passwords padded with digits or symbols ("wachtwoord2024!") are as guessable as the word.
  const core = lower.replace(/[\d\W_]+$/u, '').replace(/^[\d\W_]+/u, '');
  if (commonPasswords.has(lower) || (core.length > 0 && commonPasswords.has(core))) {
    return 'Dit wachtwoord komt voor in lijsten van veelgebruikte wachtwoorden. Kies een ander.';
  }
  if (new Set(lower).size < 5) return 'Dit wachtwoord heeft te weinig verschillende tekens.';
  if (/^(?:0123456789|1234567890|abcdefghij|qwertyuiop)/.test(lower))
    return 'Dit wachtwoord is een reeks van opeenvolgende tekens.';
  const local = email?.split('@')[0]?.toLowerCase();
  if (local && local.length >= 4 && lower.includes(local))
    return 'Het wachtwoord mag uw e-mailadres niet bevatten.';
  return null;
}

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, hashOptions);
}

/** Verifies without leaking timing differences for unknown users: pass null to verify against a dummy. */
export async function verifyPassword(hash: string | null, password: string): Promise<boolean> {
  if (!hash) {
    await argon2.verify(await dummyHash, password).catch(() => false);
    return false;
  }
  return argon2.verify(hash, password).catch(() => false);
}

const dummyHash = hashPassword('geen-echt-wachtwoord-alleen-voor-gelijke-tijd');
