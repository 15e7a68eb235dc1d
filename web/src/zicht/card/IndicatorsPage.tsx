// SPDX-License-Identifier: EUPL-1.2
import { indicatorListSchema } from '../../../../common/contracts/statistics';
import { useQuery } from '../../api/use-query';
import { Heading, PageHeading } from '../../ui/Heading';
import { Link } from '../../ui/Link';
import { Paragraph } from '../../ui/Paragraph';
import { LoadError, Loading } from '../../ui/Status';
import { ZichtNav } from '../ZichtNav';
import { zichtPaths } from '../api';

/** Every indicator by theme, each with its methodology card and its map. */
export function IndicatorsPage() {
  const catalogue = useQuery(zichtPaths.catalogue, indicatorListSchema);
  return (
    <>
      <PageHeading>Zicht: indicatoren</PageHeading>
      <ZichtNav />
      <Paragraph>
        Elke indicator heeft een methodekaart: wat hij meet, hoe hij berekend wordt, uit welke bron
        en waar u op moet letten. Er is geen indicator over herkomst.
      </Paragraph>
      {catalogue.status === 'loading' ? <Loading /> : null}
      {catalogue.status === 'error' ? <LoadError error={catalogue.error} /> : null}
      {catalogue.status === 'success'
        ? catalogue.data.themes.map((theme) => (
            <section key={theme.id} aria-labelledby={`thema-${theme.id}`}>
              <Heading level={2} id={`thema-${theme.id}`}>
                {theme.label.charAt(0).toUpperCase() + theme.label.slice(1)}
              </Heading>
              <ul className="utrecht-unordered-list">
                {catalogue.data.indicators
                  .filter((i) => i.theme === theme.id)
                  .map((i) => (
                    <li key={i.id}>
                      <Link to={`/zicht/indicator/${i.id}`}>{i.name}</Link> ({i.unit};{' '}
                      {i.periods.join(', ')}) — <Link to={`/zicht?indicator=${i.id}`}>kaart</Link>
                    </li>
                  ))}
              </ul>
            </section>
          ))
        : null}
    </>
  );
}
