// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';

import { peerGroups, type PeerCandidate } from './peers';

const gemeente = (code: string, features: Partial<PeerCandidate> = {}): PeerCandidate => ({
  code,
  population: 20000,
  addressDensity: 1000,
  income: 32,
  ownerOccupiedShare: 60,
  corporationShare: 25,
  ...features,
});

// Deterministic pseudo-random numbers (LCG) so the "realistic" set is the same on every run.
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 2 ** 32;
    return state / 2 ** 32;
  };
}

function realisticSet(count: number): PeerCandidate[] {
  const random = seeded(342);
  return Array.from({ length: count }, (_, i) =>
    gemeente(`GM${String(1000 + i * 7).padStart(4, '0')}`, {
      population: Math.round(1000 * Math.exp(2 + 4 * random())),
      addressDensity: Math.round(100 + 4000 * random() ** 2),
      income: Math.round(280 + 80 * random()) / 10,
      ownerOccupiedShare: Math.round(30 + 50 * random()),
      corporationShare: Math.round(5 + 35 * random()),
    }),
  );
}

describe('peerGroups(candidates, options)', () => {
  it('computes the weighted RMS distance on z-scores (hand-computed)', () => {
    // Only income and owner-occupied share (weight 1 each):
    //   income 30, 32, 34: mean 32, sd √(8/3) = 1.63299 → z −1.2247, 0, 1.2247
    //   owner  50, 50, 80: mean 60, sd √200 = 14.1421 → z −0.7071, −0.7071, 1.4142
    // A–B: √((1.2247² + 0²) / 2) = √(1.5 / 2) = 0.8660
    // A–C: √((2.4495² + 2.1213²) / 2) = √((6 + 4.5) / 2) = 2.2913
    const weights = {
      population: 0,
      addressDensity: 0,
      corporationShare: 0,
      income: 1,
      ownerOccupiedShare: 1,
    };
    const groups = peerGroups(
      [
        gemeente('GM0003', { income: 34, ownerOccupiedShare: 80 }),
        gemeente('GM0001', { income: 30, ownerOccupiedShare: 50 }),
        gemeente('GM0002', { income: 32, ownerOccupiedShare: 50 }),
      ],
      { k: 2, weights, minimumSharedWeight: 2 },
    );
    const [a] = groups;
    expect(a?.code).toBe('GM0001');
    expect(a?.peers.map((p) => p.code)).toEqual(['GM0002', 'GM0003']);
    expect(a?.peers[0]?.distance).toBeCloseTo(Math.sqrt(0.75), 12);
    expect(a?.peers[1]?.distance).toBeCloseTo(Math.sqrt(5.25), 12);
    // The owner-occupied share is identical (gap 0), income differs by 1.22 sd.
    expect(a?.peers[0]?.reasons.map((r) => [r.feature, r.similar])).toEqual([
      ['ownerOccupiedShare', true],
      ['income', false],
    ]);
    expect(a?.peers[0]?.summary).toBe('Vergelijkbaar aandeel koopwoningen (50% vs 50%)');
  });

  it('explains peers in Dutch with the raw values', () => {
    const groups = peerGroups([
      gemeente('GM0001', { population: 12345, addressDensity: 1234, income: 32.1 }),
      gemeente('GM0002', { population: 13002, addressDensity: 1300, income: 33 }),
      gemeente('GM0003', {
        population: 400000,
        addressDensity: 4000,
        income: 40,
        ownerOccupiedShare: 30,
        corporationShare: 45,
      }),
    ]);
    const texts = groups[0]?.peers[0]?.reasons.map((r) => r.text);
    expect(texts).toContain('vergelijkbaar inwonertal (12.345 vs 13.002)');
    expect(texts).toContain('vergelijkbare stedelijkheid (1.234 vs 1.300 adressen per km²)');
    expect(texts).toContain('vergelijkbaar inkomen (€ 32.100 vs € 33.000)');
    expect(groups[0]?.peers[0]?.summary.startsWith('Vergelijkbaar')).toBe(true);
  });

  it('breaks distance ties by code', () => {
    // GM0200 and GM0300 are identical, so equally far from GM0100; the lower code comes first.
    const twin = { population: 50000, addressDensity: 2000 };
    const background = realisticSet(20);
    const candidates = [gemeente('GM0300', twin), gemeente('GM0100'), gemeente('GM0200', twin)];
    const groups = peerGroups([...candidates, ...background]);
    const order = groups.find((g) => g.code === 'GM0100')?.peers.map((p) => p.code) ?? [];
    const first = order.indexOf('GM0200');
    expect(first).toBeGreaterThanOrEqual(0);
    expect(order[first + 1]).toBe('GM0300');
  });

  it('imputes nothing: compares on shared features, or excludes with a reason', () => {
    const groups = peerGroups([
      gemeente('GM0001'),
      gemeente('GM0002', { population: 30000 }),
      gemeente('GM0003', { income: null }), // weight 3 of 4 left: still compared
      gemeente('GM0004', { income: null, addressDensity: null }), // weight 2: excluded
      gemeente('GM0005', { population: 50000, income: 35 }),
      ...realisticSet(20), // gives every feature a spread to standardise on
    ]);
    const byCode = new Map(groups.map((g) => [g.code, g]));
    expect(byCode.get('GM0003')?.note).toBe(
      'Inkomen ontbreekt; vergeleken op de overige kenmerken.',
    );
    expect(byCode.get('GM0003')?.peers[0]?.reasons.some((r) => r.feature === 'income')).toBe(false);
    expect(byCode.get('GM0004')).toMatchObject({
      peers: [],
      note: 'Niet vergeleken: te weinig kenmerken bekend (stedelijkheid en inkomen ontbreken).',
    });
    for (const g of groups) expect(g.peers.map((p) => p.code)).not.toContain('GM0004');
  });

  it('is deterministic and independent of input order', () => {
    const set = realisticSet(60);
    const groups = peerGroups(set);
    expect(peerGroups(set)).toEqual(groups);
    const shuffled = [...set].sort(() => 0).reverse();
    const random = seeded(7);
    for (let i = shuffled.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [shuffled[i], shuffled[j]] = [shuffled[j] as PeerCandidate, shuffled[i] as PeerCandidate];
    }
    expect(peerGroups(shuffled)).toEqual(groups);
    for (const g of groups) {
      expect(g.peers).toHaveLength(15);
      expect(g.peers.map((p) => p.code)).not.toContain(g.code);
      const distances = g.peers.map((p) => p.distance);
      expect(distances).toEqual([...distances].sort((x, y) => x - y));
      expect(g.peers.map((p) => p.rank)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
    }
  });

  it('refuses duplicate codes', () => {
    expect(() => peerGroups([gemeente('GM0001'), gemeente('GM0001')])).toThrow(/duplicate/);
  });
});
