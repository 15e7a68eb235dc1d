// SPDX-License-Identifier: EUPL-1.2
import { useEffect, useState } from 'react';
import { useParams } from 'react-router';

import { indicatorCardSchema, type IndicatorCard } from '../../../../common/contracts/statistics';
import { regionProfileSchema } from '../../../../common/contracts/statistics-values';
import { apiGet } from '../../api/client';
import { useQuery } from '../../api/use-query';
import { Button } from '../../ui/Button';
import { Heading, PageHeading } from '../../ui/Heading';
import { PlainLink } from '../../ui/Link';
import { Paragraph } from '../../ui/Paragraph';
import { LoadError, Loading } from '../../ui/Status';
import { zichtPaths } from '../api';
import { CardBody } from '../card/IndicatorCardPage';

import { PackageMethods } from './PackageMethods';
import { PackageSection } from './PackageSection';
import { PeerList } from './PeerList';
import { ThemeTable } from './ThemeTable';
import { WijkSection } from './WijkSection';
import { highlights } from './highlights';

/**
 * The data annex of a region (for an ondermijningsbeeld or a council debate): profile, wijk map
 * and table, peers and the methodology card of every indicator shown, laid out to print cleanly
 * (the browser's "print to PDF" makes the PDF). Notes are never part of it.
 */
export function AnnexPage() {
  const code = (useParams().code ?? '').toUpperCase();
  const profile = useQuery(zichtPaths.profile(code), regionProfileSchema);
  const [cards, setCards] = useState<IndicatorCard[] | null>(null);
  const data = profile.status === 'success' ? profile.data : null;
  const ids = data ? data.themes.flatMap((t) => t.indicators.map((i) => i.id)).join(',') : '';
  useEffect(() => {
    if (!ids) return;
    const controller = new AbortController();
    Promise.all(
      ids
        .split(',')
        .map((id) =>
          apiGet(zichtPaths.card(id), indicatorCardSchema, { signal: controller.signal }),
        ),
    ).then(setCards, () => undefined);
    return () => controller.abort();
  }, [ids]);
  const name = data?.region.name ?? code;
  return (
    <div className="zicht-annex">
      <PageHeading title={`Databijlage ${name}`}>Databijlage: {name}</PageHeading>
      <p className="utrecht-paragraph zicht-no-print">
        <Button appearance="primary" onClick={() => window.print()}>
          Afdrukken of opslaan als pdf
        </Button>{' '}
        <PlainLink href={`/api/v1/regions/${code}/annex.pdf`}>Download als pdf</PlainLink>
      </p>
      {profile.status === 'loading' ? <Loading /> : null}
      {profile.status === 'error' ? <LoadError error={profile.error} /> : null}
      {data ? (
        <>
          <Paragraph>
            Open cijfers van CBS en Politie, zoals op {new Date().toLocaleDateString('nl-NL')} in
            Weerbaar. {data.attribution}. {data.notProof}
          </Paragraph>
          <section>
            <Heading level={2}>Wat valt op</Heading>
            <ul className="utrecht-unordered-list">
              {highlights(data).map((h) => (
                <li key={h.id}>{h.text}</li>
              ))}
            </ul>
          </section>
          {data.themes.map((theme) => (
            <section key={theme.id}>
              <ThemeTable theme={theme} level={data.region.level} />
            </section>
          ))}
          <PackageSection packages={data.packages} level={data.region.level} />
          {data.peerGroup ? <PeerList group={data.peerGroup} name={name} /> : null}
          {data.region.level === 'gemeente' ? (
            <WijkSection code={code} name={name} catalogue={null} />
          ) : null}
          <Heading level={2}>Methodekaarten</Heading>
          {/* Without open indicators there are no cards to wait for (only package methods). */}
          {cards === null && ids ? <Loading label="Methodekaarten laden…" /> : null}
          {cards?.map((card) => (
            <section key={card.id} aria-label={card.name}>
              <Heading level={3}>{card.name}</Heading>
              <CardBody card={card} level={3} />
            </section>
          ))}
          <PackageMethods packages={data.packages} />
        </>
      ) : null}
    </div>
  );
}
