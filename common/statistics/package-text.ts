// SPDX-License-Identifier: EUPL-1.2

/** The Dutch word for each status of a package value, as exports and the annex print it. */
export const packageStatusLabels = {
  exact: 'exact',
  rounded: 'afgerond',
  suppressed: 'onderdrukt',
} as const;

/**
 * A number in Dutch notation with every digit of its shortest exact form (thousands point,
 * decimal comma). Unlike the display formatters it never rounds, so a printed package figure
 * equals the figure in the package and in the API.
 */
export function exactDutchNumber(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return '–';
  const text = String(value);
  // Exponent notation (beyond 1e21 or below 1e-6) has no grouping to add; only the comma.
  if (/e/i.test(text)) return text.replace('.', ',');
  const [whole = '', fraction] = text.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return fraction === undefined ? grouped : `${grouped},${fraction}`;
}

const numberOr = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;

/**
 * The disclosure rules a package records in its manifest, in plain Dutch. Only rules the
 * manifest states are named; an unknown shape is shown as it is rather than guessed at.
 */
export function disclosureRulesText(rules: Record<string, unknown>): string {
  const minCount = numberOr(rules.minCount);
  const rounding = numberOr(rules.roundingBase);
  const dominance = numberOr(rules.dominanceShare);
  const parts = [
    minCount === null ? null : `minimaal ${minCount} eenheden per cel`,
    rounding === null
      ? null
      : `aantallen onder gemeenteniveau afgerond op veelvouden van ${rounding}`,
    dominance === null
      ? null
      : `dominantieregel: de grootste twee bijdragers samen hoogstens ${exactDutchNumber(
          Math.round(dominance * 10000) / 100,
        )}% van het totaal`,
  ].filter((part): part is string => part !== null);
  if (parts.length === 0) return JSON.stringify(rules);
  // Secondary suppression has no parameter: stats import verifies it for every package it loads.
  return `${parts.join('; ')}; secundaire onderdrukking over buurt, wijk, gemeente en land.`;
}

/** What a package and its indicator need to be described in a methods section. */
interface DescribedPackage {
  id: number;
  name: string;
  period: string;
  softwareVersion: string;
  disclosure: Record<string, unknown>;
  marker: string | null;
}
interface DescribedIndicator {
  name: string;
  unit: string;
  measures: string;
  numerator: string;
  denominator: string | null;
  methodology: string;
}

/**
 * The heading of a package indicator in a methods section: a synthetic package's marker comes
 * first, so its entry is never read as real data.
 */
export function packageMethodHeading(pkg: DescribedPackage, indicator: DescribedIndicator) {
  const title = `${indicator.name} (pakket ${pkg.name}, ${pkg.period})`;
  return pkg.marker ? `${pkg.marker}: ${title}` : title;
}

/** A package indicator's definition as labelled lines (label, text), in reading order. */
export function packageDefinitionLines(indicator: DescribedIndicator): [string, string][] {
  return [
    ['Wat het meet', indicator.measures],
    ['Teller', indicator.numerator],
    ['Noemer', indicator.denominator ?? 'geen; het cijfer is een aantal'],
    ['Eenheid', indicator.unit],
    ['Methode', indicator.methodology],
  ];
}

/** Where a package's figures come from, in one line: package, period, software and rules. */
export function packageProvenanceText(pkg: DescribedPackage): string {
  return `Bron: statistiekpakket ${pkg.name} (nummer ${pkg.id}), periode ${pkg.period}, gemaakt met pijplijn ${pkg.softwareVersion}. Openbaarmakingsregels: ${disclosureRulesText(pkg.disclosure)}`;
}
