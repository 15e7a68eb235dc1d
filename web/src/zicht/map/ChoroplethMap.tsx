// SPDX-License-Identifier: EUPL-1.2
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';

import type { IndicatorValue } from '../../../../common/contracts/statistics-values';
import { formatIndex, formatWithUnit } from '../format';
import type { Projected } from '../geo/project';

import { RegionTooltip } from './RegionTooltip';
import { classOf } from './classes';

/** Pattern id of the hatching that marks regions without a figure. */
export const hatchId = 'zicht-arcering';

export interface MapProps {
  projected: Projected;
  values: ReadonlyMap<string, IndicatorValue>;
  breaks: readonly number[];
  colours: readonly string[];
  unit: string;
  kind: string;
  /** Short label of the whole map for screen readers. */
  label: string;
  selected: string | null;
  /** Enter, space or a click on a region. */
  onChoose: (code: string) => void;
  /** What Enter does, for the instructions ("open de wijken", "toon details"). */
  chooseHint: string;
  peerLabel: string;
}

/**
 * An SVG choropleth. Every region is keyboard-reachable: one tab stop into the map, then the
 * arrow keys move through the regions in alphabetical order (a roving tabindex), each with an
 * accessible name that includes its value. Hover and focus show the same tooltip.
 */
export function ChoroplethMap(props: MapProps) {
  const { projected, values, breaks, colours, selected, onChoose } = props;
  const order = useMemo(
    () => [...projected.shapes].sort((a, b) => a.name.localeCompare(b.name, 'nl')),
    [projected],
  );
  const [active, setActive] = useState<string | null>(null);
  const [hovered, setHovered] = useState<string | null>(null);
  const pathRefs = useRef(new Map<string, SVGPathElement>());
  const tabStop = active ?? selected ?? order[0]?.code ?? null;

  const fillOf = (code: string) => {
    const v = values.get(code);
    if (!v || v.value === null) return `url(#${hatchId})`;
    return colours[classOf(v.value, breaks)] ?? colours.at(-1)!;
  };

  const move = (event: KeyboardEvent<SVGPathElement>, code: string) => {
    const index = order.findIndex((s) => s.code === code);
    const next: Record<string, number> = {
      ArrowRight: index + 1,
      ArrowDown: index + 1,
      ArrowLeft: index - 1,
      ArrowUp: index - 1,
      Home: 0,
      End: order.length - 1,
    };
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onChoose(code);
      return;
    }
    const target = next[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const shape = order[(target + order.length) % order.length];
    if (!shape) return;
    setActive(shape.code);
    pathRefs.current.get(shape.code)?.focus();
  };

  const shown = hovered ?? active;
  const shownShape = shown ? projected.shapes.find((s) => s.code === shown) : undefined;
  return (
    <div className="zicht-map">
      <p className="weerbaar-visually-hidden" id="zicht-kaart-uitleg">
        Ga met Tab naar de kaart en met de pijltjestoetsen langs de gebieden; Enter{' '}
        {props.chooseHint}.
      </p>
      <svg
        viewBox={`0 0 ${projected.width} ${projected.height}`}
        role="group"
        aria-label={props.label}
        aria-describedby="zicht-kaart-uitleg"
        className="zicht-map__svg"
      >
        <defs>
          <pattern
            id={hatchId}
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="6" height="6" fill="#ffffff" />
            <line x1="0" y1="0" x2="0" y2="6" stroke="#6b6b6b" strokeWidth="2" />
          </pattern>
        </defs>
        {projected.shapes.map((shape) => {
          const value = values.get(shape.code);
          return (
            <path
              key={shape.code}
              ref={(node) => {
                if (node) pathRefs.current.set(shape.code, node);
                else pathRefs.current.delete(shape.code);
              }}
              d={shape.path}
              fill={fillOf(shape.code)}
              className={`zicht-map__region${shape.code === selected ? ' zicht-map__region--selected' : ''}`}
              role="button"
              tabIndex={shape.code === tabStop ? 0 : -1}
              aria-label={accessibleName(shape.name, value, props.unit, props.kind)}
              aria-pressed={shape.code === selected}
              onFocus={() => setActive(shape.code)}
              onBlur={() => setActive((current) => (current === shape.code ? null : current))}
              onMouseEnter={() => setHovered(shape.code)}
              onMouseLeave={() =>
                setHovered((current) => (current === shape.code ? null : current))
              }
              onClick={() => onChoose(shape.code)}
              onKeyDown={(event) => move(event, shape.code)}
            />
          );
        })}
      </svg>
      {shownShape ? (
        <RegionTooltip
          shape={shownShape}
          value={values.get(shownShape.code)}
          unit={props.unit}
          kind={props.kind}
          width={projected.width}
          height={projected.height}
          peerLabel={props.peerLabel}
        />
      ) : null}
    </div>
  );
}

/** "Amsterdam: 89,1 per 1.000 inwoners, index 198" or "Schiermonnikoog: geheim". */
function accessibleName(
  name: string,
  value: IndicatorValue | undefined,
  unit: string,
  kind: string,
): string {
  if (!value) return `${name}: geen cijfer`;
  if (value.value === null)
    return `${name}: ${value.status === 'secret' ? 'geheim' : 'geen cijfer'}`;
  const index = value.index === null ? '' : `, index ${formatIndex(value.index)}`;
  return `${name}: ${formatWithUnit(value.value, unit, kind)}${index}`;
}
