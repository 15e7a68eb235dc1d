// SPDX-License-Identifier: EUPL-1.2
import type { VariableId } from '../variables';

/** Themes of the catalogue: code-friendly values; the Dutch labels are in {@link themeLabels}. */
export const indicatorThemes = [
  'context',
  'wonen',
  'criminaliteit',
  'economie',
  'leefbaarheid',
] as const;
export type IndicatorTheme = (typeof indicatorThemes)[number];

/** Dutch labels of the themes, as users read them. */
export const themeLabels: Record<IndicatorTheme, string> = {
  context: 'context en voedingsbodem',
  wonen: 'wonen en vastgoed',
  criminaliteit: 'criminaliteit',
  economie: 'economie en kwetsbare branches',
  leefbaarheid: 'leefbaarheid',
};

/** How an indicator aggregates; the same four kinds as the comparison engine (comparison.ts). */
export const indicatorKinds = ['ratio', 'count', 'mean', 'median'] as const;
export type IndicatorKind = (typeof indicatorKinds)[number];

/** Whether a high value calls for attention, or only describes the context. */
export const indicatorDirections = ['higher-more-attention', 'neutral'] as const;
export type IndicatorDirection = (typeof indicatorDirections)[number];

/** The sentence every methodology card ends with. */
export const notProofSentence =
  'Een patroon in deze cijfers is geen bewijs van ondermijning of van iets anders: het is een aanleiding om vragen te stellen en andere bronnen te raadplegen.';

interface Common {
  /** Stable kebab-case id; never renamed once published. */
  readonly id: string;
  readonly name: string;
  readonly theme: IndicatorTheme;
  readonly unit: string;
  readonly direction: IndicatorDirection;
  /** What the indicator measures, in one or two Dutch sentences. */
  readonly measures: string;
  /** Known biases and caveats of the source, in Dutch. */
  readonly caveats: readonly string[];
}

/** numerator / denominator × multiplier, for regions and groups alike from sums. */
export interface RatioInput extends Common {
  readonly kind: 'ratio';
  readonly numerator: VariableId;
  readonly denominator: VariableId;
  readonly multiplier: number;
}

/** A published count, mean, percentage or median; `minus` subtracts a second published value. */
export interface ValueInput extends Common {
  readonly kind: 'count' | 'mean' | 'median';
  readonly value: VariableId;
  readonly weight?: VariableId;
  readonly minus?: VariableId;
  readonly multiplier: number;
}

/** One indicator as written in the theme files; `indicators.ts` checks the whole list. */
export type IndicatorInput = RatioInput | ValueInput;

type Text = Pick<Common, 'id' | 'name' | 'theme' | 'unit' | 'direction' | 'measures' | 'caveats'>;

/** A ratio of sums. */
export const ratio = (
  text: Text,
  numerator: VariableId,
  denominator: VariableId,
  multiplier: number,
): RatioInput => ({ ...text, kind: 'ratio', numerator, denominator, multiplier });

/** A published value (count, mean or percentage, median), optionally weighted. */
export const published = (
  text: Text,
  kind: ValueInput['kind'],
  value: VariableId,
  options: { weight?: VariableId; minus?: VariableId } = {},
): ValueInput => ({ ...text, kind, value, multiplier: 1, ...options });

/** Caveat shared by every KWB percentage published on whole percents. */
export const wholePercents =
  'CBS publiceert dit percentage op hele procenten; kleine verschillen tussen gemeenten vallen binnen die afronding.';

/** Caveat shared by every figure whose national value is a weighted mean. */
export const approximateNational =
  'Een landelijke of groepswaarde is een gewogen gemiddelde van de gepubliceerde waarden en benadert het officiële CBS-cijfer slechts.';
