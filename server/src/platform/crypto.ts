// SPDX-License-Identifier: EUPL-1.2
import {
  createCipheriv,
  createDecipheriv,
  createHash,
  randomBytes,
  timingSafeEqual,
} from 'node:crypto';

/**
 * Envelope encryption: each value gets its own random data key (AES-256-GCM), and that data key
 * is wrapped by the master key. Rotating the master key then means re-wrapping keys only.
 */
export function sealSecret(masterKey: Buffer, plaintext: string): string {
  const dataKey = randomBytes(32);
  const wrapped = gcmEncrypt(masterKey, dataKey);
  const body = gcmEncrypt(dataKey, Buffer.from(plaintext, 'utf8'));
  return `v1.${wrapped.toString('base64url')}.${body.toString('base64url')}`;
}

/** Reverses sealSecret; throws when the value was altered or sealed with another master key. */
export function openSecret(masterKey: Buffer, sealed: string): string {
  const [version, wrapped, body] = sealed.split('.');
  if (version !== 'v1' || !wrapped || !body) throw new Error('Onbekend versleutelformaat');
  const dataKey = gcmDecrypt(masterKey, Buffer.from(wrapped, 'base64url'));
  return gcmDecrypt(dataKey, Buffer.from(body, 'base64url')).toString('utf8');
}

/** A fresh data key for one record (a meldpunt case), and that key wrapped by the master key. */
export function newDataKey(masterKey: Buffer): { key: Buffer; wrapped: string } {
  const key = randomBytes(32);
  return { key, wrapped: wrapDataKey(masterKey, key) };
}

/** Wraps a data key with a master key; re-wrapping with a new master key is key rotation. */
export function wrapDataKey(masterKey: Buffer, key: Buffer): string {
  return `k1.${gcmEncrypt(masterKey, key).toString('base64url')}`;
}

/** Unwraps a data key; throws when it was altered or wrapped by another master key. */
export function unwrapDataKey(masterKey: Buffer, wrapped: string): Buffer {
  const [version, body] = wrapped.split('.');
  if (version !== 'k1' || !body) throw new Error('Onbekend sleutelformaat');
  return gcmDecrypt(masterKey, Buffer.from(body, 'base64url'));
}

/** Seals a value with a data key (AES-256-GCM, random IV, authenticated). */
export function sealWithDataKey(key: Buffer, plaintext: string): string {
  return `d1.${gcmEncrypt(key, Buffer.from(plaintext, 'utf8')).toString('base64url')}`;
}

/** Reverses sealWithDataKey. */
export function openWithDataKey(key: Buffer, sealed: string): string {
  const [version, body] = sealed.split('.');
  if (version !== 'd1' || !body) throw new Error('Onbekend versleutelformaat');
  return gcmDecrypt(key, Buffer.from(body, 'base64url')).toString('utf8');
}

/** Seals bytes (a file) with a data key: IV, tag and ciphertext in one buffer. */
export function sealBytesWithDataKey(key: Buffer, plaintext: Buffer): Buffer {
  return gcmEncrypt(key, plaintext);
}

/** Reverses sealBytesWithDataKey; throws when the bytes were altered. */
export function openBytesWithDataKey(key: Buffer, sealed: Buffer): Buffer {
  return gcmDecrypt(key, sealed);
}

function gcmEncrypt(key: Buffer, plaintext: Buffer): Buffer {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), ciphertext]);
}

function gcmDecrypt(key: Buffer, sealed: Buffer): Buffer {
  const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, 12));
  decipher.setAuthTag(sealed.subarray(12, 28));
  return Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]);
}

/** A random token for cookies and e-mailed links (256 bits, URL-safe). */
export function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

/** SHA-256 in hex: how tokens are stored, so a database leak reveals no usable token. */
export function sha256Hex(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

/** Constant-time string comparison for tokens. */
export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
