// SPDX-License-Identifier: EUPL-1.2
import { useState } from 'react';
import { useParams } from 'react-router';

import { orgUserListSchema, type OrgUser } from '../../../common/contracts/accounts';
import { ApiError, errorMessage } from '../api/client';
import { useQuery } from '../api/use-query';
import { NoAccessPage } from '../app/NotFoundPage';
import { organisationName } from '../beheer/BeheerPage';
import { useMe } from '../session/session-context';
import { Alert } from '../ui/Alert';
import { Heading, PageHeading } from '../ui/Heading';
import { Link } from '../ui/Link';
import { Paragraph } from '../ui/Paragraph';
import { LoadError, Loading } from '../ui/Status';

import { EditRolesPanel } from './EditRolesPanel';
import { InviteUserForm } from './InviteUserForm';
import { RemoveUserPanel } from './RemoveUserPanel';
import { UserTable, type UserAction } from './UserTable';
import { resendInvitation, usersPath } from './api';

type Panel = { kind: 'roles' | 'remove'; user: OrgUser } | null;

/** Users of one organisation: their roles, invitations, and removal (for its beheerders). */
export function UsersPage() {
  const { code = '' } = useParams();
  const me = useMe();
  const query = useQuery(usersPath(code), orgUserListSchema);
  const [panel, setPanel] = useState<Panel>(null);
  const [notice, setNotice] = useState<{ type: 'ok' | 'error'; text: string } | null>(null);

  if (
    query.status === 'error' &&
    query.error instanceof ApiError &&
    [403, 404].includes(query.error.status)
  ) {
    return <NoAccessPage />;
  }

  const done = (text: string) => {
    setPanel(null);
    setNotice({ type: 'ok', text });
    query.reload();
  };

  const onAction = async (action: UserAction, user: OrgUser) => {
    setNotice(null);
    if (action !== 'resend') {
      setPanel({ kind: action, user });
      return;
    }
    try {
      await resendInvitation(code, user.id);
      setNotice({ type: 'ok', text: `De uitnodiging is opnieuw verstuurd naar ${user.email}.` });
    } catch (error) {
      setNotice({ type: 'error', text: errorMessage(error) });
    }
  };

  return (
    <>
      <PageHeading>Gebruikers van {organisationName(me, code)}</PageHeading>
      <Paragraph>
        <Link to="/beheer">Terug naar beheer</Link>
        {me.abilities.viewAudit.includes(code) ? (
          <>
            {' · '}
            <Link to={`/beheer/${encodeURIComponent(code)}/audit`}>Logboek bekijken</Link>
          </>
        ) : null}
      </Paragraph>
      {notice ? <Alert type={notice.type}>{notice.text}</Alert> : null}
      {query.status === 'loading' ? <Loading /> : null}
      {query.status === 'error' ? <LoadError error={query.error} onRetry={query.reload} /> : null}
      {query.status === 'success' ? (
        <>
          <UserTable
            users={query.data.users}
            selfId={me.user.id}
            onAction={(action, user) => void onAction(action, user)}
          />
          {panel?.kind === 'roles' ? (
            <EditRolesPanel
              code={code}
              user={panel.user}
              assignableRoles={query.data.assignableRoles}
              onCancel={() => setPanel(null)}
              onSaved={(user) => done(`De rollen van ${user.name} zijn gewijzigd.`)}
            />
          ) : null}
          {panel?.kind === 'remove' ? (
            <RemoveUserPanel
              code={code}
              user={panel.user}
              organisation={query.data.organisation.name}
              onCancel={() => setPanel(null)}
              onRemoved={(user) => done(`${user.name} is verwijderd uit deze organisatie.`)}
            />
          ) : null}
          <section aria-labelledby="uitnodigen-titel">
            <Heading level={2} id="uitnodigen-titel">
              Gebruiker uitnodigen
            </Heading>
            <InviteUserForm
              code={code}
              assignableRoles={query.data.assignableRoles}
              onInvited={(user) =>
                done(`${user.name} is uitgenodigd. Er is een e-mail verstuurd naar ${user.email}.`)
              }
            />
          </section>
        </>
      ) : null}
    </>
  );
}
