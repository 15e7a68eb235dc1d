// SPDX-License-Identifier: EUPL-1.2
import { useMemo } from 'react';

import type { IndicatorValues } from '../../../../common/contracts/statistics-values';
import { regionLevelLabels } from '../../../../common/statistics/levels';
import { Heading } from '../../ui/Heading';
import { Link } from '../../ui/Link';
import { Paragraph } from '../../ui/Paragraph';
import { LoadError, Loading } from '../../ui/Status';
import {
  levelSingular,
  formatIndex,
  formatPercentile,
  formatWithUnit,
  funnelLabels,
  statusLabels,
} from '../format';
import { RegionNotes } from '../notes/RegionNotes';
import type { ExplorerState } from '../url-state';
import { useShapes } from '../use-shapes';

import { ChoroplethMap } from './ChoroplethMap';
import { MapLegend } from './MapLegend';
import { ValuesTable } from './ValuesTable';
import { coloursFor, quantileBreaks } from './classes';
import { mapSummary } from './summary';

/** Map, legend, summary, details of the chosen region and the table twin of one indicator. */
export function IndicatorView({
  data,
  state,
  go,
  withinName,
}: {
  data: IndicatorValues;
  state: ExplorerState;
  go: (next: Partial<ExplorerState>) => void;
  withinName: string | null;
}) {
  const { indicator } = data;
  const shapes = useShapes(data.level, data.regionYear, state.within);
  const byCode = useMemo(() => new Map(data.values.map((v) => [v.code, v])), [data]);
  const usable = useMemo(
    () => data.values.flatMap((v) => (v.value === null ? [] : [v.value])),
    [data],
  );
  const breaks = useMemo(() => quantileBreaks(usable), [usable]);
  const colours = coloursFor(indicator.direction, breaks.length + 1);
  const levelLabel = regionLevelLabels[data.level];
  const peerLabel = 'Vergelijkbare gemeenten';
  const selected = state.selected ? byCode.get(state.selected) : undefined;
  const canDrill = data.level === 'gemeente' && indicator.levels.includes('wijk');
  const choose = (code: string) => {
    if (code.startsWith('PV')) go({ level: 'gemeente', within: code, selected: null });
    else go({ selected: code });
  };
  const show = (v: number | null) => formatWithUnit(v, indicator.unit, indicator.kind);

  if (usable.length === 0)
    return (
      <Paragraph>
        Voor {indicator.name} zijn er over {data.period} geen cijfers per {levelLabel}
        {state.within ? ` in ${withinName}` : ''}. Kies een ander jaar, niveau of gebied.
      </Paragraph>
    );
  return (
    <>
      <Paragraph>{mapSummary(data, state.within ? withinName : null)}</Paragraph>
      <p className="utrecht-paragraph zicht-caveat">
        Een patroon in deze cijfers is geen bewijs van ondermijning: het is een aanleiding om vragen
        te stellen en andere bronnen te raadplegen. {data.attribution}.
      </p>
      <div className="zicht-map-layout">
        <div>
          {shapes.status === 'loading' ? <Loading label="Kaart laden…" /> : null}
          {shapes.status === 'error' ? <LoadError error={shapes.error} /> : null}
          {shapes.status === 'none' ? (
            <Paragraph>
              Voor {levelLabel} zijn geen grenzen beschikbaar; de tabel hieronder toont de cijfers.
            </Paragraph>
          ) : null}
          {shapes.status === 'success' ? (
            <ChoroplethMap
              projected={shapes.projected}
              values={byCode}
              breaks={breaks}
              colours={colours}
              unit={indicator.unit}
              kind={indicator.kind}
              label={`Kaart: ${indicator.name} per ${levelSingular[data.level]}, ${data.period}`}
              selected={state.selected}
              onChoose={choose}
              chooseHint="toont de details"
              peerLabel={peerLabel}
            />
          ) : null}
        </div>
        <div>
          <MapLegend
            breaks={breaks}
            colours={colours}
            min={Math.min(...usable)}
            max={Math.max(...usable)}
            national={data.national.value}
            unit={indicator.unit}
            kind={indicator.kind}
          />
          {selected ? (
            <section aria-labelledby="zicht-details" className="weerbaar-panel">
              <Heading level={2} id="zicht-details">
                {selected.name}
              </Heading>
              <dl className="zicht-details">
                <dt>Waarde</dt>
                <dd>
                  {selected.value === null ? statusLabels[selected.status] : show(selected.value)}
                </dd>
                {indicator.kind !== 'count' ? (
                  <>
                    <dt>Landelijk</dt>
                    <dd>{show(data.national.value)}</dd>
                  </>
                ) : null}
                <dt>Index (NL = 100)</dt>
                <dd>{formatIndex(selected.index)}</dd>
                <dt>Rangorde in Nederland</dt>
                <dd>{formatPercentile(selected.percentile)}</dd>
                {selected.funnel ? (
                  <>
                    <dt>Trechter</dt>
                    <dd>{funnelLabels[selected.funnel.position]}</dd>
                  </>
                ) : null}
                {selected.peerValue !== null ? (
                  <>
                    <dt>{peerLabel}</dt>
                    <dd>{show(selected.peerValue)}</dd>
                  </>
                ) : null}
              </dl>
              {selected.statusNote ? <Paragraph>{selected.statusNote}</Paragraph> : null}
              <Paragraph>
                <Link to={`/zicht/regio/${selected.code}`}>Profiel van {selected.name}</Link>
                {canDrill ? (
                  <>
                    {' · '}
                    <Link
                      to={`/zicht?indicator=${indicator.id}&niveau=wijk&jaar=${data.period}&binnen=${selected.code}`}
                    >
                      Wijken van {selected.name}
                    </Link>
                  </>
                ) : null}
              </Paragraph>
              <RegionNotes
                regionCode={selected.code}
                regionName={selected.name}
                indicatorId={indicator.id}
                indicatorName={indicator.name}
              />
            </section>
          ) : null}
        </div>
      </div>
      <ValuesTable
        caption={`${indicator.name}, ${data.period}, per ${levelSingular[data.level]}${state.within ? ` in ${withinName}` : ''}`}
        values={data.values}
        unit={indicator.unit}
        kind={indicator.kind}
        showPeers={data.level === 'gemeente'}
      />
    </>
  );
}
