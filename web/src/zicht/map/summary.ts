// SPDX-License-Identifier: EUPL-1.2
import type { IndicatorValues } from '../../../../common/contracts/statistics-values';
import { regionLevelLabels } from '../../../../common/statistics/levels';
import { formatWithUnit } from '../format';

const names = (list: readonly { name: string }[]) =>
  list.length <= 1
    ? (list[0]?.name ?? '')
    : `${list
        .slice(0, -1)
        .map((r) => r.name)
        .join(', ')} en ${list.at(-1)!.name}`;

/**
 * A one-paragraph Dutch summary of a map: the national value, the highest and lowest regions,
 * how many lie outside the funnel limits, and how many have no figure. Every number in it is one
 * the table twin shows.
 */
export function mapSummary(data: IndicatorValues, withinName: string | null): string {
  const { indicator } = data;
  const show = (v: number | null) => formatWithUnit(v, indicator.unit, indicator.kind);
  const usable = data.values.filter((v) => v.value !== null);
  const levelLabel = regionLevelLabels[data.level];
  const where = withinName ? ` in ${withinName}` : '';
  const parts = [`${indicator.name}, ${data.period}, ${levelLabel}${where}.`];
  // A national count (all inhabitants of the country) is no reference for a region's count.
  if (data.national.value !== null && indicator.kind !== 'count')
    parts.push(
      `De landelijke waarde is ${show(data.national.value)}${data.national.approximate ? ' (benadering)' : ''}.`,
    );
  if (usable.length > 0) {
    const sorted = [...usable].sort((a, b) => b.value! - a.value!);
    const top = sorted.filter((v) => v.value === sorted[0]!.value);
    const bottom = sorted.filter((v) => v.value === sorted.at(-1)!.value);
    parts.push(
      `De hoogste waarde heeft ${names(top.slice(0, 3))} (${show(top[0]!.value)}), de laagste ${names(bottom.slice(0, 3))} (${show(bottom[0]!.value)}).`,
    );
  }
  const above = usable.filter((v) => v.funnel?.position === 'strongly-above').length;
  const below = usable.filter((v) => v.funnel?.position === 'strongly-below').length;
  if (data.funnel)
    parts.push(
      `${above} van de ${usable.length} ${levelLabel} liggen duidelijk boven de verwachting voor hun omvang en ${below} duidelijk eronder (buiten de 99,8%-trechter); bij de rest kan het verschil met het land toeval zijn.`,
    );
  const secret = data.values.filter((v) => v.status === 'secret').length;
  const missing = data.values.filter((v) => v.status === 'missing').length;
  if (secret + missing > 0)
    parts.push(
      `${secret + missing} ${levelLabel} hebben geen cijfer (${secret} geheim, ${missing} niet gepubliceerd); ze zijn gearceerd.`,
    );
  return parts.join(' ');
}
