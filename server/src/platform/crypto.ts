// SPDX-License-Identifier: EUPL-1.2
import {
  createCipheriv,
  createDecipheriv,
  createHash,
  randomBytes,
  timingSafeEqual,
} from 'node:crypto';

import { keyById, keysOf, type Keyring, type MasterKey } from './keyring';

/**
 * Envelope encryption: each value gets its own random data key (AES-256-GCM), and that data key
 * is wrapped by the current master key, tagged with its id (`v2.<key id>.<wrapped>.<body>`).
 * Rotating the master key then means re-wrapping keys only (`rewrapSecret`).
 */
export function sealSecret(ring: Keyring, plaintext: string): string {
  const dataKey = randomBytes(32);
  const body = gcmEncrypt(dataKey, Buffer.from(plaintext, 'utf8'));
  return `v2.${ring.current.id}.${wrapRaw(ring.current, dataKey)}.${body.toString('base64url')}`;
}

/** Reverses sealSecret with whichever key of the ring wrapped it; throws when altered or no key fits. */
export function openSecret(ring: Keyring, sealed: string): string {
  const { dataKey, body } = openEnvelope(ring, sealed);
  return gcmDecrypt(dataKey, Buffer.from(body, 'base64url')).toString('utf8');
}

/**
 * The same secret with its data key re-wrapped by the current master key; the encrypted body is
 * kept byte for byte. Throws (changing nothing) when no key of the ring opens it.
 */
export function rewrapSecret(ring: Keyring, sealed: string): string {
  const { dataKey, body } = openEnvelope(ring, sealed);
  return `v2.${ring.current.id}.${wrapRaw(ring.current, dataKey)}.${body}`;
}

function openEnvelope(ring: Keyring, sealed: string): { dataKey: Buffer; body: string } {
  const parts = sealed.split('.');
  if (parts[0] === 'v1' && parts.length === 3 && parts[1] && parts[2])
    return { dataKey: unwrapLegacy(ring, parts[1]), body: parts[2] };
  if (parts[0] === 'v2' && parts.length === 4 && parts[1] && parts[2] && parts[3])
    return { dataKey: unwrapRaw(keyById(ring, parts[1]), parts[2]), body: parts[3] };
  throw new Error('Onbekend versleutelformaat');
}

/** The id of the master key a sealed secret or wrapped data key is under; null for untagged (v1, k1) values. */
export function masterKeyIdOf(value: string): string | null {
  const [version, id] = value.split('.');
  return (version === 'v2' || version === 'k2') && id ? id : null;
}

/** A fresh data key for one record (a meldpunt case), and that key wrapped by the master key. */
export function newDataKey(ring: Keyring): { key: Buffer; wrapped: string } {
  const key = randomBytes(32);
  return { key, wrapped: wrapDataKey(ring, key) };
}

/** Wraps a data key with the current master key (`k2.<key id>.<wrapped>`). */
export function wrapDataKey(ring: Keyring, key: Buffer): string {
  return `k2.${ring.current.id}.${wrapRaw(ring.current, key)}`;
}

/** Unwraps a data key with the key of the ring it names; throws when altered or no key fits. */
export function unwrapDataKey(ring: Keyring, wrapped: string): Buffer {
  const parts = wrapped.split('.');
  if (parts[0] === 'k1' && parts.length === 2 && parts[1]) return unwrapLegacy(ring, parts[1]);
  if (parts[0] === 'k2' && parts.length === 3 && parts[1] && parts[2])
    return unwrapRaw(keyById(ring, parts[1]), parts[2]);
  throw new Error('Onbekend sleutelformaat');
}

function wrapRaw(master: MasterKey, key: Buffer): string {
  return gcmEncrypt(master.key, key).toString('base64url');
}

function unwrapRaw(master: MasterKey, wrapped: string): Buffer {
  return gcmDecrypt(master.key, Buffer.from(wrapped, 'base64url'));
}

/** Values from before key ids (v1, k1) name no key: each key of the ring is tried, current first. */
function unwrapLegacy(ring: Keyring, wrapped: string): Buffer {
  for (const master of keysOf(ring)) {
    try {
      return unwrapRaw(master, wrapped);
    } catch {
      // Authentication failed under this key; try the next one.
    }
  }
  throw new Error('Geen ingestelde hoofdsleutel opent deze waarde');
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
