// SPDX-License-Identifier: EUPL-1.2
import { createCipheriv, randomBytes } from 'node:crypto';

import { describe, expect, it } from 'vitest';

import {
  masterKeyIdOf,
  openSecret,
  rewrapSecret,
  sealSecret,
  unwrapDataKey,
  wrapDataKey,
} from './crypto';
import { blindIndex, blindIndexCandidates, keyIdOf, keyringOf } from './keyring';

/** A value in the format used before key ids (v1 / k1), as older databases hold it. */
function legacyWrap(master: Buffer, key: Buffer): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', master, iv);
  const body = Buffer.concat([cipher.update(key), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
}

describe('keyringOf(current, previous)', () => {
  it('tags values with the current key id and opens them with whichever key they name', () => {
    const oldKey = randomBytes(32);
    const newKey = randomBytes(32);
    const sealedOld = sealSecret(keyringOf(oldKey), 'geheim');
    expect(masterKeyIdOf(sealedOld)).toBe(keyIdOf(oldKey));
    const window = keyringOf(newKey, oldKey);
    expect(openSecret(window, sealedOld)).toBe('geheim');
    const moved = rewrapSecret(window, sealedOld);
    expect(masterKeyIdOf(moved)).toBe(keyIdOf(newKey));
    // Only the wrapped data key changed: the encrypted body is the same bytes.
    expect(moved.split('.')[3]).toBe(sealedOld.split('.')[3]);
    expect(openSecret(keyringOf(newKey), moved)).toBe('geheim');
    expect(() => openSecret(keyringOf(newKey), sealedOld)).toThrow(/niet is ingesteld/);
  });

  it('opens untagged legacy values (v1, k1) with either key of the ring', () => {
    const oldKey = randomBytes(32);
    const dataKey = randomBytes(32);
    const legacy = `k1.${legacyWrap(oldKey, dataKey)}`;
    expect(masterKeyIdOf(legacy)).toBeNull();
    expect(unwrapDataKey(keyringOf(randomBytes(32), oldKey), legacy)).toEqual(dataKey);
    expect(() => unwrapDataKey(keyringOf(randomBytes(32)), legacy)).toThrow(/Geen ingestelde/);
    const rewrapped = wrapDataKey(keyringOf(randomBytes(32), oldKey), dataKey);
    expect(rewrapped.startsWith('k2.')).toBe(true);
  });

  it('refuses a previous key equal to the current one', () => {
    const key = randomBytes(32);
    expect(() => keyringOf(key, key)).toThrow(/gelijk/);
  });
});

describe('blindIndex(ring, purpose, value)', () => {
  it('is stable per key and purpose, differs across keys, and lists both during a window', () => {
    const oldKey = randomBytes(32);
    const newKey = randomBytes(32);
    const before = blindIndex(keyringOf(oldKey), 'p', 'u1');
    expect(blindIndex(keyringOf(oldKey), 'p', 'u1')).toBe(before);
    expect(blindIndex(keyringOf(oldKey), 'q', 'u1')).not.toBe(before);
    expect(blindIndex(keyringOf(oldKey), 'p', 'u2')).not.toBe(before);
    const window = keyringOf(newKey, oldKey);
    expect(blindIndex(window, 'p', 'u1')).not.toBe(before);
    expect(blindIndexCandidates(window, 'p', 'u1')).toContain(before);
    expect(before).not.toContain('u1');
  });
});
