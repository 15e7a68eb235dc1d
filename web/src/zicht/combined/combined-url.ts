// SPDX-License-Identifier: EUPL-1.2
import type { IndicatorSummary } from '../../../../common/contracts/statistics';

/** One chosen indicator of the combined view as the URL keeps it. */
export interface Choice {
  id: string;
  weight: number;
  reversed: boolean;
}

/** The indicators a first visit starts with: crime, low income and housing-market pressure. */
export const defaultChoices: Choice[] = [
  { id: 'geregistreerde-misdrijven-per-1000-inwoners', weight: 2, reversed: false },
  { id: 'huishoudens-laagste-40-procent-inkomen', weight: 1, reversed: false },
  { id: 'aandeel-particuliere-huurwoningen', weight: 1, reversed: false },
];

/**
 * Reads `?indicatoren=id:gewicht,…&omgekeerd=id,…`. Unknown indicators, indicators without
 * gemeente figures and malformed weights are dropped with a Dutch notice; a missing parameter
 * gives the default choice.
 */
export function readChoices(
  params: URLSearchParams,
  catalogue: readonly IndicatorSummary[],
): { choices: Choice[]; notices: string[] } {
  const raw = params.get('indicatoren');
  const known = (id: string) => catalogue.some((i) => i.id === id && i.levels.includes('gemeente'));
  if (raw === null) return { choices: defaultChoices.filter((c) => known(c.id)), notices: [] };
  const reversed = new Set((params.get('omgekeerd') ?? '').split(',').filter(Boolean));
  const notices: string[] = [];
  const choices: Choice[] = [];
  for (const part of raw.split(',').filter(Boolean)) {
    const [id = '', weightText = '1'] = part.split(':');
    const weight = Number(weightText);
    if (!known(id))
      notices.push(`De indicator "${id}" bestaat niet per gemeente en is weggelaten.`);
    else if (!Number.isFinite(weight) || weight < 0 || weight > 10)
      notices.push(
        `Het gewicht "${weightText}" van ${id} is geen getal van 0 tot en met 10; het is 1 geworden.`,
      );
    if (known(id) && !choices.some((c) => c.id === id))
      choices.push({
        id,
        weight: Number.isFinite(weight) && weight >= 0 && weight <= 10 ? weight : 1,
        reversed: reversed.has(id),
      });
  }
  return { choices, notices };
}

/** The URL parameters of a choice. */
export function choiceParams(choices: readonly Choice[]): URLSearchParams {
  const params = new URLSearchParams();
  params.set('indicatoren', choices.map((c) => `${c.id}:${c.weight}`).join(','));
  const reversed = choices.filter((c) => c.reversed).map((c) => c.id);
  if (reversed.length) params.set('omgekeerd', reversed.join(','));
  return params;
}
