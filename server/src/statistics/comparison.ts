// SPDX-License-Identifier: EUPL-1.2
/**
 * Comparison of the regions of one level and period with the national value: index, difference,
 * percentile, z-score and change since the previous period. Pure: the import calls it once per
 * indicator, level and period and stores one row per region. Methods: docs/statistics-methods.md.
 */
import { midRankPercentiles, standardScores } from './percentile';

/** How the source delivered a value. Only `exact` and `rounded` values are compared. */
export type ValueStatus = 'exact' | 'rounded' | 'missing' | 'secret';

/**
 * How an indicator aggregates: `ratio` = numerator / denominator × multiplier (rates, shares with
 * a known base); `count` = a number of things; `mean` = a published mean or percentage whose base
 * is unknown, aggregated with a weight; `median` = cannot be aggregated at all.
 */
export type IndicatorKind = 'ratio' | 'count' | 'mean' | 'median';

/** One region's value for one indicator and period, as stored by the import. */
export interface RegionValue {
  code: string;
  /** The region's value in the indicator's unit; must be finite when status is exact/rounded. */
  value: number | null;
  numerator?: number | null;
  denominator?: number | null;
  /** For `mean`: the count the mean is over (households, dwellings, inhabitants). */
  weight?: number | null;
  status: ValueStatus;
}

export type NationalMethod =
  'published' | 'inherited' | 'ratio-of-sums' | 'sum' | 'weighted-mean' | 'not-available';

/** The national reference value of a level and period, with how it was obtained. */
export interface NationalValue {
  value: number | null;
  method: NationalMethod;
  /** True when the value is the source's own NL00 figure. */
  published: boolean;
  /** True for weighted means (approximate the official figure) and incomplete sums of counts. */
  approximate: boolean;
  /** Regions whose numbers entered the computation; null when published or inherited. */
  regionsContributing: number | null;
  /** All regions of the level and period, including missing and secret ones. */
  regionsTotal: number;
  /** True when at least one region lacks a usable value (or the numbers the method needs). */
  anyMissing: boolean;
  /** Dutch explanation when the value is null, approximate or incomplete. */
  reason: string | null;
}

/** Why a change since the previous period is, or is not, given. */
export type ChangeStatus =
  | 'computed'
  | 'no-previous-period'
  | 'new-region'
  | 'previous-not-usable'
  | 'boundary-changed'
  | 'not-usable';

/** One region's comparison; every number is null for missing and secret regions. */
export interface RegionComparison {
  code: string;
  status: ValueStatus;
  value: number | null;
  /** 100 × value / national; null for counts and when the national value is not positive. */
  index: number | null;
  /** value − national, in the indicator's unit; null for counts. */
  difference: number | null;
  /** Mid-rank percentile (0–100) among the level's usable regions; higher value → higher. */
  percentile: number | null;
  /** (value − mean) / sd over the level's usable regions, unweighted, population sd. */
  zScore: number | null;
  previousValue: number | null;
  /** value − previous value, in the indicator's unit (percentage points for percentages). */
  change: number | null;
  /** 100 × change / |previous value|; null when the previous value is 0. */
  changeRelative: number | null;
  changeStatus: ChangeStatus;
}

export interface ComparisonInput {
  kind: IndicatorKind;
  /** For `ratio`: the factor in value = numerator / denominator × multiplier (100, 1000). */
  multiplier?: number;
  regions: readonly RegionValue[];
  /** The source's NL00 value; overrides any computed value. */
  published?: number | null;
  /**
   * A national value from another level, e.g. the gemeente result for wijken (whose counts are
   * rounded and incomplete). Kept as is, with method `inherited`.
   */
  inherited?: NationalValue | null;
  /** Same level in the previous comparable period; omit when there is none. */
  previous?: readonly RegionValue[];
  /** Codes whose boundaries changed since the previous period (no change is given for them). */
  boundaryChanged?: ReadonlySet<string>;
}

export interface ComparisonResult {
  kind: IndicatorKind;
  national: NationalValue;
  /** One entry per input region, sorted by code. */
  regions: RegionComparison[];
}

/**
 * Compares every region with the national value and with the other regions of its level.
 * Guarantees: missing and secret regions keep their status and get no numbers (even if the input
 * carried some); they never enter a sum, rank or z-score; no value is ever derived for them; the
 * output is sorted by code and does not depend on input order. Throws on duplicate codes or on a
 * usable status without a finite value.
 */
export function compareRegions(input: ComparisonInput): ComparisonResult {
  const regions = checkedAndSorted(input.regions);
  const national = nationalValue(input, regions);
  const usable = regions.filter(isUsable);
  const values = usable.map((r) => r.value);
  const percentiles = midRankPercentiles(values);
  const z = standardScores(values)?.scores ?? null;
  const position = new Map(usable.map((r, i) => [r.code, i]));
  const previous = input.previous ? new Map(input.previous.map((r) => [r.code, r])) : null;
  const nat = national.value;
  return {
    kind: input.kind,
    national,
    regions: regions.map((region): RegionComparison => {
      const i = position.get(region.code);
      if (i === undefined || !isUsable(region)) return withoutNumbers(region);
      const relative = input.kind !== 'count' && nat !== null;
      return {
        code: region.code,
        status: region.status,
        value: region.value,
        index: relative && nat > 0 ? (100 * region.value) / nat : null,
        difference: relative ? region.value - nat : null,
        percentile: percentiles[i] ?? null,
        zScore: z?.[i] ?? null,
        ...change(region, previous, input.boundaryChanged),
      };
    }),
  };
}

/** A usable value: the source published it (exactly or rounded) and it is a finite number. */
export function isUsable(r: RegionValue): r is RegionValue & { value: number } {
  return (r.status === 'exact' || r.status === 'rounded') && r.value !== null;
}

function nationalValue(input: ComparisonInput, regions: readonly RegionValue[]): NationalValue {
  const total = regions.length;
  const withValue = regions.filter(isUsable).length;
  if (input.published !== undefined && input.published !== null)
    return published(input.published, total, withValue < total);
  // Counts and flags stay those of the level it was computed at (e.g. 340 of 342 gemeenten).
  if (input.inherited) return { ...input.inherited, method: 'inherited' };
  const base = { published: false, regionsTotal: total };
  const usable = regions.filter(isUsable);
  if (input.kind === 'median')
    return { ...base, ...none(withValue < total), reason: MEDIAN_REASON };
  const parts =
    input.kind === 'ratio'
      ? usable.flatMap((r) => (known(r.numerator) && known(r.denominator) ? [r] : []))
      : input.kind === 'mean'
        ? usable.filter((r) => known(r.weight) && r.weight > 0)
        : usable;
  const anyMissing = parts.length < total;
  const counted = { ...base, regionsContributing: parts.length, anyMissing };
  const incomplete = `Berekend uit ${parts.length} van ${total} regio's; regio's zonder bruikbare waarde tellen niet mee.`;
  if (input.kind === 'count') {
    const value = sum(parts.map((r) => r.value));
    const reason = anyMissing ? `${incomplete} Het totaal is daardoor te laag.` : null;
    return { ...counted, value, method: 'sum', approximate: anyMissing, reason };
  }
  const denominators = parts.map((r) => (input.kind === 'ratio' ? r.denominator : r.weight) ?? 0);
  const below = sum(denominators);
  if (parts.length === 0 || !(below > 0))
    return {
      ...counted,
      ...none(anyMissing),
      reason: 'Geen regio met bruikbare noemer of weging.',
    };
  if (input.kind === 'ratio') {
    const above = sum(parts.map((r) => r.numerator ?? 0));
    const value = (above / below) * (input.multiplier ?? 1);
    const reason = anyMissing ? incomplete : null;
    return { ...counted, value, method: 'ratio-of-sums', approximate: false, reason };
  }
  const value = sum(parts.map((r) => r.value * (r.weight ?? 0))) / below;
  const reason = `Gewogen gemiddelde van gepubliceerde regiowaarden; benadert het officiële landelijke cijfer.${anyMissing ? ` ${incomplete}` : ''}`;
  return { ...counted, value, method: 'weighted-mean', approximate: true, reason };
}

const MEDIAN_REASON =
  'Een mediaan kan niet uit regiowaarden worden berekend en er is geen gepubliceerde landelijke waarde.';

function published(value: number, total: number, anyMissing: boolean): NationalValue {
  return {
    value,
    method: 'published',
    published: true,
    approximate: false,
    regionsContributing: null,
    regionsTotal: total,
    anyMissing,
    reason: null,
  };
}

function none(anyMissing: boolean) {
  const method: NationalMethod = 'not-available';
  return { value: null, method, approximate: false, regionsContributing: 0, anyMissing };
}

function change(
  region: RegionValue & { value: number },
  previous: ReadonlyMap<string, RegionValue> | null,
  boundaryChanged: ReadonlySet<string> | undefined,
): Pick<RegionComparison, 'previousValue' | 'change' | 'changeRelative' | 'changeStatus'> {
  const before = previous?.get(region.code);
  const status: ChangeStatus = !previous
    ? 'no-previous-period'
    : !before
      ? 'new-region'
      : boundaryChanged?.has(region.code)
        ? 'boundary-changed'
        : !isUsable(before)
          ? 'previous-not-usable'
          : 'computed';
  if (status !== 'computed' || !before || !isUsable(before))
    return { previousValue: null, change: null, changeRelative: null, changeStatus: status };
  const delta = region.value - before.value;
  const relative = before.value === 0 ? null : (100 * delta) / Math.abs(before.value);
  return {
    previousValue: before.value,
    change: delta,
    changeRelative: relative,
    changeStatus: status,
  };
}

function withoutNumbers(region: RegionValue): RegionComparison {
  const changeStatus: ChangeStatus = 'not-usable';
  const empty = { value: null, index: null, difference: null, percentile: null, zScore: null };
  const noChange = { previousValue: null, change: null, changeRelative: null, changeStatus };
  return { code: region.code, status: region.status, ...empty, ...noChange };
}

function checkedAndSorted(regions: readonly RegionValue[]): RegionValue[] {
  const sorted = [...regions].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  sorted.forEach((r, i) => {
    if (i > 0 && sorted[i - 1]?.code === r.code) throw new Error(`duplicate region ${r.code}`);
    const usableStatus = r.status === 'exact' || r.status === 'rounded';
    if (usableStatus && !(r.value !== null && Number.isFinite(r.value)))
      throw new RangeError(`region ${r.code} is ${r.status} but has no finite value`);
    for (const x of [r.numerator, r.denominator, r.weight])
      if (known(x) && !Number.isFinite(x)) throw new RangeError(`region ${r.code}: not finite`);
  });
  return sorted;
}

const known = (x: number | null | undefined): x is number => x !== null && x !== undefined;

// Sum in sorted order so the result is bit-identical whatever the input order.
const sum = (xs: readonly number[]): number =>
  [...xs].sort((a, b) => a - b).reduce((acc, x) => acc + x, 0);
