// SPDX-License-Identifier: EUPL-1.2
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';

import { regionListSchema } from '../../../../common/contracts/regions';
import {
  packageListSchema,
  packageValuesSchema,
  type PackageValues,
  type PackageView,
} from '../../../../common/contracts/statistics-packages';
import type { IndicatorValue } from '../../../../common/contracts/statistics-values';
import { useQuery } from '../../api/use-query';
import { Alert } from '../../ui/Alert';
import { FormField } from '../../ui/FormField';
import { Heading, PageHeading } from '../../ui/Heading';
import { Paragraph } from '../../ui/Paragraph';
import { Select } from '../../ui/Select';
import { LoadError, Loading } from '../../ui/Status';
import { Table } from '../../ui/Table';
import { ZichtNav } from '../ZichtNav';
import { zichtPaths } from '../api';
import { formatWithUnit } from '../format';
import { ChoroplethMap } from '../map/ChoroplethMap';
import { coloursFor, quantileBreaks } from '../map/classes';
import { PackageDefinitionList } from '../profile/PackageDefinitionList';
import { useShapes } from '../use-shapes';

const levels = ['gemeente', 'wijk', 'buurt', 'land'] as const;
/** Levels whose national list is long and full of repeated names: these can be narrowed to a gemeente. */
const localLevels: readonly string[] = ['wijk', 'buurt'];

/**
 * The analyses of imported statistics packages (the pipeline's indicators): choose a package,
 * indicator and level; a synthetic package is marked on every view of its numbers.
 */
export function PackagesPage() {
  const list = useQuery('/api/v1/packages', packageListSchema);
  return (
    <>
      <PageHeading>Zicht: analyses</PageHeading>
      <ZichtNav />
      <Paragraph>
        Analyses uit een statistiekpakket van de pijplijn: cijfers die alleen in een beveiligde
        omgeving uit gegevens over personen en panden te maken zijn. Alleen beveiligde totalen komen
        hier: kleine aantallen zijn onderdrukt of afgerond.
      </Paragraph>
      {list.status === 'loading' ? <Loading /> : null}
      {list.status === 'error' ? <LoadError error={list.error} onRetry={list.reload} /> : null}
      {list.status === 'success' && list.data.packages.length === 0 ? (
        <Alert type="info" heading="Er is nog geen statistiekpakket geladen" live={false}>
          <p className="utrecht-paragraph">
            Een beheerder maakt een pakket met <code>npx weerbaar pipeline run</code> en laadt het
            met <code>npx weerbaar stats import &lt;pakket&gt;</code>.
          </p>
        </Alert>
      ) : null}
      {list.status === 'success' && list.data.packages.length > 0 ? (
        <Packages packages={list.data.packages} />
      ) : null}
    </>
  );
}

function Packages({ packages }: { packages: PackageView[] }) {
  const [params, setParams] = useSearchParams();
  const pkg = packages.find((p) => String(p.id) === params.get('pakket')) ?? packages[0]!;
  const indicator =
    pkg.indicators.find((i) => i.id === params.get('indicator')) ?? pkg.indicators[0]!;
  const asked = params.get('niveau');
  const level = indicator.levels.includes(asked ?? '')
    ? asked!
    : indicator.levels.includes('gemeente')
      ? 'gemeente'
      : indicator.levels[0]!;
  // A wijk or buurt table of the whole country runs to thousands of rows, many named "Centrum":
  // the user narrows it to one gemeente, whose wijken the map then shows at its own scale.
  const local = localLevels.includes(level);
  const askedGemeente = params.get('gemeente') ?? '';
  const gemeente = local && /^GM\d{4}$/.test(askedGemeente) ? askedGemeente : null;
  const gemeenten = useQuery(local ? zichtPaths.regions('gemeente') : null, regionListSchema);
  const gemeenteName =
    gemeenten.status === 'success'
      ? (gemeenten.data.regions.find((r) => r.code === gemeente)?.name ?? gemeente)
      : gemeente;
  const go = (next: Record<string, string>) =>
    setParams(
      Object.entries({
        pakket: String(pkg.id),
        indicator: indicator.id,
        niveau: level,
        gemeente: gemeente ?? '',
        ...next,
      }).filter(([, value]) => value !== ''),
    );
  const values = useQuery(
    `/api/v1/packages/${pkg.id}/indicators/${indicator.id}/values?level=${level}${gemeente ? `&parent=${gemeente}` : ''}`,
    packageValuesSchema,
  );
  return (
    <>
      {pkg.marker ? (
        <Alert type="warning" heading={pkg.marker} live={false}>
          <p className="utrecht-paragraph">
            Deze cijfers komen uit verzonnen personen en panden met ingebouwde patronen. Ze laten
            zien hoe de analyses werken en zeggen niets over echte gemeenten.
          </p>
        </Alert>
      ) : null}
      <form className="weerbaar-filters" onSubmit={(e) => e.preventDefault()}>
        <FormField id="pakket" label="Pakket">
          {(control) => (
            <Select
              {...control}
              value={String(pkg.id)}
              onValueChange={(pakket) => setParams({ pakket })}
              options={packages.map((p) => ({
                value: String(p.id),
                label: `${p.name} (${p.period})${p.marker ? ` — ${p.marker.toLowerCase()}` : ''}`,
              }))}
            />
          )}
        </FormField>
        <FormField id="pakket-indicator" label="Analyse">
          {(control) => (
            <Select
              {...control}
              value={indicator.id}
              onValueChange={(id) => go({ indicator: id })}
              options={pkg.indicators.map((i) => ({ value: i.id, label: i.name }))}
            />
          )}
        </FormField>
        <FormField id="pakket-niveau" label="Niveau">
          {(control) => (
            <Select
              {...control}
              value={level}
              onValueChange={(niveau) => go({ niveau })}
              options={levels
                .filter((l) => indicator.levels.includes(l))
                .map((l) => ({ value: l, label: l }))}
            />
          )}
        </FormField>
        {local ? (
          <FormField id="pakket-gemeente" label="Gemeente">
            {(control) => (
              <Select
                {...control}
                value={gemeente ?? ''}
                onValueChange={(code) => go({ gemeente: code })}
                options={[
                  { value: '', label: 'Heel Nederland' },
                  ...(gemeenten.status === 'success'
                    ? [...gemeenten.data.regions]
                        .sort((a, b) => a.name.localeCompare(b.name, 'nl'))
                        .map((r) => ({ value: r.code, label: r.name }))
                    : gemeente
                      ? [{ value: gemeente, label: gemeenteName ?? gemeente }]
                      : []),
                ]}
              />
            )}
          </FormField>
        ) : null}
      </form>
      <Heading level={2}>{indicator.name}</Heading>
      <PackageDefinitionList indicator={indicator} />
      {indicator.caveats.length > 0 ? (
        <>
          <Heading level={3}>Waar u op moet letten</Heading>
          <ul className="utrecht-unordered-list">
            {indicator.caveats.map((caveat) => (
              <li key={caveat}>{caveat}</li>
            ))}
          </ul>
        </>
      ) : null}
      <p className="utrecht-paragraph zicht-caveat">{indicator.notProof}</p>
      {values.status === 'loading' ? <Loading label="Cijfers laden…" /> : null}
      {values.status === 'error' ? <LoadError error={values.error} /> : null}
      {values.status === 'success' ? (
        <PackageTable data={values.data} gemeente={gemeente} gemeenteName={gemeenteName} />
      ) : null}
    </>
  );
}

function PackageTable({
  data,
  gemeente,
  gemeenteName,
}: {
  data: PackageValues;
  /** The gemeente the wijken or buurten are narrowed to; null for the whole country. */
  gemeente: string | null;
  gemeenteName: string | null;
}) {
  const { indicator } = data;
  const totals = data.values.filter((v) => v.breakdown === '');
  const asValues = useMemo(
    () =>
      new Map(
        totals.map((v): [string, IndicatorValue] => [
          v.code,
          {
            code: v.code,
            name: v.name,
            value: v.value,
            status: v.status === 'suppressed' ? 'secret' : v.status,
            statusNote: v.note,
            numerator: v.numerator,
            denominator: v.denominator,
            index: null,
            difference: null,
            percentile: null,
            zScore: null,
            previousValue: null,
            change: null,
            changeRelative: null,
            changeStatus: 'not-usable',
            funnel: null,
            peerValue: null,
            peerCount: null,
          },
        ]),
      ),
    [totals],
  );
  const mapped = data.level === 'gemeente' || data.level === 'wijk';
  const shapes = useShapes(
    mapped ? (data.level as 'gemeente' | 'wijk') : 'land',
    mapped ? 'newest' : null,
    data.level === 'wijk' ? gemeente : null,
  );
  const where = `per ${data.level}${gemeente ? ` in ${gemeenteName ?? gemeente}` : ''}`;
  const usable = totals.flatMap((v) => (v.value === null ? [] : [v.value]));
  const breaks = quantileBreaks(usable);
  const colours = coloursFor('higher-more-attention', breaks.length + 1);
  const show = (v: number | null) => formatWithUnit(v, indicator.unit, indicator.kind);
  if (data.values.length === 0)
    return (
      <Paragraph>
        Dit pakket heeft geen cijfers {where} voor {indicator.name.toLowerCase()}.
      </Paragraph>
    );
  return (
    <>
      {data.marker ? (
        <Paragraph>
          <strong>{data.marker}</strong>
        </Paragraph>
      ) : null}
      {shapes.status === 'success' ? (
        <ChoroplethMap
          projected={{
            ...shapes.projected,
            shapes: shapes.projected.shapes.filter((s) => asValues.has(s.code)),
          }}
          values={asValues}
          breaks={breaks}
          colours={colours}
          unit={indicator.unit}
          kind={indicator.kind}
          label={`Kaart: ${indicator.name} ${where}${data.marker ? ` (${data.marker.toLowerCase()})` : ''}`}
          selected={null}
          onChoose={() => undefined}
          chooseHint="doet niets; de tabel geeft de cijfers"
          peerLabel="Vergelijkbare gemeenten"
        />
      ) : null}
      <Table
        caption={`${indicator.name}, ${data.period}, ${where}${data.marker ? ` — ${data.marker.toLowerCase()}` : ''}`}
        className="zicht-table"
      >
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            {[
              'Gebied',
              ...(indicator.breakdown ? ['Uitsplitsing'] : []),
              'Waarde',
              'Teller',
              'Noemer',
              'Toelichting',
            ].map((h) => (
              <th key={h} scope="col" className="utrecht-table__header-cell">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {data.values.map((v) => (
            <tr key={`${v.code}|${v.breakdown}`} className="utrecht-table__row">
              <th scope="row" className="utrecht-table__header-cell">
                {v.name}
              </th>
              {indicator.breakdown ? (
                <td className="utrecht-table__cell">{v.breakdown || 'totaal'}</td>
              ) : null}
              <td className="utrecht-table__cell zicht-number">
                {v.value === null ? 'onderdrukt' : show(v.value)}
              </td>
              <td className="utrecht-table__cell zicht-number">{v.numerator ?? '–'}</td>
              <td className="utrecht-table__cell zicht-number">{v.denominator ?? '–'}</td>
              <td className="utrecht-table__cell">{v.note ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </Table>
    </>
  );
}
