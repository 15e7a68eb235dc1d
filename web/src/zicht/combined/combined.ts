// SPDX-License-Identifier: EUPL-1.2

/** One chosen indicator of the combined view: its weight, whether low counts as high, and z-scores. */
export interface CombinedInput {
  id: string;
  name: string;
  weight: number;
  /** True when a low value should raise the score (e.g. low income). */
  reversed: boolean;
  /** z-score per region code; regions without a usable value are absent. */
  scores: ReadonlyMap<string, number>;
}

export interface RankedRegion {
  code: string;
  score: number;
  rank: number;
  /** Weighted contribution per indicator id; they add up to the score. */
  contributions: Record<string, number>;
}

export interface CombinedResult {
  ranked: RankedRegion[];
  /** Regions without a usable value for at least one chosen indicator, with the missing ids. */
  unscored: { code: string; missing: string[] }[];
}

/** Why weights cannot be used, in Dutch, or null when they can. */
export function weightProblem(inputs: readonly { weight: number }[]): string | null {
  if (inputs.length === 0) return 'Kies minstens één indicator.';
  if (inputs.some((i) => !Number.isFinite(i.weight) || i.weight < 0))
    return 'Een gewicht is een getal van 0 of meer.';
  if (inputs.every((i) => i.weight === 0))
    return 'De gewichten tellen op tot nul: geef minstens één indicator een gewicht groter dan nul, anders is er niets om te wegen.';
  return null;
}

/**
 * The combined score of each region: the weighted mean of its z-scores (sign flipped for
 * reversed indicators), weights normalised to sum to one. A region lacking any chosen indicator
 * gets no score: a missing value is never treated as average. Ties share the order of their code.
 */
export function combine(
  inputs: readonly CombinedInput[],
  codes: readonly string[],
): CombinedResult {
  const problem = weightProblem(inputs);
  if (problem) throw new RangeError(problem);
  const total = inputs.reduce((sum, i) => sum + i.weight, 0);
  const ranked: Omit<RankedRegion, 'rank'>[] = [];
  const unscored: CombinedResult['unscored'] = [];
  for (const code of codes) {
    const missing = inputs.filter((i) => i.weight > 0 && !i.scores.has(code)).map((i) => i.id);
    if (missing.length > 0) {
      unscored.push({ code, missing });
      continue;
    }
    const contributions: Record<string, number> = {};
    let score = 0;
    for (const input of inputs) {
      const z = input.weight > 0 ? input.scores.get(code)! : 0;
      const part = ((input.reversed ? -z : z) * input.weight) / total;
      contributions[input.id] = part;
      score += part;
    }
    ranked.push({ code, score, contributions });
  }
  ranked.sort((a, b) => b.score - a.score || (a.code < b.code ? -1 : 1));
  return { ranked: ranked.map((r, i) => ({ ...r, rank: i + 1 })), unscored };
}

/** How stable the top of the ranking is when each weight in turn moves by ±25 %. */
export interface Sensitivity {
  top: number;
  /** The fewest regions of the current top that stay in the top under any single change. */
  minimumKept: number;
  /** The largest change in rank of a current top region under any single change. */
  largestRankChange: number;
}

/** Recomputes the ranking with each weight × 0.75 and × 1.25 (one at a time). */
export function sensitivity(
  inputs: readonly CombinedInput[],
  codes: readonly string[],
  top = 10,
): Sensitivity {
  const base = combine(inputs, codes).ranked;
  const current = base.slice(0, top).map((r) => r.code);
  let minimumKept = current.length;
  let largestRankChange = 0;
  for (const [index, input] of inputs.entries()) {
    if (input.weight === 0) continue;
    for (const factor of [0.75, 1.25]) {
      const moved = inputs.map((other, j) =>
        j === index ? { ...other, weight: other.weight * factor } : other,
      );
      const ranking = combine(moved, codes).ranked;
      const rankOf = new Map(ranking.map((r) => [r.code, r.rank]));
      const kept = ranking.slice(0, top).filter((r) => current.includes(r.code)).length;
      minimumKept = Math.min(minimumKept, kept);
      current.forEach((code, i) => {
        largestRankChange = Math.max(
          largestRankChange,
          Math.abs((rankOf.get(code) ?? 0) - (i + 1)),
        );
      });
    }
  }
  return { top: current.length, minimumKept, largestRankChange };
}
