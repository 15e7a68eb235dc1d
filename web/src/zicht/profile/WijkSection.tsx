// SPDX-License-Identifier: EUPL-1.2
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';

import type { IndicatorList } from '../../../../common/contracts/statistics';
import { indicatorValuesSchema } from '../../../../common/contracts/statistics-values';
import { useQuery } from '../../api/use-query';
import { FormField } from '../../ui/FormField';
import { Heading } from '../../ui/Heading';
import { Paragraph } from '../../ui/Paragraph';
import { LoadError, Loading } from '../../ui/Status';
import { IndicatorSelect } from '../IndicatorSelect';
import { zichtPaths } from '../api';
import { ChoroplethMap } from '../map/ChoroplethMap';
import { MapLegend } from '../map/MapLegend';
import { ValuesTable } from '../map/ValuesTable';
import { coloursFor, quantileBreaks } from '../map/classes';
import { mapSummary } from '../map/summary';
import { useShapes } from '../use-shapes';

/** A gemeente's wijken on a map and in a table, for one wijk-level indicator the user picks. */
export function WijkSection({
  code,
  name,
  catalogue,
}: {
  code: string;
  name: string;
  catalogue: IndicatorList | null;
}) {
  // Starts with population, which every gemeente has per wijk, so the values load at once.
  const [indicatorId, setIndicatorId] = useState('inwoners');
  const navigate = useNavigate();
  const values = useQuery(
    indicatorId ? zichtPaths.values(indicatorId, 'wijk', null, code) : null,
    indicatorValuesSchema,
  );
  // The newest wijk boundaries load at once, beside the figures: no waterfall behind the profile.
  const shapes = useShapes('wijk', 'newest', code);
  const wijkIndicators = catalogue?.indicators.filter((i) => i.levels.includes('wijk')) ?? [];
  const byCode = useMemo(
    () => new Map(values.status === 'success' ? values.data.values.map((v) => [v.code, v]) : []),
    [values],
  );
  const data = values.status === 'success' ? values.data : null;
  const usable = data ? data.values.flatMap((v) => (v.value === null ? [] : [v.value])) : [];
  const breaks = quantileBreaks(usable);
  const colours = data ? coloursFor(data.indicator.direction, breaks.length + 1) : [];
  return (
    <section aria-labelledby="zicht-wijken">
      <Heading level={2} id="zicht-wijken">
        Wijken van {name}
      </Heading>
      {catalogue && wijkIndicators.length > 0 ? (
        <div className="zicht-no-print">
          <FormField id="zicht-wijk-indicator" label="Indicator voor de wijken">
            {(control) => (
              <IndicatorSelect
                {...control}
                catalogue={catalogue}
                value={indicatorId}
                onChange={setIndicatorId}
                filter={(i) => i.levels.includes('wijk')}
              />
            )}
          </FormField>
        </div>
      ) : null}
      {values.status === 'loading' ? <Loading label="Wijkcijfers laden…" /> : null}
      {values.status === 'error' ? (
        <LoadError error={values.error} onRetry={values.reload} />
      ) : null}
      {data ? (
        <>
          <Paragraph>{mapSummary(data, name)}</Paragraph>
          <div className="zicht-map-layout">
            <div>
              {shapes.status === 'success' ? (
                <ChoroplethMap
                  projected={shapes.projected}
                  values={byCode}
                  breaks={breaks}
                  colours={colours}
                  unit={data.indicator.unit}
                  kind={data.indicator.kind}
                  label={`Kaart: ${data.indicator.name} per wijk in ${name}, ${data.period}`}
                  selected={null}
                  onChoose={(wijk) => navigate(`/zicht/regio/${wijk}`)}
                  chooseHint="opent het profiel van de wijk"
                  peerLabel="Vergelijkbare gemeenten"
                />
              ) : shapes.status === 'error' ? (
                <LoadError error={shapes.error} />
              ) : (
                <Loading label="Kaart laden…" />
              )}
            </div>
            {usable.length > 0 ? (
              <MapLegend
                breaks={breaks}
                colours={colours}
                min={Math.min(...usable)}
                max={Math.max(...usable)}
                national={data.national.value}
                unit={data.indicator.unit}
                kind={data.indicator.kind}
              />
            ) : null}
          </div>
          <ValuesTable
            caption={`${data.indicator.name}, ${data.period}, per wijk in ${name}`}
            values={data.values}
            unit={data.indicator.unit}
            kind={data.indicator.kind}
            showPeers={false}
          />
        </>
      ) : null}
    </section>
  );
}
