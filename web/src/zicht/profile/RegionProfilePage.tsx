// SPDX-License-Identifier: EUPL-1.2
import { useParams } from 'react-router';

import { indicatorListSchema } from '../../../../common/contracts/statistics';
import { regionProfileSchema } from '../../../../common/contracts/statistics-values';
import { useQuery } from '../../api/use-query';
import { Heading, PageHeading } from '../../ui/Heading';
import { Link, PlainLink } from '../../ui/Link';
import { Paragraph } from '../../ui/Paragraph';
import { Loading } from '../../ui/Status';
import { StatisticsError } from '../NoStatistics';
import { ZichtNav } from '../ZichtNav';
import { zichtPaths } from '../api';
import { levelSingular } from '../format';
import { RegionNotes } from '../notes/RegionNotes';

import { PackageSection } from './PackageSection';
import { PeerList } from './PeerList';
import { ThemeTable } from './ThemeTable';
import { WijkSection } from './WijkSection';
import { highlights } from './highlights';

/**
 * One gemeente, wijk or buurt: what stands out, every indicator by theme with its national,
 * peer-group and percentile comparisons, the peer gemeenten and (for a gemeente) its wijken.
 * Profile, catalogue and wijk figures load in parallel.
 */
export function RegionProfilePage() {
  const code = (useParams().code ?? '').toUpperCase();
  const profile = useQuery(zichtPaths.profile(code), regionProfileSchema);
  const catalogue = useQuery(zichtPaths.catalogue, indicatorListSchema);
  const isGemeente = /^GM\d{4}$/.test(code);
  const data = profile.status === 'success' ? profile.data : null;
  const name = data?.region.name ?? code;
  return (
    <>
      <PageHeading title={`Zicht: ${name}`}>{data ? `${name}` : `Zicht: ${code}`}</PageHeading>
      <ZichtNav />
      {profile.status === 'loading' ? <Loading label="Profiel laden…" /> : null}
      {profile.status === 'error' ? (
        <StatisticsError error={profile.error} onRetry={profile.reload} />
      ) : null}
      {data ? (
        <>
          <Paragraph lead>
            {levelSingular[data.region.level].replace(/^./, (c) => c.toUpperCase())}
            {data.region.gemeenteName ? (
              <>
                {' '}
                in{' '}
                <Link to={`/zicht/regio/${data.region.gemeenteCode}`}>
                  {data.region.gemeenteName}
                </Link>
              </>
            ) : null}
            . Alle cijfers zijn open data; {data.attribution.replace(/^Bron/, 'bron')}.
          </Paragraph>
          <section aria-labelledby="zicht-opvallend">
            <Heading level={2} id="zicht-opvallend">
              Wat valt op
            </Heading>
            <Highlights profile={data} />
            <p className="utrecht-paragraph zicht-caveat">{data.notProof}</p>
          </section>
          <p className="utrecht-paragraph zicht-no-print">
            <PlainLink href={`${zichtPaths.profile(code)}?format=csv`}>Download CSV</PlainLink>
            {' · '}
            <PlainLink href={`${zichtPaths.profile(code)}?format=xlsx`}>Download Excel</PlainLink>
            {' · '}
            <PlainLink href={`/api/v1/regions/${code}/annex.pdf`}>Databijlage als pdf</PlainLink>
            {' · '}
            <Link to={`/zicht/regio/${code}/bijlage`}>Databijlage om te printen</Link>
            {data.peerGroup && data.peerGroup.peers.length > 0 ? (
              <>
                {' · '}
                <Link
                  to={`/zicht/vergelijk?regio=${[code, ...data.peerGroup.peers.slice(0, 4).map((p) => p.code)].join(',')}`}
                >
                  Vergelijk met de vier meest vergelijkbare gemeenten
                </Link>
              </>
            ) : null}
          </p>
          {data.themes.map((theme) => (
            <ThemeTable key={theme.id} theme={theme} level={data.region.level} />
          ))}
          <PackageSection packages={data.packages} level={data.region.level} />
          {data.peerGroup ? <PeerList group={data.peerGroup} name={name} /> : null}
          <RegionNotes regionCode={code} regionName={name} />
        </>
      ) : null}
      {isGemeente && profile.status !== 'error' ? (
        <WijkSection
          code={code}
          name={name}
          catalogue={catalogue.status === 'success' ? catalogue.data : null}
        />
      ) : null}
    </>
  );
}

function Highlights({ profile }: { profile: Parameters<typeof highlights>[0] }) {
  const list = highlights(profile);
  if (list.length === 0)
    return (
      <Paragraph>
        Geen indicator wijkt zo sterk af dat toeval het niet kan verklaren, en geen enkele hoort bij
        de hoogste of laagste 10%.
      </Paragraph>
    );
  return (
    <ul className="utrecht-unordered-list zicht-highlights">
      {list.map((h) => (
        <li key={h.id}>{h.text}</li>
      ))}
    </ul>
  );
}
