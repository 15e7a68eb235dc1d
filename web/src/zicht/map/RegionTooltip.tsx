// SPDX-License-Identifier: EUPL-1.2
import type { IndicatorValue } from '../../../../common/contracts/statistics-values';
import {
  formatIndex,
  formatPercentile,
  formatWithUnit,
  funnelLabels,
  statusLabels,
} from '../format';
import type { Shape } from '../geo/project';

/**
 * The details of the region under the pointer or keyboard focus: value, index, peer-group value
 * and status. Placed near the region's centre, inside the map box; read out politely.
 */
export function RegionTooltip({
  shape,
  value,
  unit,
  kind,
  width,
  height,
  peerLabel,
}: {
  shape: Shape;
  value: IndicatorValue | undefined;
  unit: string;
  kind: string;
  width: number;
  height: number;
  peerLabel: string;
}) {
  const [x, y] = shape.centroid;
  const left = Math.min(Math.max((x / width) * 100, 5), 65);
  const top = Math.min(Math.max((y / height) * 100, 5), 75);
  const show = (v: number | null) => formatWithUnit(v, unit, kind);
  return (
    <div className="zicht-tooltip" style={{ left: `${left}%`, top: `${top}%` }} role="status">
      <strong>{shape.name}</strong>
      {value?.value !== null && value ? (
        <dl>
          <dt>Waarde</dt>
          <dd>{show(value.value)}</dd>
          <dt>Index (NL = 100)</dt>
          <dd>{formatIndex(value.index)}</dd>
          {value.peerValue !== null ? (
            <>
              <dt>{peerLabel}</dt>
              <dd>{show(value.peerValue)}</dd>
            </>
          ) : null}
          <dt>Positie</dt>
          <dd>
            {value.funnel
              ? funnelLabels[value.funnel.position]
              : formatPercentile(value.percentile)}
          </dd>
          <dt>Status</dt>
          <dd>{statusLabels[value.status]}</dd>
        </dl>
      ) : (
        <p className="utrecht-paragraph">
          {value?.statusNote ?? 'Voor dit gebied is geen cijfer.'}
        </p>
      )}
    </div>
  );
}
