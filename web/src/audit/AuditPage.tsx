// SPDX-License-Identifier: EUPL-1.2
import { useParams, useSearchParams } from 'react-router';

import { auditPageSchema } from '../../../common/contracts/accounts';
import { ApiError } from '../api/client';
import { useQuery } from '../api/use-query';
import { NoAccessPage } from '../app/NotFoundPage';
import { organisationName } from '../beheer/BeheerPage';
import { useMe } from '../session/session-context';
import { PageHeading } from '../ui/Heading';
import { Link, PlainLink } from '../ui/Link';
import { Paragraph } from '../ui/Paragraph';
import { LoadError, Loading } from '../ui/Status';

import { AuditFilterForm } from './AuditFilterForm';
import { AuditTable } from './AuditTable';
import {
  beforeFromParams,
  filterParams,
  filtersFromParams,
  type AuditFilters,
} from './audit-query';

const pageSize = 50;

/** The audit log of one organisation, with filters and paging in the URL and a CSV download. */
export function AuditPage() {
  const { code = '' } = useParams();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const filters = filtersFromParams(params);
  const before = beforeFromParams(params);
  const base = `/api/v1/orgs/${encodeURIComponent(code)}`;
  const apiParams = filterParams(filters, before);
  apiParams.set('limit', String(pageSize));
  const query = useQuery(`${base}/audit?${apiParams.toString()}`, auditPageSchema);
  const csvParams = filterParams(filters).toString();

  if (
    query.status === 'error' &&
    query.error instanceof ApiError &&
    [403, 404].includes(query.error.status)
  ) {
    return <NoAccessPage />;
  }

  const apply = (next: AuditFilters) => setParams(filterParams(next));
  const pageLink = (nextBefore: number | null) => ({
    search: `?${filterParams(filters, nextBefore).toString()}`,
  });

  return (
    <>
      <PageHeading>Logboek van {organisationName(me, code)}</PageHeading>
      <Paragraph>
        Het logboek laat zien wie wat heeft gedaan, ook mislukte en geweigerde pogingen. Niemand kan
        het logboek veranderen. Ook het bekijken en downloaden ervan wordt vastgelegd.
      </Paragraph>
      <Paragraph>
        <Link to="/beheer">Terug naar beheer</Link>
      </Paragraph>
      <AuditFilterForm key={params.toString()} initial={filters} onApply={apply} />
      <Paragraph>
        <PlainLink href={`${base}/audit.csv${csvParams ? `?${csvParams}` : ''}`} download>
          Download als CSV-bestand (met deze filters)
        </PlainLink>
      </Paragraph>
      {query.status === 'loading' ? <Loading /> : null}
      {query.status === 'error' ? <LoadError error={query.error} onRetry={query.reload} /> : null}
      {query.status === 'success' ? (
        <>
          <AuditTable events={query.data.events} />
          <nav aria-label="Pagina's van het logboek">
            <ul className="weerbaar-pager">
              {before !== null ? (
                <li>
                  <Link to={pageLink(null)}>Naar de nieuwste</Link>
                </li>
              ) : null}
              {query.data.nextBefore !== null ? (
                <li>
                  <Link to={pageLink(query.data.nextBefore)}>Oudere gebeurtenissen</Link>
                </li>
              ) : null}
            </ul>
          </nav>
        </>
      ) : null}
    </>
  );
}
