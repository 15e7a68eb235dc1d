// SPDX-License-Identifier: EUPL-1.2
import type { ProfileIndicator } from '../../../../common/contracts/statistics-values';
import { formatWithUnit } from '../format';

/**
 * A small line of a region's values over the periods; its text alternative lists every point,
 * so the trend is also available without sight.
 */
export function Sparkline({ indicator }: { indicator: ProfileIndicator }) {
  const points = indicator.series.filter((p) => p.value !== null);
  const label = indicator.series
    .map(
      (p) =>
        `${p.period}: ${p.value === null ? 'geen cijfer' : formatWithUnit(p.value, indicator.unit, indicator.kind)}`,
    )
    .join('; ');
  if (points.length < 2) return <span>{points.length === 1 ? label : '–'}</span>;
  const values = points.map((p) => p.value!);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const first = points[0]!.period;
  const span = Math.max(points.at(-1)!.period - first, 1);
  const x = (period: number) => 2 + ((period - first) / span) * 76;
  const y = (value: number) => (max === min ? 10 : 18 - ((value - min) / (max - min)) * 16);
  const d = points
    .map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.period).toFixed(1)} ${y(p.value!).toFixed(1)}`)
    .join('');
  const last = points.at(-1)!;
  return (
    <svg width="80" height="20" viewBox="0 0 80 20" role="img" aria-label={`Verloop: ${label}`}>
      <path d={d} fill="none" stroke="#1f4e79" strokeWidth="1.5" />
      <circle cx={x(last.period)} cy={y(last.value!)} r="2" fill="#1f4e79" />
    </svg>
  );
}
