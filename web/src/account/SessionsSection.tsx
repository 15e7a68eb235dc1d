// SPDX-License-Identifier: EUPL-1.2
import { useState } from 'react';

import { ownSessionListSchema } from '../../../common/contracts/accounts';
import { errorMessage } from '../api/client';
import { useQuery } from '../api/use-query';
import { useSession } from '../session/session-context';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { Heading } from '../ui/Heading';
import { Paragraph } from '../ui/Paragraph';
import { LoadError, Loading } from '../ui/Status';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '../ui/Table';
import { formatDateTime } from '../ui/format';

import { revokeAllSessions, revokeSession } from './api';

const methodLabels = { password: 'Wachtwoord', oidc: 'Single sign-on' } as const;

/** The user's active sessions, with sign-out per session and everywhere. */
export function SessionsSection() {
  const query = useQuery('/api/v1/me/sessions', ownSessionListSchema);
  const { forget } = useSession();
  const [notice, setNotice] = useState<{ type: 'ok' | 'error'; text: string } | null>(null);

  const revoke = async (id: string) => {
    setNotice(null);
    try {
      await revokeSession(id);
      setNotice({ type: 'ok', text: 'De sessie is afgemeld.' });
      query.reload();
    } catch (error) {
      setNotice({ type: 'error', text: errorMessage(error) });
    }
  };

  const revokeAll = async () => {
    setNotice(null);
    try {
      await revokeAllSessions();
      forget('U bent overal uitgelogd.');
    } catch (error) {
      setNotice({ type: 'error', text: errorMessage(error) });
    }
  };

  return (
    <section aria-labelledby="sessies-titel">
      <Heading level={2} id="sessies-titel">
        Waar u bent ingelogd
      </Heading>
      <Paragraph>
        Ziet u een apparaat dat u niet kent? Meld die sessie af en wijzig uw wachtwoord.
      </Paragraph>
      {notice ? <Alert type={notice.type}>{notice.text}</Alert> : null}
      {query.status === 'loading' ? <Loading /> : null}
      {query.status === 'error' ? <LoadError error={query.error} onRetry={query.reload} /> : null}
      {query.status === 'success' ? (
        <Table caption="Actieve sessies">
          <TableHeader>
            <TableHeaderCell>Apparaat</TableHeaderCell>
            <TableHeaderCell>Manier van inloggen</TableHeaderCell>
            <TableHeaderCell>Ingelogd op</TableHeaderCell>
            <TableHeaderCell>Laatst actief</TableHeaderCell>
            <TableHeaderCell>Actie</TableHeaderCell>
          </TableHeader>
          <TableBody>
            {query.data.sessions.map((session) => (
              <TableRow key={session.id}>
                <TableCell rowHeader>
                  {session.device}
                  {session.current ? ' (deze sessie)' : ''}
                </TableCell>
                <TableCell>{methodLabels[session.method]}</TableCell>
                <TableCell>{formatDateTime(session.createdAt)}</TableCell>
                <TableCell>{formatDateTime(session.lastSeenAt)}</TableCell>
                <TableCell>
                  {session.current ? null : (
                    <Button onClick={() => void revoke(session.id)}>
                      Afmelden <span className="weerbaar-visually-hidden">{session.device}</span>
                    </Button>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : null}
      <Button onClick={() => void revokeAll()}>Overal uitloggen, ook hier</Button>
    </section>
  );
}
