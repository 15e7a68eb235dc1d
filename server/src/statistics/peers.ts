// SPDX-License-Identifier: EUPL-1.2
/**
 * Peer groups: for every gemeente the ~15 most similar gemeenten of the same year on size,
 * urbanity, income and housing mix, each with the reasons in Dutch. Pure and reproducible: the
 * same input in any order gives the same groups. Methods: docs/statistics-methods.md.
 */
import { standardScores } from './percentile';

/** The features compared, in a fixed order (also the tie-break order of reasons). */
export const peerFeatures = [
  'population',
  'addressDensity',
  'income',
  'ownerOccupiedShare',
  'corporationShare',
] as const;
export type PeerFeature = (typeof peerFeatures)[number];

/**
 * One gemeente's raw features for one year; null when the source has no value (nothing is
 * imputed). Units: inhabitants; addresses per km² (omgevingsadressendichtheid); mean standardised
 * household income in € 1,000; owner-occupied and corporation dwellings as % of all dwellings.
 */
export type PeerCandidate = { code: string } & Record<PeerFeature, number | null>;

/** How the gemeente and a peer compare on one feature, in raw units and in standard deviations. */
export interface PeerReason {
  feature: PeerFeature;
  value: number;
  peerValue: number;
  /** |z − z_peer|: the gap in standard deviations across all gemeenten (after the log). */
  gap: number;
  /** gap ≤ the `similarGap` option (0.5 sd by default). */
  similar: boolean;
  /** e.g. "vergelijkbaar inwonertal (12.345 vs 13.002)". */
  text: string;
}

export interface Peer {
  code: string;
  /** 1 = nearest. */
  rank: number;
  /** Weighted root-mean-square gap in standard deviations over the shared features. */
  distance: number;
  /** Every shared feature, closest first. */
  reasons: PeerReason[];
  /** Dutch summary of up to three similar features. */
  summary: string;
}

export interface PeerGroup {
  code: string;
  featuresUsed: PeerFeature[];
  /** Dutch note when features were missing or the gemeente could not be compared. */
  note: string | null;
  peers: Peer[];
}

export interface PeerOptions {
  /** Group size; default 15. */
  k?: number;
  /** Default: 1 for size, urbanity and income; 0.5 each for the two housing shares. */
  weights?: Partial<Record<PeerFeature, number>>;
  /** Minimum summed weight of features a pair must share; default 3 (of 4). */
  minimumSharedWeight?: number;
  /** Largest gap (sd) still called similar; default 0.5. */
  similarGap?: number;
}

interface FeatureText {
  noun: string;
  adjective: 'vergelijkbaar' | 'vergelijkbare';
  format: (x: number) => string;
  unit?: string;
}

// Dutch number format (12.345 and 32,1) by hand: cheap, and independent of Node's ICU data.
function nl(x: number, digits: number): string {
  const [whole = '', fraction = ''] = Math.abs(x).toFixed(digits).split('.');
  let grouped = '';
  for (let i = 0; i < whole.length; i++)
    grouped += (i > 0 && (whole.length - i) % 3 === 0 ? '.' : '') + whole.charAt(i);
  const decimals = fraction.replace(/0+$/, '');
  return `${x < 0 ? '−' : ''}${grouped}${decimals ? `,${decimals}` : ''}`;
}
const whole = (x: number): string => nl(x, 0);
const percent = (x: number): string => `${nl(x, 1)}%`;

const TEXT: Record<PeerFeature, FeatureText> = {
  population: { noun: 'inwonertal', adjective: 'vergelijkbaar', format: whole },
  addressDensity: {
    noun: 'stedelijkheid',
    adjective: 'vergelijkbare',
    format: whole,
    unit: ' adressen per km²',
  },
  income: { noun: 'inkomen', adjective: 'vergelijkbaar', format: (x) => `€ ${whole(x * 1000)}` },
  ownerOccupiedShare: { noun: 'aandeel koopwoningen', adjective: 'vergelijkbaar', format: percent },
  corporationShare: {
    noun: 'aandeel corporatiewoningen',
    adjective: 'vergelijkbaar',
    format: percent,
  },
};

/** The Dutch noun of a feature ("stedelijkheid"), for texts that list the features used. */
export const peerFeatureNoun = (feature: string): string =>
  feature in TEXT ? TEXT[feature as PeerFeature].noun : feature;

// Size and density are heavily skewed (Amsterdam vs Schiermonnikoog), so they are compared on a
// log scale; a non-positive value cannot be logged and counts as missing.
const LOGGED: ReadonlySet<PeerFeature> = new Set(['population', 'addressDensity']);
const DEFAULT_WEIGHTS: Record<PeerFeature, number> = {
  population: 1,
  addressDensity: 1,
  income: 1,
  ownerOccupiedShare: 0.5,
  corporationShare: 0.5,
};

/**
 * Peer groups for all candidates (one year's gemeenten). Guarantees: features are z-scored across
 * all candidates that have them; distance uses only features both have and requires a minimum
 * shared weight; ties are broken by code; one group per candidate, sorted by code; output does not
 * depend on input order. Throws on duplicate codes.
 */
export function peerGroups(
  candidates: readonly PeerCandidate[],
  options: PeerOptions = {},
): PeerGroup[] {
  const weights = { ...DEFAULT_WEIGHTS, ...options.weights };
  const settings = {
    k: options.k ?? 15,
    minimum: options.minimumSharedWeight ?? 3,
    similarGap: options.similarGap ?? 0.5,
    weights: peerFeatures.map((f) => weights[f]),
  };
  const sorted = [...candidates].sort((a, b) => (a.code < b.code ? -1 : 1));
  sorted.forEach((c, i) => {
    if (sorted[i - 1]?.code === c.code) throw new Error(`duplicate gemeente ${c.code}`);
  });
  const z = standardise(sorted);
  const own = z.map((row) => peerFeatures.filter((f, x) => row[x] !== null && weights[f] > 0));
  const eligible = own.map((fs) => fs.reduce((s, f) => s + weights[f], 0) >= settings.minimum);

  return sorted.map((candidate, i): PeerGroup => {
    const featuresUsed = own[i] ?? [];
    const missing = peerFeatures.filter((f) => !featuresUsed.includes(f) && weights[f] > 0);
    if (!eligible[i])
      return { code: candidate.code, featuresUsed, note: excluded(missing), peers: [] };
    const peers = nearest(i, z, eligible, settings).map(({ j, distance }, index): Peer => {
      const other = sorted[j] as PeerCandidate;
      const reasons = explain(candidate, other, z[i] ?? [], z[j] ?? [], settings.similarGap);
      return { code: other.code, rank: index + 1, distance, reasons, summary: summarise(reasons) };
    });
    const note = missing.length
      ? capitalise(`${listNouns(missing)} ${lacks(missing)}; vergeleken op de overige kenmerken.`)
      : null;
    return { code: candidate.code, featuresUsed, note, peers };
  });
}

type Row = readonly (number | null)[];
interface Settings {
  k: number;
  minimum: number;
  weights: readonly number[];
}

// Plain loops: this runs for every pair of gemeenten (342² ≈ 117,000 pairs per year).
function nearest(i: number, z: readonly Row[], eligible: readonly boolean[], s: Settings) {
  const a = z[i] ?? [];
  const found: { j: number; distance: number }[] = [];
  for (let j = 0; j < z.length; j++) {
    if (j === i || !eligible[j]) continue;
    const b = z[j] ?? [];
    let squares = 0;
    let shared = 0;
    for (let f = 0; f < s.weights.length; f++) {
      const w = s.weights[f] ?? 0;
      const x = a[f];
      const y = b[f];
      if (w <= 0 || x === null || x === undefined || y === null || y === undefined) continue;
      squares += w * (x - y) ** 2;
      shared += w;
    }
    if (shared >= s.minimum) found.push({ j, distance: Math.sqrt(squares / shared) });
  }
  // Candidates are sorted by code, so j breaks distance ties by code.
  return found.sort((p, q) => p.distance - q.distance || p.j - q.j).slice(0, s.k);
}

function explain(
  candidate: PeerCandidate,
  other: PeerCandidate,
  a: Row,
  b: Row,
  similarGap: number,
): PeerReason[] {
  return peerFeatures
    .flatMap((feature, f): PeerReason[] => {
      const x = a[f];
      const y = b[f];
      if (x === null || x === undefined || y === null || y === undefined) return [];
      const value = candidate[feature] as number;
      const peerValue = other[feature] as number;
      const t = TEXT[feature];
      const text = `${t.adjective} ${t.noun} (${t.format(value)} vs ${t.format(peerValue)}${t.unit ?? ''})`;
      const gap = Math.abs(x - y);
      return [{ feature, value, peerValue, gap, similar: gap <= similarGap, text }];
    })
    .sort(
      (p, q) => p.gap - q.gap || peerFeatures.indexOf(p.feature) - peerFeatures.indexOf(q.feature),
    );
}

// z-scores per candidate (rows) and feature (columns, in peerFeatures order); null = unusable.
function standardise(sorted: readonly PeerCandidate[]): Row[] {
  const columns = peerFeatures.map((f) => {
    const transformed = sorted.map((c) => {
      const raw = c[f];
      if (raw === null || !Number.isFinite(raw)) return null;
      if (!LOGGED.has(f)) return raw;
      return raw > 0 ? Math.log(raw) : null;
    });
    const stats = standardScores(transformed.filter((x): x is number => x !== null));
    // A feature without spread cannot tell gemeenten apart; it is left out for everyone.
    return transformed.map((x) => (x === null || !stats ? null : (x - stats.mean) / stats.sd));
  });
  return sorted.map((_, i) => columns.map((column) => column[i] ?? null));
}

function summarise(reasons: readonly PeerReason[]): string {
  const similar = reasons.filter((r) => r.similar).slice(0, 3);
  if (similar.length === 0)
    return 'Geen afzonderlijk kenmerk sterk vergelijkbaar; gekozen op de totale afstand.';
  return capitalise(similar.map((r) => r.text).join(', '));
}

function excluded(missing: readonly PeerFeature[]): string {
  return `Niet vergeleken: te weinig kenmerken bekend (${listNouns(missing)} ${lacks(missing)}).`;
}

function listNouns(features: readonly PeerFeature[]): string {
  const nouns = features.map((f) => TEXT[f].noun);
  return nouns.length < 2
    ? (nouns[0] ?? '')
    : `${nouns.slice(0, -1).join(', ')} en ${nouns.at(-1)}`;
}

const lacks = (missing: readonly unknown[]): string =>
  missing.length > 1 ? 'ontbreken' : 'ontbreekt';

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
