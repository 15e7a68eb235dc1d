// SPDX-License-Identifier: EUPL-1.2
/**
 * Positions within a distribution: the empirical percentile rank and z-score of region values,
 * and the distribution functions (normal, gamma/chi-square, beta) that the funnel limits need.
 * Implemented here so the platform has no numeric dependency and every number can be checked
 * against R or SciPy (see percentile.test.ts for the reference values).
 */

/**
 * Mid-rank percentile of every value among `values`: 100 × (below + equal / 2) / n, where `below`
 * counts smaller values and `equal` counts the value itself and its ties. Ties share one
 * percentile, results lie strictly between 0 and 100, a lone value gets 50, and the output is in
 * input order. Throws on a non-finite value.
 */
export function midRankPercentiles(values: readonly number[]): number[] {
  assertFinite(values);
  const sorted = [...values].sort((a, b) => a - b);
  return values.map((v) => {
    const below = firstIndex(sorted, (x) => x >= v);
    const equal = firstIndex(sorted, (x) => x > v) - below;
    return (100 * (below + equal / 2)) / sorted.length;
  });
}

/** Result of {@link standardScores}: unweighted mean and population standard deviation. */
export interface StandardScores {
  mean: number;
  sd: number;
  scores: number[];
}

/**
 * z = (x − mean) / sd over `values`, each value weighing once, with the population standard
 * deviation (divide by n: the regions of a level are the whole population, not a sample). Sums run
 * over the sorted values, so the result does not depend on input order, bit for bit. Returns null
 * when there are fewer than two values or all are equal (z is undefined then).
 */
export function standardScores(values: readonly number[]): StandardScores | null {
  assertFinite(values);
  if (values.length < 2) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mean = sorted.reduce((sum, x) => sum + x, 0) / sorted.length;
  const squares = sorted.map((x) => (x - mean) ** 2).sort((a, b) => a - b);
  const sd = Math.sqrt(squares.reduce((sum, x) => sum + x, 0) / sorted.length);
  if (!(sd > 0)) return null;
  return { mean, sd, scores: values.map((x) => (x - mean) / sd) };
}

/** Standard normal distribution function Φ(x), accurate to about 1e-15. */
export function normalCdf(x: number): number {
  const erfcOfAbs = regularizedGammaQ(0.5, (x * x) / 2); // erfc(|x|/√2) = Q(½, x²/2)
  return x < 0 ? erfcOfAbs / 2 : 1 - erfcOfAbs / 2;
}

// Acklam's rational approximation (relative error < 1.15e-9), refined below by one Halley step.
const A = [
  -39.69683028665376, 220.9460984245205, -275.928510446969, 138.357751867269, -30.66479806614716,
  2.506628277459239,
];
const B = [
  -54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572,
  1,
];
const C = [
  -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734,
  4.374664141464968, 2.938163982698783,
];
const D = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416, 1];

/** Quantile Φ⁻¹(p) of the standard normal distribution for 0 < p < 1 (R `qnorm`), to ~1e-15. */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`normalQuantile: p must be in (0, 1), got ${p}`);
  let x: number;
  if (p < 0.02425 || p > 1 - 0.02425) {
    const q = Math.sqrt(-2 * Math.log(p < 0.5 ? p : 1 - p));
    const tail = horner(C, q) / horner(D, q);
    x = p < 0.5 ? tail : -tail;
  } else {
    const q = p - 0.5;
    const r = q * q;
    x = (q * horner(A, r)) / horner(B, r);
  }
  const e = normalCdf(x) - p;
  const u = e * Math.sqrt(2 * Math.PI) * Math.exp((x * x) / 2);
  return x - u / (1 + (x * u) / 2);
}

/** Quantile of the chi-square distribution with `df` degrees of freedom (R `qchisq`). */
export function chiSquareQuantile(p: number, df: number): number {
  return 2 * gammaQuantile(p, df / 2);
}

/** Quantile of the gamma distribution with the given shape and scale 1, by bisection (robust). */
export function gammaQuantile(p: number, shape: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`gammaQuantile: p must be in (0, 1), got ${p}`);
  let lo = 0;
  let hi = Math.max(1, shape);
  while (regularizedGammaP(shape, hi) < p) hi *= 2;
  for (let i = 0; i < 200 && hi - lo > 1e-15 * hi; i++) {
    const mid = (lo + hi) / 2;
    if (regularizedGammaP(shape, mid) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
  -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
  1.5056327351493116e-7,
];

/** ln Γ(x) for x > 0 (Lanczos, g = 7); absolute error about 1e-15 × |ln Γ(x)|. */
export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  const t = z + 7.5;
  const series = LANCZOS.reduce((sum, c, i) => (i === 0 ? c : sum + c / (z + i)), 0);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(series);
}

/** Regularized lower incomplete gamma P(a, x); P(k + 1, λ) is 1 − the Poisson(λ) CDF at k. */
export function regularizedGammaP(a: number, x: number): number {
  if (x <= 0) return 0;
  return x < a + 1 ? gammaSeries(a, x) : 1 - gammaFraction(a, x);
}

/** Regularized upper incomplete gamma Q(a, x) = 1 − P(a, x); Q(k + 1, λ) = P(Poisson(λ) ≤ k). */
export function regularizedGammaQ(a: number, x: number): number {
  if (x <= 0) return 1;
  return x < a + 1 ? 1 - gammaSeries(a, x) : gammaFraction(a, x);
}

/** Regularized incomplete beta I_x(a, b); I_{1−θ}(n − k, k + 1) = P(Binomial(n, θ) ≤ k). */
export function regularizedBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(
    logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x),
  );
  // The continued fraction converges fast only on this side of the mean; use symmetry otherwise.
  return x < (a + 1) / (a + b + 2)
    ? (front * betaFraction(x, a, b)) / a
    : 1 - (front * betaFraction(1 - x, b, a)) / b;
}

const EPSILON = 1e-15;
const TINY = 1e-300;

// Series and continued fractions need O(√a) terms near the mean, so the cap grows with √a.
const maxTerms = (a: number): number => 1000 + 20 * Math.ceil(Math.sqrt(a));

function gammaSeries(a: number, x: number): number {
  let term = 1 / a;
  let sum = term;
  for (let n = 1; n < maxTerms(a); n++) {
    term *= x / (a + n);
    sum += term;
    if (Math.abs(term) < Math.abs(sum) * EPSILON) return sum * gammaFront(a, x);
  }
  throw new Error(`incomplete gamma series did not converge for a=${a}, x=${x}`);
}

// Modified Lentz evaluation of the continued fraction for Q(a, x) (Numerical Recipes §6.2).
function gammaFraction(a: number, x: number): number {
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < maxTerms(a); i++) {
    const an = -i * (i - a);
    b += 2;
    d = nonZero(an * d + b);
    c = nonZero(b + an / c);
    d = 1 / d;
    h *= d * c;
    if (Math.abs(d * c - 1) < EPSILON) return h * gammaFront(a, x);
  }
  throw new Error(`incomplete gamma fraction did not converge for a=${a}, x=${x}`);
}

const gammaFront = (a: number, x: number): number => Math.exp(-x + a * Math.log(x) - logGamma(a));

// Continued fraction for I_x(a, b) (Numerical Recipes §6.4), modified Lentz.
function betaFraction(x: number, a: number, b: number): number {
  let c = 1;
  let d = 1 / nonZero(1 - ((a + b) * x) / (a + 1));
  let h = d;
  for (let m = 1; m < maxTerms(Math.max(a, b)); m++) {
    const even = (m * (b - m) * x) / ((a + 2 * m - 1) * (a + 2 * m));
    d = 1 / nonZero(1 + even * d);
    c = nonZero(1 + even / c);
    h *= d * c;
    const odd = (-(a + m) * (a + b + m) * x) / ((a + 2 * m) * (a + 2 * m + 1));
    d = 1 / nonZero(1 + odd * d);
    c = nonZero(1 + odd / c);
    h *= d * c;
    if (Math.abs(d * c - 1) < EPSILON) return h;
  }
  throw new Error(`incomplete beta fraction did not converge for x=${x}, a=${a}, b=${b}`);
}

const nonZero = (v: number): number => (Math.abs(v) < TINY ? TINY : v);

const horner = (coefficients: readonly number[], x: number): number =>
  coefficients.reduce((acc, c) => acc * x + c, 0);

function firstIndex(sorted: readonly number[], test: (x: number) => boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (test(sorted[mid] as number)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function assertFinite(values: readonly number[]): void {
  if (!values.every(Number.isFinite)) throw new RangeError('values must all be finite numbers');
}
