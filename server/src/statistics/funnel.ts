// SPDX-License-Identifier: EUPL-1.2
/**
 * Funnel-plot control limits (Spiegelhalter 2005) for rates and proportions, so a small
 * municipality is not flagged for a deviation that chance alone explains. Pure; the import stores
 * the limits per region so a chart can draw them. Methods: docs/statistics-methods.md.
 */
import { isUsable, type RegionValue, type ValueStatus } from './comparison';
import {
  chiSquareQuantile,
  normalQuantile,
  regularizedBeta,
  regularizedGammaQ,
} from './percentile';

/** `poisson`: a count of events over a population or exposure; `binomial`: k of n units. */
export type FunnelModel = 'poisson' | 'binomial';

/**
 * Where a region lies: `strongly-above` = above the upper 99.8 % limit, `above` = above the upper
 * 95 % limit but not the 99.8 % one, `within` = on or between the 95 % limits, and mirrored below.
 * With 342 gemeenten about 17 fall outside the 95 % limits by chance alone, about 0.7 outside 99.8 %.
 */
export type FunnelPosition = 'strongly-above' | 'above' | 'within' | 'below' | 'strongly-below';

/** `exact`: discrete Poisson/binomial limits; `random-effects`: widened for overdispersion. */
export type FunnelMethod = 'exact' | 'random-effects';

/** Control limits around the national value for one denominator, in the indicator's unit. */
export interface ControlLimits {
  lower998: number;
  lower95: number;
  upper95: number;
  upper998: number;
}

/** One region on the funnel (one row); every number is null for regions without a usable rate. */
export interface FunnelLimits {
  code: string;
  status: ValueStatus;
  /** numerator / denominator × multiplier */
  value: number | null;
  denominator: number | null;
  /** Events expected at the national rate: national / multiplier × denominator. */
  expected: number | null;
  lower998: number | null;
  lower95: number | null;
  upper95: number | null;
  upper998: number | null;
  position: FunnelPosition | null;
}

/** Spiegelhalter's overdispersion estimate from 10 %-winsorised z-scores. */
export interface Overdispersion {
  /** φ: 1 when regions vary as chance predicts; larger means more between-region spread. */
  phi: number;
  /** τ²: between-region variance on the proportion scale (0 when φ shows none). */
  tau2: number;
  regions: number;
}

export interface FunnelInput {
  model: FunnelModel;
  /** The national value in the indicator's unit (e.g. per 1,000). */
  national: number;
  multiplier?: number;
  regions: readonly RegionValue[];
  /**
   * `additive` (default): when the regions vary more than chance allows (τ² > 0), widen the limits
   * to θ ± z·√(θ(1−θ)/n + τ²) (Poisson: θ/n). Registered crime per gemeente has φ ≈ 158, so
   * exact limits alone would flag over 90 % of gemeenten. `none`: always the exact limits.
   */
  overdispersion?: 'none' | 'additive';
}

export interface FunnelResult {
  model: FunnelModel;
  national: number;
  multiplier: number;
  method: FunnelMethod;
  overdispersion: Overdispersion | null;
  /** One entry per input region, sorted by code. */
  regions: FunnelLimits[];
}

// The four tail probabilities: 99.8 % limits at 0.1 % and 99.9 %, 95 % limits at 2.5 % and 97.5 %.
const atTails = (limit: (p: number) => number): ControlLimits => ({
  lower998: limit(0.001),
  lower95: limit(0.025),
  upper95: limit(0.975),
  upper998: limit(0.999),
});

/**
 * Funnel limits and position for every region. A region needs a usable status and a numerator and
 * positive denominator (binomial: integers, numerator ≤ denominator); others are passed through
 * with nulls. Output is sorted by code and independent of input order.
 */
export function funnelLimits(input: FunnelInput): FunnelResult {
  const multiplier = input.multiplier ?? 1;
  const theta = input.national / multiplier;
  if (!(theta >= 0) || (input.model === 'binomial' && theta > 1))
    throw new RangeError(`national value ${input.national} is not a valid ${input.model} rate`);
  const regions = [...input.regions].sort((a, b) => (a.code < b.code ? -1 : 1));
  regions.forEach((r, i) => {
    if (regions[i - 1]?.code === r.code) throw new Error(`duplicate region ${r.code}`);
  });
  const rated = regions.filter(hasRate);
  for (const r of rated) checkCounts(input.model, r);
  const overdispersion = estimateOverdispersion(input.model, theta, rated);
  const tau2 = input.overdispersion === 'none' ? 0 : (overdispersion?.tau2 ?? 0);
  const cache = new Map<number, ControlLimits>();
  const limitsFor = (n: number): ControlLimits => {
    const known = cache.get(n);
    if (known) return known;
    const fresh =
      tau2 > 0
        ? randomEffectsLimits(input.model, theta, n, tau2, multiplier)
        : controlLimits(input.model, theta, n, multiplier);
    cache.set(n, fresh);
    return fresh;
  };
  return {
    model: input.model,
    national: input.national,
    multiplier,
    method: tau2 > 0 ? 'random-effects' : 'exact',
    overdispersion,
    regions: regions.map((region): FunnelLimits => {
      if (!hasRate(region)) return { code: region.code, status: region.status, ...EMPTY };
      const value = (region.numerator / region.denominator) * multiplier;
      const limits = limitsFor(region.denominator);
      return {
        code: region.code,
        status: region.status,
        value,
        denominator: region.denominator,
        expected: theta * region.denominator,
        ...limits,
        position: positionOf(value, limits),
      };
    }),
  };
}

const EMPTY = {
  value: null,
  denominator: null,
  expected: null,
  lower998: null,
  lower95: null,
  upper95: null,
  upper998: null,
  position: null,
};

/**
 * Exact control limits for denominator `n` around rate `theta` (per unit, 0–1 for binomial):
 * the 0.1, 2.5, 97.5 and 99.9 % points of Poisson(nθ) or Binomial(n, θ), interpolated between
 * whole counts (Spiegelhalter 2005, appendix), divided by n, times `multiplier`; within [0, n].
 */
export function controlLimits(
  model: FunnelModel,
  theta: number,
  n: number,
  multiplier = 1,
): ControlLimits {
  return atTails((p) => (discreteLimit(model, theta, n, p) / n) * multiplier);
}

// r = smallest count with F(r) ≥ p and α = (F(r) − p) / (F(r) − F(r − 1)). The lower limit r − α
// interpolates P(Y ≤ y) linearly; the upper limit r + 1 − α interpolates P(Y ≥ y). So for whole
// counts a region is outside a limit exactly when its one-sided exact p-value is below the tail
// probability, and Binomial(n, ½) limits are symmetric (Spiegelhalter's own funnel code does this).
function discreteLimit(model: FunnelModel, theta: number, n: number, p: number): number {
  const cdf = (r: number): number => {
    if (r < 0) return 0;
    if (model === 'poisson') return regularizedGammaQ(r + 1, n * theta);
    return r >= n ? 1 : regularizedBeta(1 - theta, n - r, r + 1);
  };
  const max = model === 'poisson' ? Number.MAX_SAFE_INTEGER : n;
  const sd = Math.sqrt(n * variance(model, theta));
  // Start at the normal approximation so only a few exact CDF evaluations are needed.
  let r = Math.min(max, Math.max(0, Math.floor(n * theta + normalQuantile(p) * sd)));
  while (r < max && cdf(r) < p) r++;
  while (r > 0 && cdf(r - 1) >= p) r--;
  const at = cdf(r);
  const step = at - cdf(r - 1);
  const alpha = step > 0 ? (at - p) / step : 0;
  return Math.min(max, Math.max(0, (p > 0.5 ? r + 1 : r) - alpha));
}

function randomEffectsLimits(
  model: FunnelModel,
  theta: number,
  n: number,
  tau2: number,
  multiplier: number,
): ControlLimits {
  const sd = Math.sqrt(variance(model, theta) / n + tau2);
  const ceiling = model === 'binomial' ? 1 : Infinity;
  return atTails(
    (p) => Math.min(ceiling, Math.max(0, theta + normalQuantile(p) * sd)) * multiplier,
  );
}

/**
 * Spiegelhalter (2005, Qual Saf Health Care 14:347) overdispersion: z-scores against the national
 * rate, winsorised at the 10th and 90th percentile, φ = mean z²; τ² by method of moments
 * (DerSimonian–Laird form). Null with fewer than 3 regions or a degenerate national rate.
 */
export function estimateOverdispersion(
  model: FunnelModel,
  theta: number,
  regions: readonly RegionValue[],
): Overdispersion | null {
  const v = variance(model, theta);
  const rated = regions.filter(hasRate);
  if (rated.length < 3 || !(v > 0)) return null;
  const weights = rated.map((r) => r.denominator / v);
  const z = rated.map((r, i) => (r.numerator / r.denominator - theta) * Math.sqrt(weights[i] ?? 0));
  const sorted = [...z].sort((a, b) => a - b);
  const k = Math.floor(0.1 * sorted.length);
  const low = sorted[k] as number;
  const high = sorted[sorted.length - 1 - k] as number;
  const count = sorted.length;
  const phi = sorted.reduce((s, x) => s + Math.min(high, Math.max(low, x)) ** 2, 0) / count;
  const sumW = [...weights].sort((a, b) => a - b).reduce((s, w) => s + w, 0);
  const sumW2 = [...weights].sort((a, b) => a - b).reduce((s, w) => s + w * w, 0);
  const tau2 = Math.max(0, (count * phi - (count - 1)) / (sumW - sumW2 / sumW));
  return { phi, tau2, regions: count };
}

/**
 * Exact (Garwood) confidence interval for a Poisson count: [χ²(α/2; 2k) / 2, χ²(1 − α/2; 2k + 2) / 2],
 * e.g. [4.795, 18.390] for 10 events at 95 %. The lower bound is 0 for k = 0.
 */
export function poissonExactInterval(count: number, level = 0.95): [number, number] {
  const tail = (1 - level) / 2;
  const lower = count === 0 ? 0 : chiSquareQuantile(tail, 2 * count) / 2;
  return [lower, chiSquareQuantile(1 - tail, 2 * count + 2) / 2];
}

function positionOf(value: number, l: ControlLimits): FunnelPosition {
  if (value > l.upper998) return 'strongly-above';
  if (value > l.upper95) return 'above';
  if (value < l.lower998) return 'strongly-below';
  if (value < l.lower95) return 'below';
  return 'within';
}

const variance = (model: FunnelModel, theta: number): number =>
  model === 'poisson' ? theta : theta * (1 - theta);

type Rated = RegionValue & { numerator: number; denominator: number };

function hasRate(r: RegionValue): r is Rated {
  const { numerator: k, denominator: n } = r;
  return isUsable(r) && typeof k === 'number' && typeof n === 'number' && n > 0 && k >= 0;
}

function checkCounts(model: FunnelModel, r: Rated): void {
  const whole = Number.isInteger(r.numerator) && Number.isInteger(r.denominator);
  if (model === 'binomial' && (!whole || r.numerator > r.denominator))
    throw new RangeError(`region ${r.code}: binomial needs whole counts with k ≤ n`);
}
