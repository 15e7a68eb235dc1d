// SPDX-License-Identifier: EUPL-1.2
import type {
  ProfileIndicator,
  RegionProfile,
} from '../../../../common/contracts/statistics-values';
import { Link } from '../../ui/Link';
import { formatWithUnit, statusLabels } from '../format';

interface Entry {
  region: RegionProfile['region'];
  indicator: ProfileIndicator | null;
}

/**
 * One indicator for the compared regions: a horizontal bar each, a dashed line at the national
 * value, and the numbers written out (the figure's text is its own table).
 */
export function SmallMultiple({ entries }: { entries: Entry[] }) {
  const first = entries.find((e) => e.indicator)?.indicator;
  if (!first) return null;
  const show = (v: number | null) => formatWithUnit(v, first.unit, first.kind);
  const national = first.kind === 'count' ? null : first.national;
  const max = Math.max(
    ...entries.map((e) => e.indicator?.value ?? 0),
    national ?? 0,
    Number.MIN_VALUE,
  );
  const rowHeight = 22;
  const width = 220;
  const height = entries.length * rowHeight + 4;
  const periods = [...new Set(entries.map((e) => e.indicator?.period).filter(Boolean))].join(', ');
  return (
    <figure>
      <figcaption>
        <Link to={`/zicht/indicator/${first.id}`}>{first.name}</Link> ({periods})
      </figcaption>
      <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} aria-hidden="true">
        {entries.map((e, i) => {
          const value = e.indicator?.value ?? null;
          const barWidth = value === null || value < 0 ? 0 : (value / max) * (width - 4);
          return (
            <rect
              key={e.region.code}
              x="0"
              y={i * rowHeight + 4}
              width={barWidth}
              height={rowHeight - 8}
              fill={value === null ? '#bbbbbb' : '#1f4e79'}
            />
          );
        })}
        {national !== null && national >= 0 ? (
          <line
            x1={(national / max) * (width - 4)}
            x2={(national / max) * (width - 4)}
            y1="0"
            y2={height}
            stroke="#b30000"
            strokeDasharray="4 2"
            strokeWidth="2"
          />
        ) : null}
      </svg>
      <dl className="zicht-details">
        {entries.map((e) => (
          <div key={e.region.code} style={{ display: 'contents' }}>
            <dt>{e.region.name}</dt>
            <dd>
              {e.indicator === null
                ? 'niet beschikbaar'
                : e.indicator.value === null
                  ? statusLabels[e.indicator.status]
                  : show(e.indicator.value)}
            </dd>
          </div>
        ))}
        {national !== null ? (
          <>
            <dt>Landelijk (rode lijn)</dt>
            <dd>{show(national)}</dd>
          </>
        ) : null}
      </dl>
    </figure>
  );
}
