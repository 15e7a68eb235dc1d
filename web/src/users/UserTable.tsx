// SPDX-License-Identifier: EUPL-1.2
import type { OrgUser } from '../../../common/contracts/accounts';
import { common, roleLabels, userStatusLabels } from '../../../common/messages/nl';
import { Button } from '../ui/Button';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '../ui/Table';

/** What a beheerder can do with a user from the table. */
export type UserAction = 'roles' | 'remove' | 'resend';

/** Id of a row's action button, so focus can return there after a panel closes. */
export function actionButtonId(action: UserAction, userId: string): string {
  return `gebruiker-${userId}-${action}`;
}

/** The users of an organisation, with their roles, status and actions. */
export function UserTable({
  users,
  selfId,
  onAction,
}: {
  users: readonly OrgUser[];
  selfId: string;
  onAction: (action: UserAction, user: OrgUser) => void;
}) {
  if (users.length === 0) {
    return <p className="utrecht-paragraph">Deze organisatie heeft nog geen gebruikers.</p>;
  }
  return (
    <Table caption={`Gebruikers (${users.length})`}>
      <TableHeader>
        <TableHeaderCell>Naam</TableHeaderCell>
        <TableHeaderCell>E-mailadres</TableHeaderCell>
        <TableHeaderCell>Rollen</TableHeaderCell>
        <TableHeaderCell>Status</TableHeaderCell>
        <TableHeaderCell>Tweede factor</TableHeaderCell>
        <TableHeaderCell>Acties</TableHeaderCell>
      </TableHeader>
      <TableBody>
        {users.map((user) => (
          <TableRow key={user.id}>
            <TableCell rowHeader>
              {user.name}
              {user.id === selfId ? ' (u)' : ''}
            </TableCell>
            <TableCell>{user.email}</TableCell>
            <TableCell>{user.roles.map((role) => roleLabels[role]).join(', ')}</TableCell>
            <TableCell>{userStatusLabels[user.status]}</TableCell>
            <TableCell>{user.totpEnabled ? common.yes : common.no}</TableCell>
            <TableCell>
              <div className="weerbaar-row-actions">
                <Button
                  id={actionButtonId('roles', user.id)}
                  onClick={() => onAction('roles', user)}
                >
                  Rollen wijzigen <span className="weerbaar-visually-hidden">van {user.name}</span>
                </Button>
                {user.status === 'uitgenodigd' ? (
                  <Button
                    id={actionButtonId('resend', user.id)}
                    onClick={() => onAction('resend', user)}
                  >
                    Uitnodiging opnieuw sturen{' '}
                    <span className="weerbaar-visually-hidden">naar {user.name}</span>
                  </Button>
                ) : null}
                {user.id === selfId ? null : (
                  <Button
                    id={actionButtonId('remove', user.id)}
                    appearance="subtle"
                    onClick={() => onAction('remove', user)}
                  >
                    Verwijderen <span className="weerbaar-visually-hidden">{user.name}</span>
                  </Button>
                )}
              </div>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
