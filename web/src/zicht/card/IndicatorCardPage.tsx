// SPDX-License-Identifier: EUPL-1.2
import { useParams } from 'react-router';

import { indicatorCardSchema, type IndicatorCard } from '../../../../common/contracts/statistics';
import { useQuery } from '../../api/use-query';
import { Heading, PageHeading } from '../../ui/Heading';
import { Paragraph } from '../../ui/Paragraph';
import { LoadError, Loading } from '../../ui/Status';
import { ZichtNav } from '../ZichtNav';
import { zichtPaths } from '../api';

const directionText = {
  'higher-more-attention': 'Een hoge waarde is een reden om beter te kijken.',
  neutral: 'Beschrijft de omgeving; hoog of laag is op zich geen signaal.',
} as const;

/** The methodology card of one indicator: definition, computation, source, period, caveats. */
export function IndicatorCardPage() {
  const id = useParams().id ?? '';
  const card = useQuery(zichtPaths.card(id), indicatorCardSchema);
  return (
    <>
      <PageHeading
        title={card.status === 'success' ? `Methodekaart: ${card.data.name}` : 'Methodekaart'}
      >
        {card.status === 'success' ? `Methodekaart: ${card.data.name}` : 'Methodekaart'}
      </PageHeading>
      <ZichtNav />
      {card.status === 'loading' ? <Loading /> : null}
      {card.status === 'error' ? <LoadError error={card.error} /> : null}
      {card.status === 'success' ? <CardBody card={card.data} level={2} /> : null}
    </>
  );
}

/** The body of a card; the annex prints it at heading level 3. */
export function CardBody({ card, level }: { card: IndicatorCard; level: 2 | 3 }) {
  const sub = (level + 1) as 3 | 4;
  return (
    <>
      <Heading level={sub}>Wat het meet</Heading>
      <Paragraph>{card.methodology.measures}</Paragraph>
      <Heading level={sub}>Hoe het berekend wordt</Heading>
      <Paragraph>{card.methodology.computation}</Paragraph>
      <dl className="zicht-details">
        <dt>Thema</dt>
        <dd>{card.themeLabel}</dd>
        <dt>Eenheid</dt>
        <dd>{card.unit}</dd>
        {card.numerator ? (
          <>
            <dt>Teller</dt>
            <dd>{card.numerator.label}</dd>
          </>
        ) : null}
        {card.denominator ? (
          <>
            <dt>Noemer</dt>
            <dd>{card.denominator.label}</dd>
          </>
        ) : null}
        {card.value ? (
          <>
            <dt>Waarde</dt>
            <dd>{card.value.label}</dd>
          </>
        ) : null}
        <dt>Jaren</dt>
        <dd>{card.periods.join(', ')}</dd>
        <dt>Niveaus</dt>
        <dd>{card.levels.join(', ')}</dd>
        <dt>Richting</dt>
        <dd>{directionText[card.direction]}</dd>
      </dl>
      <Heading level={sub}>Bronnen</Heading>
      <ul className="utrecht-unordered-list">
        {card.sources.map((s) => (
          <li key={s.file}>
            {s.title} ({s.publisher}
            {s.tableId ? `, tabel ${s.tableId}` : ''}, {s.licence})
          </li>
        ))}
      </ul>
      <Heading level={sub}>Waar u op moet letten</Heading>
      <ul className="utrecht-unordered-list">
        {card.methodology.caveats.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ul>
      <Paragraph>
        <strong>{card.methodology.notProof}</strong>
      </Paragraph>
      <Paragraph>{card.attribution}</Paragraph>
    </>
  );
}
