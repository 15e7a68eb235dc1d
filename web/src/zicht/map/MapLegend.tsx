// SPDX-License-Identifier: EUPL-1.2
import { formatWithUnit } from '../format';

import { hatchId } from './ChoroplethMap';
import { classOf } from './classes';

/**
 * The class breaks with their colours, the class the national value falls in (marked), and the
 * hatching for regions without a figure.
 */
export function MapLegend({
  breaks,
  colours,
  min,
  max,
  national,
  unit,
  kind,
}: {
  breaks: readonly number[];
  colours: readonly string[];
  min: number;
  max: number;
  national: number | null;
  unit: string;
  kind: string;
}) {
  const show = (v: number) => formatWithUnit(v, unit, kind);
  const bounds = [min, ...breaks, max];
  // A national count (all inhabitants of the country) says nothing next to regional counts.
  const reference = kind === 'count' ? null : national;
  const nationalClass = reference === null ? -1 : classOf(reference, breaks);
  return (
    <figure className="zicht-legend" aria-label="Legenda">
      <ul>
        {colours.map((colour, i) => (
          <li key={colour} className={i === nationalClass ? 'zicht-legend__national' : undefined}>
            <svg width="24" height="16" aria-hidden="true">
              <rect width="24" height="16" fill={colour} stroke="#555" />
            </svg>
            <span>
              {i === 0 ? 'van ' : 'boven '}
              {show(bounds[i]!)} tot en met {show(bounds[i + 1]!)}
              {i === nationalClass ? ' — hierin valt het landelijk cijfer' : ''}
            </span>
          </li>
        ))}
        <li>
          <svg width="24" height="16" aria-hidden="true">
            <rect width="24" height="16" fill={`url(#${hatchId})`} stroke="#555" />
          </svg>
          <span>geen cijfer of geheim</span>
        </li>
      </ul>
      {reference !== null ? (
        <figcaption className="utrecht-paragraph">Landelijk: {show(reference)}</figcaption>
      ) : null}
    </figure>
  );
}
