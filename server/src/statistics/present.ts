// SPDX-License-Identifier: EUPL-1.2
import type { IndicatorCard, IndicatorSummary } from '../../../common/contracts/statistics';
import {
  methodologyText,
  notProofSentence,
  themeLabels,
  type Indicator,
} from '../../../common/statistics/indicators';
import { variableById } from '../../../common/statistics/variables';

/** Path of an indicator's methodology card. */
export const cardPath = (id: string) => `/api/v1/indicators/${id}`;

/** One catalogue entry. */
export function presentIndicatorSummary(indicator: Indicator): IndicatorSummary {
  return {
    id: indicator.id,
    name: indicator.name,
    theme: indicator.theme,
    themeLabel: themeLabels[indicator.theme],
    unit: indicator.unit,
    kind: indicator.kind,
    direction: indicator.direction,
    levels: [...indicator.levels],
    periods: [...indicator.periods],
    href: cardPath(indicator.id),
  };
}

function variableRef(id: string | undefined) {
  const variable = id ? variableById.get(id) : undefined;
  return variable ? { id: variable.id, label: variable.label, unit: variable.unit } : null;
}

const label = (id: string | undefined) => variableRef(id)?.label.toLowerCase() ?? '';

/** How the value is computed, in Dutch, from the kind and the variables. */
export function computationText(indicator: Indicator): string {
  const times =
    indicator.multiplier === 1 ? '' : ` × ${indicator.multiplier.toLocaleString('nl-NL')}`;
  if (indicator.kind === 'ratio')
    return `Berekend als ${label(indicator.numerator)} gedeeld door ${label(indicator.denominator)}${times}. Voor het land en voor groepen van gemeenten worden eerst teller en noemer opgeteld en dan gedeeld: nooit een gemiddelde van cijfers per gemeente.`;
  if (indicator.kind === 'count')
    return 'Het gepubliceerde aantal. Voor groepen is het de som; ontbreekt een deel, dan is die som te laag en als benadering gemarkeerd. Aantallen worden niet als index vergeleken.';
  if (indicator.kind === 'median')
    return 'De door de bron gepubliceerde mediaan. Medianen zijn niet op te tellen of te middelen; zonder gepubliceerde landelijke waarde is er geen.';
  const minus = indicator.minus ? ` min ${label(indicator.minus)}` : '';
  const weight = indicator.weight
    ? `Voor het land en voor groepen: het gemiddelde gewogen met ${label(indicator.weight)}, tenzij de bron zelf een landelijke waarde publiceert.`
    : 'De bron geeft geen basis om mee te wegen: zonder gepubliceerde landelijke waarde is er geen.';
  return `De door de bron gepubliceerde waarde (${label(indicator.value)}${minus}). ${weight}`;
}

/** "Bron: CBS", or "Bron: Politie; CBS": publishers named once, Politie first (it owns the crime counts). */
export function attributionOfPublishers(publishers: Iterable<string>): string {
  const sorted = [...new Set(publishers)].sort((a, b) =>
    a === 'Politie' ? -1 : b === 'Politie' ? 1 : 0,
  );
  return `Bron: ${sorted.join('; ')}`;
}

/** The attribution of one indicator's sources. */
export const attributionOf = (indicator: Indicator) =>
  attributionOfPublishers(indicator.sources.map((source) => source.publisher));

/** The methodology card. */
export function presentIndicatorCard(indicator: Indicator): IndicatorCard {
  const { href: _href, ...summary } = presentIndicatorSummary(indicator);
  const computation = computationText(indicator);
  const ratio = indicator.kind === 'ratio' ? indicator : null;
  const value = indicator.kind === 'ratio' ? null : indicator;
  return {
    ...summary,
    multiplier: indicator.multiplier,
    numerator: variableRef(ratio?.numerator),
    denominator: variableRef(ratio?.denominator),
    value: variableRef(value?.value),
    weight: variableRef(value?.weight),
    minus: variableRef(value?.minus),
    coverage: indicator.coverage.map((c) => ({ period: c.period, levels: [...c.levels] })),
    sources: indicator.sources.map(({ file, title, tableId, publisher, licence }) => ({
      file,
      title,
      tableId,
      publisher,
      licence,
    })),
    attribution: attributionOf(indicator),
    methodology: {
      measures: indicator.measures,
      computation,
      caveats: [...indicator.caveats],
      notProof: notProofSentence,
      text: methodologyText(indicator, computation),
    },
  };
}
