// SPDX-License-Identifier: EUPL-1.2
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';

import { regionDetailSchema, regionListSchema } from '../../../common/contracts/regions';
import { indicatorListSchema, type IndicatorList } from '../../../common/contracts/statistics';
import { indicatorValuesSchema } from '../../../common/contracts/statistics-values';
import { regionLevelLabels, type RegionLevel } from '../../../common/statistics/levels';
import { useQuery } from '../api/use-query';
import { Alert } from '../ui/Alert';
import { PageHeading } from '../ui/Heading';
import { Link, PlainLink } from '../ui/Link';
import { Paragraph } from '../ui/Paragraph';
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
        <div className="utrecht-form-field">
          <div className="utrecht-form-field__label">
            <label className="utrecht-form-label" htmlFor="zicht-indicator">
              Indicator
            </label>
          </div>
          <IndicatorSelect
            id="zicht-indicator"
            catalogue={catalogue}
            value={state.indicator}
            onChange={chooseIndicator}
          />
        </div>
        <div className="utrecht-form-field">
          <div className="utrecht-form-field__label">
            <label className="utrecht-form-label" htmlFor="zicht-niveau">
              Niveau
            </label>
          </div>
          <select
            id="zicht-niveau"
            className="utrecht-select utrecht-select--html-select"
            value={state.level}
            onChange={(e) => go({ level: e.target.value as RegionLevel, selected: null })}
          >
            {levels.map((l) => (
              <option key={l} value={l}>
                {regionLevelLabels[l]}
              </option>
            ))}
          </select>
        </div>
        <div className="utrecht-form-field">
          <div className="utrecht-form-field__label">
            <label className="utrecht-form-label" htmlFor="zicht-jaar">
              Jaar
            </label>
          </div>
          <select
            id="zicht-jaar"
            className="utrecht-select utrecht-select--html-select"
            value={state.year}
            onChange={(e) => go({ year: Number(e.target.value) })}
          >
            {indicator.periods.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
        </div>
        <div className="utrecht-form-field">
          <div className="utrecht-form-field__label">
            <label className="utrecht-form-label" htmlFor="zicht-gebied">
              Gebied
            </label>
          </div>
          <select
            id="zicht-gebied"
            className="utrecht-select utrecht-select--html-select"
            value={state.within ?? ''}
            onChange={(e) => go({ within: e.target.value || null, selected: null })}
          >
            <option value="">Heel Nederland</option>
            {state.within?.startsWith('GM') ? (
              <option value={state.within}>Gemeente {withinLabel}</option>
            ) : null}
            {provinces.status === 'success'
              ? provinces.data.regions.map((p) => (
                  <option key={p.code} value={p.code}>
                    Provincie {p.name}
                  </option>
                ))
              : null}
          </select>
        </div>
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
