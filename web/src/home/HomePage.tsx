// SPDX-License-Identifier: EUPL-1.2
import type { Me } from '../../../common/contracts/accounts';
import { organisationTypeLabels, roleLabels } from '../../../common/messages/nl';
import { useMe } from '../session/session-context';
import { Alert } from '../ui/Alert';
import { Heading, PageHeading } from '../ui/Heading';
import { Link } from '../ui/Link';
import { ListItem, Paragraph, UnorderedList } from '../ui/Paragraph';

import { ModuleCards } from './ModuleCards';

type Membership = Me['memberships'][number];

/** Groups memberships per organisation, keeping the order the server gave. */
function byOrganisation(memberships: readonly Membership[]) {
  const groups = new Map<string, { organisation: Membership['organisation']; roles: string[] }>();
  for (const { organisation, role } of memberships) {
    const group = groups.get(organisation.code) ?? { organisation, roles: [] };
    group.roles.push(roleLabels[role]);
    groups.set(organisation.code, group);
  }
  return [...groups.values()];
}

/** The start page: a greeting, the user's organisations and roles, and the modules. */
export function HomePage() {
  const me = useMe();
  const organisations = byOrganisation(me.memberships);
  return (
    <>
      <PageHeading title="Start">Welkom, {me.user.name}</PageHeading>
      {!me.user.totpEnabled ? (
        <Alert type="info" live={false}>
          <p className="utrecht-paragraph">
            Maak uw account veiliger met een tweede factor.{' '}
            <Link to="/account">Stel die in bij Mijn account</Link>.
          </p>
        </Alert>
      ) : null}
      <section aria-labelledby="home-organisaties">
        <Heading level={2} id="home-organisaties">
          Uw organisaties en rollen
        </Heading>
        {organisations.length === 0 ? (
          <Paragraph>
            U hoort nog bij geen enkele organisatie. Vraag de beheerder van uw organisatie om u toe
            te voegen.
          </Paragraph>
        ) : (
          <UnorderedList>
            {organisations.map(({ organisation, roles }) => (
              <ListItem key={organisation.code}>
                <strong>{organisation.name}</strong> ({organisationTypeLabels[organisation.type]}):{' '}
                {roles.join(', ')}
              </ListItem>
            ))}
          </UnorderedList>
        )}
      </section>
      <ModuleCards modules={me.modules} />
    </>
  );
}
