// SPDX-License-Identifier: EUPL-1.2
import { useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';

import { indicatorListSchema, type IndicatorList } from '../../../../common/contracts/statistics';
import {
  indicatorValuesSchema,
  type IndicatorValues,
} from '../../../../common/contracts/statistics-values';
import { apiGet } from '../../api/client';
import { useQuery } from '../../api/use-query';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { FormField } from '../../ui/FormField';
import { Heading, PageHeading } from '../../ui/Heading';
import { Paragraph } from '../../ui/Paragraph';
import { LoadError, Loading } from '../../ui/Status';
import { IndicatorSelect } from '../IndicatorSelect';
import { StatisticsError } from '../NoStatistics';
import { ZichtNav } from '../ZichtNav';
import { zichtPaths } from '../api';

import { CombinedResultView } from './CombinedResultView';
import { weightProblem } from './combined';
import { choiceParams, readChoices, type Choice } from './combined-url';

/** The fixed guardrail: what this view is, and what it must never be used for. */
export const guardrail =
  'Dit is een zoekhulpmiddel, geen oordeel. De score combineert open cijfers per gemeente; ze zegt niets over personen, adressen of bedrijven en is geen bewijs van ondermijning. Behandel gemeenten niet anders op grond van deze score alleen: gebruik haar om vragen te stellen, naast kennis uit het veld en andere bronnen. Er zit geen enkel gegeven over herkomst in.';

/** "Kansrijke zoekgebieden": weighted indicators combined into one score per gemeente. */
export function CombinedPage() {
  const catalogue = useQuery(zichtPaths.catalogue, indicatorListSchema);
  return (
    <>
      <PageHeading>Zicht: zoekgebieden</PageHeading>
      <ZichtNav />
      <div className="zicht-guardrail">
        <Paragraph>{guardrail}</Paragraph>
      </div>
      {catalogue.status === 'loading' ? <Loading /> : null}
      {catalogue.status === 'error' ? <StatisticsError error={catalogue.error} /> : null}
      {catalogue.status === 'success' ? <Combined catalogue={catalogue.data} /> : null}
    </>
  );
}

type Loaded =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'success'; data: IndicatorValues[] };

function Combined({ catalogue }: { catalogue: IndicatorList }) {
  const [params, setParams] = useSearchParams();
  const { choices, notices } = useMemo(
    () => readChoices(params, catalogue.indicators),
    [params, catalogue],
  );
  const [adding, setAdding] = useState(
    catalogue.indicators.find(
      (i) => i.levels.includes('gemeente') && !choices.some((c) => c.id === i.id),
    )?.id ?? '',
  );
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const ids = choices.map((c) => c.id).join(',');
  useEffect(() => {
    if (!ids) return;
    const controller = new AbortController();
    setLoaded({ status: 'loading' });
    Promise.all(
      ids.split(',').map((id) =>
        apiGet(zichtPaths.values(id, 'gemeente'), indicatorValuesSchema, {
          signal: controller.signal,
        }),
      ),
    ).then(
      (data) => setLoaded({ status: 'success', data }),
      (error: unknown) => !controller.signal.aborted && setLoaded({ status: 'error', error }),
    );
    return () => controller.abort();
  }, [ids]);
  const update = (next: Choice[]) => setParams(choiceParams(next), { preventScrollReset: true });
  const change = (id: string, patch: Partial<Choice>) =>
    update(choices.map((c) => (c.id === id ? { ...c, ...patch } : c)));
  const problem = weightProblem(choices);
  const nameOf = (id: string) => catalogue.indicators.find((i) => i.id === id)?.name ?? id;

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
      <section aria-labelledby="zicht-keuze" className="zicht-no-print">
        <Heading level={2} id="zicht-keuze">
          Indicatoren en gewichten
        </Heading>
        <div>
          {choices.map((c) => (
            <div key={c.id}>
              <fieldset className="utrecht-form-fieldset weerbaar-filters">
                <legend className="utrecht-form-fieldset__legend">{nameOf(c.id)}</legend>
                <label className="utrecht-form-label" htmlFor={`gewicht-${c.id}`}>
                  Gewicht (0 tot en met 10)
                </label>
                <input
                  id={`gewicht-${c.id}`}
                  type="number"
                  min={0}
                  max={10}
                  step={0.5}
                  className="utrecht-textbox utrecht-textbox--html-input"
                  value={c.weight}
                  onChange={(e) =>
                    change(c.id, { weight: e.target.value === '' ? 0 : Number(e.target.value) })
                  }
                />
                <label className="utrecht-form-label">
                  <input
                    type="checkbox"
                    className="utrecht-checkbox utrecht-checkbox--html-input"
                    checked={c.reversed}
                    onChange={(e) => change(c.id, { reversed: e.target.checked })}
                  />{' '}
                  Een lage waarde telt zwaar
                </label>
                <Button
                  appearance="subtle"
                  onClick={() => update(choices.filter((x) => x.id !== c.id))}
                >
                  Weghalen
                </Button>
              </fieldset>
            </div>
          ))}
        </div>
        <div className="weerbaar-filters">
          <FormField id="zicht-toevoegen" label="Indicator toevoegen">
            {(control) => (
              <IndicatorSelect
                {...control}
                catalogue={catalogue}
                value={adding}
                onChange={setAdding}
                filter={(i) => i.levels.includes('gemeente') && !choices.some((c) => c.id === i.id)}
              />
            )}
          </FormField>
          <Button
            onClick={() =>
              adding && update([...choices, { id: adding, weight: 1, reversed: false }])
            }
          >
            Toevoegen
          </Button>
        </div>
      </section>
      {problem ? (
        <Alert type="error" heading="Zo kan er geen score worden berekend">
          <p className="utrecht-paragraph">{problem}</p>
        </Alert>
      ) : null}
      {!problem && loaded.status === 'loading' ? <Loading label="Cijfers laden…" /> : null}
      {!problem && loaded.status === 'error' ? <LoadError error={loaded.error} /> : null}
      {!problem && loaded.status === 'success' ? (
        <CombinedResultView choices={choices} data={loaded.data} />
      ) : null}
    </>
  );
}
