// SPDX-License-Identifier: EUPL-1.2
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';

import { regionDetailSchema, regionListSchema } from '../../../common/contracts/regions';
import { indicatorListSchema, type IndicatorList } from '../../../common/contracts/statistics';
import { indicatorValuesSchema } from '../../../common/contracts/statistics-values';
import { regionLevelLabels, type RegionLevel } from '../../../common/statistics/levels';
import { useQuery } from '../api/use-query';
import { Alert } from '../ui/Alert';
import { FormField } from '../ui/FormField';
import { PageHeading } from '../ui/Heading';
import { Link, PlainLink } from '../ui/Link';
import { Paragraph } from '../ui/Paragraph';
import { Select } from '../ui/Select';
import { Loading } from '../ui/Status';

import { IndicatorSelect } from './IndicatorSelect';
import { StatisticsError } from './NoStatistics';
import { ZichtNav } from './ZichtNav';
import { zichtPaths } from './api';
import { IndicatorView } from './map/IndicatorView';
import { explorerParams, readExplorerState, type ExplorerState } from './url-state';

/** Zicht's map explorer: choose an indicator, level, year and area; map, legend, summary, table. */
export function ExplorerPage() {
  const catalogue = useQuery(zichtPaths.catalogue, indicatorListSchema);
  return (
    <>
      <PageHeading>Zicht: kaart</PageHeading>
      <ZichtNav />
      {catalogue.status === 'loading' ? <Loading /> : null}
      {catalogue.status === 'error' ? (
        <StatisticsError error={catalogue.error} onRetry={catalogue.reload} />
      ) : null}
      {catalogue.status === 'success' ? <Explorer catalogue={catalogue.data} /> : null}
    </>
  );
}

function Explorer({ catalogue }: { catalogue: IndicatorList }) {
  const [params, setParams] = useSearchParams();
  const { state, notices } = useMemo(
    () => readExplorerState(params, catalogue.indicators),
    [params, catalogue],
  );
  const indicator = catalogue.indicators.find((i) => i.id === state.indicator)!;
  const go = (next: Partial<ExplorerState>) =>
    setParams(explorerParams({ ...state, ...next }), { preventScrollReset: true });
  const provinces = useQuery(zichtPaths.regions('provincie'), regionListSchema);
  const withinRegion = useQuery(
    state.within ? `/api/v1/regions/${state.within}` : null,
    regionDetailSchema,
  );
  const withinLabel = withinRegion.status === 'success' ? withinRegion.data.name : state.within;
  const levels = indicator.levels.filter((l): l is RegionLevel => l !== 'land');
  const values = useQuery(
    zichtPaths.values(state.indicator, state.level, state.year, state.within),
    indicatorValuesSchema,
  );

  const chooseIndicator = (id: string) => {
    const next = catalogue.indicators.find((i) => i.id === id)!;
    const level = next.levels.includes(state.level) ? state.level : 'gemeente';
    const year = next.periods.includes(state.year) ? state.year : (next.periods[0] ?? state.year);
    go({ indicator: id, level, year });
  };

  return (
    <>
      {notices.length > 0 ? (
        <Alert type="warning" heading="Deze link klopte niet helemaal">
          <ul className="utrecht-unordered-list">
            {notices.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </Alert>
      ) : null}
      <form className="weerbaar-filters zicht-controls" onSubmit={(e) => e.preventDefault()}>
        <FormField id="zicht-indicator" label="Indicator">
          {(control) => (
            <IndicatorSelect
              {...control}
              catalogue={catalogue}
              value={state.indicator}
              onChange={chooseIndicator}
            />
          )}
        </FormField>
        <FormField id="zicht-niveau" label="Niveau">
          {(control) => (
            <Select
              {...control}
              value={state.level}
              onValueChange={(level) => go({ level: level as RegionLevel, selected: null })}
              options={levels.map((l) => ({ value: l, label: regionLevelLabels[l] }))}
            />
          )}
        </FormField>
        <FormField id="zicht-jaar" label="Jaar">
          {(control) => (
            <Select
              {...control}
              value={String(state.year)}
              onValueChange={(year) => go({ year: Number(year) })}
              options={indicator.periods.map((p) => ({ value: String(p), label: String(p) }))}
            />
          )}
        </FormField>
        <FormField id="zicht-gebied" label="Gebied">
          {(control) => (
            <Select
              {...control}
              value={state.within ?? ''}
              onValueChange={(within) => go({ within: within || null, selected: null })}
              options={[
                { value: '', label: 'Heel Nederland' },
                ...(state.within?.startsWith('GM')
                  ? [{ value: state.within, label: `Gemeente ${withinLabel}` }]
                  : []),
                ...(provinces.status === 'success'
                  ? provinces.data.regions.map((p) => ({
                      value: p.code,
                      label: `Provincie ${p.name}`,
                    }))
                  : []),
              ]}
            />
          )}
        </FormField>
      </form>
      <Paragraph>
        <Link to={`/zicht/indicator/${indicator.id}`}>Methodekaart: {indicator.name}</Link>
        {' · '}
        <PlainLink
          href={`${zichtPaths.values(state.indicator, state.level, state.year, state.within)}&format=csv`}
        >
          Download CSV
        </PlainLink>
        {' · '}
        <PlainLink
          href={`${zichtPaths.values(state.indicator, state.level, state.year, state.within)}&format=xlsx`}
        >
          Download Excel
        </PlainLink>
      </Paragraph>
      {values.status === 'loading' ? <Loading label="Cijfers laden…" /> : null}
      {values.status === 'error' ? (
        <StatisticsError error={values.error} onRetry={values.reload} />
      ) : null}
      {values.status === 'success' ? (
        <IndicatorView data={values.data} state={state} go={go} withinName={withinLabel} />
      ) : null}
    </>
  );
}
