// SPDX-License-Identifier: EUPL-1.2

/**
 * Sequential single-hue palettes from ColorBrewer (readable for the common forms of colour
 * blindness and in greyscale): orange-red where a high value calls for attention, blue where the
 * indicator only describes the context. Light = low, dark = high.
 */
export const palettes = {
  'higher-more-attention': ['#fef0d9', '#fdcc8a', '#fc8d59', '#e34a33', '#b30000'],
  neutral: ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c'],
} as const;

/** Text colour with enough contrast on each palette step (WCAG 1.4.3 for labels on fills). */
export const onPalette = (index: number) => (index >= 3 ? '#ffffff' : '#000000');

/**
 * Up to four thresholds that split the values into five classes of (nearly) equal size:
 * quantiles over the sorted values, duplicates dropped so no class is empty by construction.
 */
export function quantileBreaks(values: readonly number[], classes = 5): number[] {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  const breaks: number[] = [];
  for (let i = 1; i < classes; i++) {
    const position = (i * (sorted.length - 1)) / classes;
    const lower = sorted[Math.floor(position)]!;
    const upper = sorted[Math.ceil(position)]!;
    const value = lower + (upper - lower) * (position - Math.floor(position));
    if (breaks.length === 0 || value > breaks[breaks.length - 1]!) breaks.push(value);
  }
  return breaks;
}

/** The class (0 … breaks.length) of a value: the number of thresholds it exceeds. */
export function classOf(value: number, breaks: readonly number[]): number {
  let index = 0;
  while (index < breaks.length && value > breaks[index]!) index++;
  return index;
}

/** Palette colours for the classes that exist, spread over the palette's range. */
export function coloursFor(direction: keyof typeof palettes, classCount: number): string[] {
  const palette = palettes[direction];
  if (classCount >= palette.length) return [...palette];
  return Array.from({ length: classCount }, (_, i) =>
    classCount === 1
      ? palette[2]!
      : palette[Math.round((i * (palette.length - 1)) / (classCount - 1))]!,
  );
}
