// SPDX-License-Identifier: EUPL-1.2
import { randomInt } from 'node:crypto';

import argon2 from 'argon2';

import { sha256Hex } from '../platform/crypto';

/** argon2id as for passwords (OWASP baseline): a stolen database gives no usable secret. */
const hashOptions = {
  type: argon2.argon2id,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

/** Letters and digits that cannot be mistaken for each other when written down (no 0/O, 1/l/I). */
const secretAlphabet = 'abcdefghjkmnpqrstuvwxyz23456789';

/**
 * A new receipt code (16 random digits, like GlobaLeaks: it looks like a phone number in a
 * notebook) and a secret (5 groups of 4 characters, about 99 bits). Both are shown once.
 */
export function newCredentials(): { receipt: string; secret: string } {
  const digits = Array.from({ length: 16 }, () => String(randomInt(10))).join('');
  const chars = Array.from({ length: 20 }, () => secretAlphabet[randomInt(secretAlphabet.length)]);
  return {
    receipt: (digits.match(/.{4}/g) ?? []).join(' '),
    secret: (chars.join('').match(/.{4}/g) ?? []).join('-'),
  };
}

/** The receipt as typed, without spaces or dashes; null when it cannot be a receipt. */
export function normaliseReceipt(receipt: string): string | null {
  const digits = receipt.replace(/[\s-]/g, '');
  return /^[0-9]{16}$/.test(digits) ? digits : null;
}

const normaliseSecret = (secret: string) => secret.replace(/[\s-]/g, '').toLowerCase();

/** How the receipt is stored and looked up: SHA-256 (the receipt itself has 53 bits of chance). */
export function receiptHash(receipt: string): string {
  return sha256Hex(`tip-receipt:${normaliseReceipt(receipt) ?? ''}`);
}

export function hashSecret(secret: string): Promise<string> {
  return argon2.hash(normaliseSecret(secret), hashOptions);
}

const dummyHash = hashSecret('geen-echte-code-alleen-voor-gelijke-tijd');

/**
 * Checks the secret against its stored hash. With no stored hash (unknown receipt) it verifies
 * against a dummy, so a wrong receipt takes as long as a wrong secret.
 */
export async function verifySecret(hash: string | null, secret: string): Promise<boolean> {
  const ok = await argon2
    .verify(hash ?? (await dummyHash), normaliseSecret(secret))
    .catch(() => false);
  return hash !== null && ok;
}
