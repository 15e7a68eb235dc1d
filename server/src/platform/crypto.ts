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
