// SPDX-License-Identifier: EUPL-1.2
/**
 * Series across herindelingen: values stay stored in their own year's municipal division; this
 * rebuilds a series in the newest division by adding up the merged municipalities' counts, or
 * numerators and denominators. Pure. Methods: docs/statistics-methods.md.
 */
import { isUsable, type IndicatorKind, type RegionValue, type ValueStatus } from './comparison';

/** `fromCode` existed up to and including `fromYear`; from `toYear` on it is part of `toCode`. */
export interface Succession {
  fromCode: string;
  fromYear: number;
  toCode: string;
  toYear: number;
}

/** A region's value in one period, in that period's own division. */
export interface PeriodValue extends RegionValue {
  period: number;
}

export type HarmonisedStatus = ValueStatus | 'not-harmonisable';

export interface HarmonisedPoint {
  /** Region code in the target division. */
  code: string;
  period: number;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  status: HarmonisedStatus;
  /** True when the point was built from other codes than its own (a merger or a renaming). */
  harmonised: boolean;
  /** True for weighted means of published means. */
  approximate: boolean;
  /** Source codes of that period, sorted. */
  sources: string[];
  /** Dutch explanation when the point is harmonised without a value. */
  reason: string | null;
}

export interface HarmonisedSeries {
  targetYear: number;
  /** False when the indicator, or at least one affected point, cannot be harmonised. */
  harmonisable: boolean;
  reason: string | null;
  /** Sorted by code, then period. */
  points: HarmonisedPoint[];
}

export interface HarmoniseInput {
  kind: IndicatorKind;
  multiplier?: number;
  /** The division to express the series in (the newest year). */
  targetYear: number;
  /** Every region of every period's division, with status `missing` when it has no value. */
  values: readonly PeriodValue[];
  successions: readonly Succession[];
}

const MEDIAN =
  'Een mediaan van samengevoegde gemeenten is niet uit de medianen van de delen te berekenen.';
const NO_WEIGHT =
  'Een gemiddelde of percentage zonder het aantal waarop het berust is niet op te tellen.';
const NO_BASE = 'Teller en noemer ontbreken; een verhouding is niet op te tellen.';

/**
 * Expresses every period in the division of `targetYear`. Guarantees: regions untouched by a
 * herindeling pass through unchanged (`harmonised: false`); a merged point is a sum of counts, or
 * Σ numerators / Σ denominators, over all its parts, and is never partial; if any part is secret
 * the merged point is secret (so the secret part cannot be recovered by subtraction); splits are
 * not harmonisable without a conversion table. Throws on a duplicate (period, code).
 */
export function harmoniseSeries(input: HarmoniseInput): HarmonisedSeries {
  for (const s of input.successions)
    if (!(s.toYear > s.fromYear))
      throw new RangeError(`succession ${s.fromCode}: toYear ≤ fromYear`);
  const seen = new Set<string>();
  const groups = new Map<
    string,
    { code: string; period: number; parts: PeriodValue[]; split: boolean }
  >();
  for (const row of input.values) {
    const key = `${row.period}|${row.code}`;
    if (seen.has(key)) throw new Error(`duplicate value for ${row.code} in ${row.period}`);
    seen.add(key);
    const { targets, split } = resolve(row.code, row.period, input);
    for (const code of targets) {
      const group = groups.get(`${code}|${row.period}`) ?? {
        code,
        period: row.period,
        parts: [],
        split: false,
      };
      group.parts.push(row);
      group.split ||= split;
      groups.set(`${code}|${row.period}`, group);
    }
  }
  const points = [...groups.values()]
    .map((g) => point(g.code, g.period, g.parts, g.split, input))
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : a.period - b.period));
  const blocked = points.find((p) => p.status === 'not-harmonisable');
  const reason = input.kind === 'median' ? MEDIAN : (blocked?.reason ?? null);
  return { targetYear: input.targetYear, harmonisable: reason === null, reason, points };
}

// Follows successions from (code, period) to the target division; a code that goes to more
// than one successor at once is a split.
function resolve(
  code: string,
  period: number,
  input: HarmoniseInput,
): { targets: string[]; split: boolean } {
  const next = input.successions.filter(
    (s) => s.fromCode === code && s.fromYear >= period && s.toYear <= input.targetYear,
  );
  if (next.length === 0) return { targets: [code], split: false };
  const firstYear = Math.min(...next.map((s) => s.fromYear));
  const step = next.filter((s) => s.fromYear === firstYear);
  const branches = step.map((s) => resolve(s.toCode, s.toYear, input));
  const targets = [...new Set(branches.flatMap((b) => b.targets))].sort();
  const split = new Set(step.map((s) => s.toCode)).size > 1 || branches.some((b) => b.split);
  return { targets, split };
}

function point(
  code: string,
  period: number,
  parts: readonly PeriodValue[],
  split: boolean,
  input: HarmoniseInput,
): HarmonisedPoint {
  const sorted = [...parts].sort((a, b) => (a.code < b.code ? -1 : 1));
  const sources = sorted.map((p) => p.code);
  const only = sorted[0];
  if (only && sorted.length === 1 && only.code === code && !split)
    return {
      ...base(code, period, sources, false),
      ...pick(only),
      status: only.status,
      reason: null,
    };
  const at = base(code, period, sources, true);
  const names = (rows: readonly PeriodValue[]) => rows.map((r) => r.code).join(', ');
  if (split)
    return {
      ...at,
      status: 'not-harmonisable',
      reason: `Een van ${names(sorted)} is gesplitst; zonder omzettingstabel niet toe te delen.`,
    };
  if (input.kind === 'median') return { ...at, status: 'not-harmonisable', reason: MEDIAN };
  const secret = sorted.filter((p) => p.status === 'secret');
  if (secret.length)
    return { ...at, status: 'secret', reason: `Waarde van ${names(secret)} is geheim.` };
  const unusable = sorted.filter((p) => !isUsable(p));
  if (unusable.length)
    return {
      ...at,
      status: 'missing',
      reason: `Geen waarde voor ${names(unusable)} in ${period}.`,
    };
  const status: ValueStatus = sorted.some((p) => p.status === 'rounded') ? 'rounded' : 'exact';
  const total = (field: (p: PeriodValue) => number | null | undefined) => {
    const xs = sorted.map(field);
    return xs.every((x): x is number => typeof x === 'number')
      ? xs.reduce((s, x) => s + x, 0)
      : null;
  };
  if (input.kind === 'count') return { ...at, status, value: total((p) => p.value) };
  if (input.kind === 'ratio') {
    const numerator = total((p) => p.numerator);
    const denominator = total((p) => p.denominator);
    if (numerator === null || denominator === null || !(denominator > 0))
      return { ...at, status: 'not-harmonisable', reason: NO_BASE };
    const value = (numerator / denominator) * (input.multiplier ?? 1);
    return { ...at, status, value, numerator, denominator };
  }
  const weight = total((p) => p.weight);
  const weighted = total((p) =>
    typeof p.weight === 'number' && p.value !== null ? p.value * p.weight : null,
  );
  if (weight === null || weighted === null || !(weight > 0))
    return { ...at, status: 'not-harmonisable', reason: NO_WEIGHT };
  return { ...at, status, value: weighted / weight, approximate: true };
}

function base(code: string, period: number, sources: string[], harmonised: boolean) {
  return {
    code,
    period,
    value: null,
    numerator: null,
    denominator: null,
    harmonised,
    approximate: false,
    sources,
    reason: null,
  };
}

// A pass-through point shows nothing for missing and secret regions, whatever the input carried.
function pick(row: PeriodValue): Pick<HarmonisedPoint, 'value' | 'numerator' | 'denominator'> {
  if (!isUsable(row)) return { value: null, numerator: null, denominator: null };
  return {
    value: row.value,
    numerator: row.numerator ?? null,
    denominator: row.denominator ?? null,
  };
}
