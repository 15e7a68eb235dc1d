// SPDX-License-Identifier: EUPL-1.2
import { useState } from 'react';

import { organisationListSchema, type OrganisationView } from '../../../common/contracts/accounts';
import { organisationTypeLabels } from '../../../common/messages/nl';
import { useQuery } from '../api/use-query';
import { NoAccessPage } from '../app/NotFoundPage';
import { useMe } from '../session/session-context';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { PageHeading } from '../ui/Heading';
import { Link } from '../ui/Link';
import { Paragraph } from '../ui/Paragraph';
import { LoadError, Loading } from '../ui/Status';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '../ui/Table';
import { TextField } from '../ui/Textbox';

import { FirstBeheerderPanel } from './FirstBeheerderPanel';

/** Case- and accent-insensitive match on name, code and type. */
function matches(organisation: OrganisationView, search: string): boolean {
  const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const needle = fold(search.trim());
  if (!needle) return true;
  const type = organisationTypeLabels[organisation.type];
  return [organisation.name, organisation.code, type].some((field) => fold(field).includes(needle));
}

/** Ministerie beheerders: all organisations, and creating the first beheerder of one. */
export function OrganisationsPage() {
  const me = useMe();
  const allowed = me.abilities.createFirstBeheerder;
  const query = useQuery(allowed ? '/api/v1/orgs' : null, organisationListSchema);
  const [search, setSearch] = useState('');
  const [selected, setSelected] = useState<OrganisationView | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  if (!allowed) return <NoAccessPage />;
  const found =
    query.status === 'success' ? query.data.organisations.filter((o) => matches(o, search)) : [];

  return (
    <>
      <PageHeading>Organisaties</PageHeading>
      <Paragraph>
        Maak hier de eerste beheerder van een organisatie aan. Die beheerder nodigt daarna zelf de
        andere gebruikers uit. <Link to="/beheer">Terug naar beheer</Link>
      </Paragraph>
      {notice ? <Alert type="ok">{notice}</Alert> : null}
      {query.status === 'loading' ? <Loading /> : null}
      {query.status === 'error' ? <LoadError error={query.error} onRetry={query.reload} /> : null}
      {query.status === 'success' ? (
        <>
          <form
            role="search"
            className="weerbaar-form"
            onSubmit={(event) => event.preventDefault()}
          >
            <TextField
              id="organisaties-zoeken"
              label="Zoek een organisatie"
              description="Op naam, code of soort, bijvoorbeeld Utrecht, GM0344 of waterschap."
              type="search"
              value={search}
              onValueChange={setSearch}
            />
          </form>
          <p className="utrecht-paragraph" role="status">
            {found.length} van {query.data.organisations.length} organisaties
          </p>
          {found.length > 0 ? (
            <Table caption="Organisaties">
              <TableHeader>
                <TableHeaderCell>Naam</TableHeaderCell>
                <TableHeaderCell>Code</TableHeaderCell>
                <TableHeaderCell>Soort</TableHeaderCell>
                <TableHeaderCell>Actie</TableHeaderCell>
              </TableHeader>
              <TableBody>
                {found.map((organisation) => (
                  <TableRow key={organisation.id}>
                    <TableCell rowHeader>{organisation.name}</TableCell>
                    <TableCell>{organisation.code}</TableCell>
                    <TableCell>{organisationTypeLabels[organisation.type]}</TableCell>
                    <TableCell>
                      <Button
                        id={`organisatie-${organisation.id}`}
                        onClick={() => {
                          setNotice(null);
                          setSelected(organisation);
                        }}
                      >
                        Eerste beheerder aanmaken{' '}
                        <span className="weerbaar-visually-hidden">voor {organisation.name}</span>
                      </Button>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          ) : null}
          {selected ? (
            <FirstBeheerderPanel
              organisation={selected}
              onCancel={() => setSelected(null)}
              onInvited={(text) => {
                setSelected(null);
                setNotice(text);
              }}
            />
          ) : null}
        </>
      ) : null}
    </>
  );
}
