// SPDX-License-Identifier: EUPL-1.2
import type { Me } from '../../../common/contracts/accounts';
import { reportingOrganisationTypes } from '../../../common/workflow/reporting';
import { useMe } from '../session/session-context';
import { Heading, PageHeading } from '../ui/Heading';
import { Link } from '../ui/Link';
import { ListItem, Paragraph, UnorderedList } from '../ui/Paragraph';

/** The name of an organisation the user belongs to, or its code when we do not know it. */
export function organisationName(me: Me, code: string): string {
  return me.memberships.find((m) => m.organisation.code === code)?.organisation.name ?? code;
}

/** Overview of what this user may manage: users and audit log per organisation. */
export function BeheerPage() {
  const me = useMe();
  const { manageUsers, viewAudit, createFirstBeheerder } = me.abilities;
  const codes = [...new Set([...manageUsers, ...viewAudit])];
  // The meldpunt's lines and stappenplan are set by the beheerder of an organisation that has one.
  const meldpunt = (code: string) =>
    manageUsers.includes(code) &&
    me.memberships.some(
      (m) =>
        m.organisation.code === code && reportingOrganisationTypes.includes(m.organisation.type),
    );
  return (
    <>
      <PageHeading>Beheer</PageHeading>
      {codes.length === 0 && !createFirstBeheerder ? (
        <Paragraph>U heeft geen beheertaken.</Paragraph>
      ) : null}
      {codes.map((code) => (
        <section key={code} aria-labelledby={`beheer-${code}`}>
          <Heading level={2} id={`beheer-${code}`}>
            {organisationName(me, code)}
          </Heading>
          <UnorderedList>
            {manageUsers.includes(code) ? (
              <ListItem>
                <Link to={`/beheer/${encodeURIComponent(code)}/gebruikers`}>
                  Gebruikers en rollen
                </Link>
              </ListItem>
            ) : null}
            {viewAudit.includes(code) ? (
              <ListItem>
                <Link to={`/beheer/${encodeURIComponent(code)}/audit`}>Logboek</Link>
              </ListItem>
            ) : null}
            {meldpunt(code) ? (
              <>
                <ListItem>
                  <Link to={`/beheer/${encodeURIComponent(code)}/meldpunt-lijnen`}>
                    Meldpunt: wie werkt in de raadslijn en wie in de collegelijn
                  </Link>
                </ListItem>
                <ListItem>
                  <Link to={`/beheer/${encodeURIComponent(code)}/stappenplan/stappenplan`}>
                    Meldpunt: stappenplan melding en aangifte
                  </Link>
                </ListItem>
                <ListItem>
                  <Link to={`/beheer/${encodeURIComponent(code)}/stappenplan/integriteit`}>
                    Meldpunt: stappenplan integriteitsmeldingen
                  </Link>
                </ListItem>
              </>
            ) : null}
          </UnorderedList>
        </section>
      ))}
      {createFirstBeheerder ? (
        <section aria-labelledby="beheer-organisaties">
          <Heading level={2} id="beheer-organisaties">
            Alle organisaties
          </Heading>
          <Paragraph>
            <Link to="/beheer/organisaties">Organisaties en hun eerste beheerder</Link>
          </Paragraph>
        </section>
      ) : null}
    </>
  );
}
