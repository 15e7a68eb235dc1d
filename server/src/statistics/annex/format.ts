// SPDX-License-Identifier: EUPL-1.2
import type { ProfileIndicator } from '../../../../common/contracts/statistics-values';

/** Where a value lies in the funnel, as the annex says it (B1 Dutch). */
export const funnelLabels: Record<NonNullable<ProfileIndicator['funnel']>['position'], string> = {
  'strongly-above': 'duidelijk hoger (buiten 99,8 %-grens)',
  above: 'hoger (buiten 95 %-grens)',
  within: 'binnen de marge (toeval niet uit te sluiten)',
  below: 'lager (buiten 95 %-grens)',
  'strongly-below': 'duidelijk lager (buiten 99,8 %-grens)',
};

const statusLabels: Record<ProfileIndicator['status'], string> = {
  exact: '',
  rounded: 'afgerond',
  missing: 'niet beschikbaar',
  secret: 'geheim',
};

/**
 * A number in Dutch notation (decimal comma, thousands point). Large numbers lose their
 * decimals, smaller ones keep up to two: the PDF is for reading; the XLSX has every digit.
 */
export function dutchNumber(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return '–';
  return value.toLocaleString('nl-NL', {
    maximumFractionDigits: Math.abs(value) >= 1000 ? 0 : 2,
  });
}

/** The region's value with its status when that is not a plain exact figure. */
export function valueText(indicator: ProfileIndicator): string {
  if (indicator.value === null) return statusLabels[indicator.status] || '–';
  const status = statusLabels[indicator.status];
  return status ? `${dutchNumber(indicator.value)} (${status})` : dutchNumber(indicator.value);
}

/** A date as 2 november 2026. */
export const dutchDate = (date: Date) =>
  date.toLocaleDateString('nl-NL', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Amsterdam',
  });
