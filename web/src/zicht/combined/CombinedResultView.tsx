// SPDX-License-Identifier: EUPL-1.2
import { useMemo } from 'react';

import type {
  IndicatorValue,
  IndicatorValues,
} from '../../../../common/contracts/statistics-values';
import { Heading } from '../../ui/Heading';
import { Link } from '../../ui/Link';
import { Paragraph } from '../../ui/Paragraph';
import { LoadError, Loading } from '../../ui/Status';
import { Table } from '../../ui/Table';
import { ChoroplethMap } from '../map/ChoroplethMap';
import { coloursFor, quantileBreaks } from '../map/classes';
import { useShapes } from '../use-shapes';

import { combine, sensitivity, type CombinedInput } from './combined';
import type { Choice } from './combined-url';

const two = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** The combined score on a map and in a ranked table with each indicator's contribution. */
export function CombinedResultView({
  choices,
  data,
}: {
  choices: readonly Choice[];
  data: readonly IndicatorValues[];
}) {
  const ready = choices.every((c) => data.some((d) => d.indicator.id === c.id));
  const first = data[0];
  const shapes = useShapes('gemeente', first?.regionYear ?? null, null);
  const result = useMemo(() => {
    if (!ready || !first) return null;
    const inputs: CombinedInput[] = choices.map((c) => {
      const values = data.find((d) => d.indicator.id === c.id)!;
      return {
        id: c.id,
        name: values.indicator.name,
        weight: c.weight,
        reversed: c.reversed,
        scores: new Map(
          values.values.flatMap((v) => (v.zScore === null ? [] : [[v.code, v.zScore] as const])),
        ),
      };
    });
    const codes = first.values.map((v) => v.code);
    return { inputs, ...combine(inputs, codes), stability: sensitivity(inputs, codes) };
  }, [choices, data, ready, first]);
  if (!result || !first) return <Loading label="Cijfers laden…" />;
  const names = new Map(first.values.map((v) => [v.code, v.name]));
  const scores = new Map(result.ranked.map((r) => [r.code, r.score]));
  const scoreValues = new Map<string, IndicatorValue>(
    first.values.map((v) => [
      v.code,
      {
        ...v,
        value: scores.get(v.code) ?? null,
        status: scores.has(v.code) ? 'exact' : 'missing',
        index: null,
        funnel: null,
        peerValue: null,
      },
    ]),
  );
  const breaks = quantileBreaks([...scores.values()]);
  const colours = coloursFor('higher-more-attention', breaks.length + 1);
  const { stability } = result;
  return (
    <>
      <Heading level={2}>Resultaat</Heading>
      <Paragraph>
        De score is het gewogen gemiddelde van de z-scores (hoeveel standaardafwijkingen een
        gemeente van het gemiddelde van alle gemeenten afwijkt) van de gekozen indicatoren, elk in
        het nieuwste jaar (
        {choices
          .map(
            (c) =>
              `${data.find((d) => d.indicator.id === c.id)!.indicator.name} ${data.find((d) => d.indicator.id === c.id)!.period}`,
          )
          .join('; ')}
        ).
        {result.unscored.length > 0
          ? ` ${result.unscored.length === 1 ? '1 gemeente heeft' : `${result.unscored.length} gemeenten hebben`} geen score omdat een cijfer ontbreekt (${result.unscored
              .map((u) => names.get(u.code) ?? u.code)
              .slice(0, 5)
              .join(
                ', ',
              )}${result.unscored.length > 5 ? ' …' : ''}); een ontbrekend cijfer telt nooit als gemiddeld.`
          : ''}
      </Paragraph>
      <Paragraph>
        Gevoeligheid: als één gewicht 25% hoger of lager wordt, blijven er minstens{' '}
        {stability.minimumKept} van de {stability.top} hoogst scorende gemeenten in de top{' '}
        {stability.top}, en verschuift een gemeente uit die top hooguit{' '}
        {stability.largestRankChange} plaatsen.
        {stability.minimumKept < stability.top * 0.7
          ? ' De top hangt dus sterk af van de gekozen gewichten: lees hem met voorzichtigheid.'
          : ''}
      </Paragraph>
      {shapes.status === 'success' ? (
        <ChoroplethMap
          projected={shapes.projected}
          values={scoreValues}
          breaks={breaks}
          colours={colours}
          unit="score"
          kind="ratio"
          label="Kaart: gecombineerde score per gemeente"
          selected={null}
          onChoose={() => undefined}
          chooseHint="doet niets; de tabel geeft de opbouw van de score"
          peerLabel="Vergelijkbare gemeenten"
        />
      ) : shapes.status === 'error' ? (
        <LoadError error={shapes.error} />
      ) : null}
      <Table
        caption={'Rangorde op de gecombineerde score, met de bijdrage van elke indicator'}
        className="zicht-table"
      >
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">
              Plaats
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              Gemeente
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              Score
            </th>
            {result.inputs.map((i) => (
              <th key={i.id} scope="col" className="utrecht-table__header-cell">
                {i.name}
                {i.reversed ? ' (laag telt)' : ''}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {result.ranked.map((r) => (
            <tr key={r.code} className="utrecht-table__row">
              <td className="utrecht-table__cell zicht-number">{r.rank}</td>
              <th scope="row" className="utrecht-table__header-cell">
                <Link to={`/zicht/regio/${r.code}`}>{names.get(r.code) ?? r.code}</Link>
              </th>
              <td className="utrecht-table__cell zicht-number">{two.format(r.score)}</td>
              {result.inputs.map((i) => (
                <td key={i.id} className="utrecht-table__cell zicht-number">
                  {two.format(r.contributions[i.id] ?? 0)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </Table>
    </>
  );
}
