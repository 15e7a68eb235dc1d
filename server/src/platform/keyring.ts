// SPDX-License-Identifier: EUPL-1.2
import { createHash, createHmac, hkdfSync } from 'node:crypto';

/** One master key and its id: the first 8 hex digits of a hash of the key, never the key itself. */
export interface MasterKey {
  id: string;
  key: Buffer;
}

/**
 * The master keys the server holds: `current` seals and wraps everything new; `previous` (only
 * during a rotation window) still opens values wrapped before the switch.
 */
export interface Keyring {
  current: MasterKey;
  previous: MasterKey | null;
}

/** The id of a key; tagged into every wrapped value so the right key is chosen without trying. */
export function keyIdOf(key: Buffer): string {
  return createHash('sha256')
    .update('weerbaar-master-key-id:')
    .update(key)
    .digest('hex')
    .slice(0, 8);
}

/** A keyring from raw keys; refuses a previous key equal to the current one. */
export function keyringOf(current: Buffer, previous: Buffer | null = null): Keyring {
  if (current.length !== 32) throw new Error('De hoofdsleutel moet 32 bytes zijn');
  if (previous && previous.length !== 32)
    throw new Error('De vorige hoofdsleutel moet 32 bytes zijn');
  if (previous?.equals(current)) throw new Error('De vorige hoofdsleutel is gelijk aan de huidige');
  return {
    current: { id: keyIdOf(current), key: current },
    previous: previous ? { id: keyIdOf(previous), key: previous } : null,
  };
}

/** Every key of the ring, current first (the order legacy untagged values are tried in). */
export function keysOf(ring: Keyring): MasterKey[] {
  return ring.previous ? [ring.current, ring.previous] : [ring.current];
}

/** The key with this id, or an error naming the id (a value wrapped by a key the ring lacks). */
export function keyById(ring: Keyring, id: string): MasterKey {
  const found = keysOf(ring).find((k) => k.id === id);
  if (!found)
    throw new Error(
      `Waarde is versleuteld met hoofdsleutel ${id}, die niet is ingesteld (huidige: ${keysOf(ring)
        .map((k) => k.id)
        .join(', ')})`,
    );
  return found;
}

/**
 * A blind index: HMAC-SHA256 of a value under a key derived (HKDF) from one master key for one
 * purpose, tagged with that master key's id. Equal values give equal indexes, so a lookup works,
 * while the database alone cannot tell which value it stands for.
 */
export function blindIndexWith(master: MasterKey, purpose: string, value: string): string {
  const mac = createHmac('sha256', indexKey(master, purpose)).update(value);
  return `${master.id}.${mac.digest('base64url')}`;
}

// HKDF costs more than the HMAC itself; the derived keys live as long as the master key in memory.
const derived = new WeakMap<Buffer, Map<string, Buffer>>();

function indexKey(master: MasterKey, purpose: string): Buffer {
  let perPurpose = derived.get(master.key);
  if (!perPurpose) derived.set(master.key, (perPurpose = new Map()));
  let key = perPurpose.get(purpose);
  if (!key) {
    key = Buffer.from(hkdfSync('sha256', master.key, '', `weerbaar/blind-index/${purpose}`, 32));
    perPurpose.set(purpose, key);
  }
  return key;
}

/** The blind index under the current key: what new rows store. */
export function blindIndex(ring: Keyring, purpose: string, value: string): string {
  return blindIndexWith(ring.current, purpose, value);
}

/** The indexes a value may be stored under during a rotation window (one per key of the ring). */
export function blindIndexCandidates(ring: Keyring, purpose: string, value: string): string[] {
  return keysOf(ring).map((k) => blindIndexWith(k, purpose, value));
}
