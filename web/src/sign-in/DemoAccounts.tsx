// SPDX-License-Identifier: EUPL-1.2
import { demoAccountListSchema } from '../../../common/contracts/accounts';
import { roleLabels } from '../../../common/messages/nl';
import { useQuery } from '../api/use-query';
import { Button } from '../ui/Button';
import { Heading } from '../ui/Heading';
import { Paragraph } from '../ui/Paragraph';
import { LoadError, Loading } from '../ui/Status';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '../ui/Table';

import { useTotpCodes } from './use-totp-codes';

/** The sign-in details of one demo account, to fill into the form. */
export interface DemoChoice {
  email: string;
  password: string;
  totpSecret: string | null;
}

/** Demo mode only: the demo accounts with their passwords and TOTP secrets, and a fill button each. */
export function DemoAccounts({ onChoose }: { onChoose: (choice: DemoChoice) => void }) {
  const query = useQuery('/api/v1/demo', demoAccountListSchema);
  const secrets =
    query.status === 'success'
      ? query.data.accounts.flatMap((a) => (a.totpSecret ? [a.totpSecret] : []))
      : [];
  const codes = useTotpCodes(secrets);

  return (
    <section aria-labelledby="demo-accounts">
      <Heading level={2} id="demo-accounts">
        Demo-accounts
      </Heading>
      <Paragraph>
        Dit is een demonstratieomgeving met verzonnen gegevens. Kies een account om het formulier in
        te vullen. Voor de tweede stap maakt u de code met een authenticator-app: voeg daarin de
        TOTP-sleutel van het account toe. Voor het gemak staat de huidige code er ook bij.
      </Paragraph>
      {query.status === 'loading' ? <Loading /> : null}
      {query.status === 'error' ? <LoadError error={query.error} onRetry={query.reload} /> : null}
      {query.status === 'success' ? (
        <Table caption="Demo-accounts om mee in te loggen">
          <TableHeader>
            <TableHeaderCell>E-mailadres</TableHeaderCell>
            <TableHeaderCell>Rol</TableHeaderCell>
            <TableHeaderCell>Organisatie</TableHeaderCell>
            <TableHeaderCell>Wachtwoord</TableHeaderCell>
            <TableHeaderCell>TOTP-sleutel</TableHeaderCell>
            <TableHeaderCell>Demo: huidige code</TableHeaderCell>
            <TableHeaderCell>
              <span className="weerbaar-visually-hidden">Actie</span>
            </TableHeaderCell>
          </TableHeader>
          <TableBody>
            {query.data.accounts.map((account) => (
              <TableRow key={account.email}>
                <TableCell rowHeader>{account.email}</TableCell>
                <TableCell>{roleLabels[account.role]}</TableCell>
                <TableCell>{account.organisation}</TableCell>
                <TableCell>
                  <code className="utrecht-code">{account.password}</code>
                </TableCell>
                <TableCell>
                  {account.totpSecret ? (
                    <code className="utrecht-code">{account.totpSecret}</code>
                  ) : (
                    'geen'
                  )}
                </TableCell>
                <TableCell>
                  {account.totpSecret ? (
                    <code className="utrecht-code">{codes[account.totpSecret] ?? '…'}</code>
                  ) : (
                    '—'
                  )}
                </TableCell>
                <TableCell>
                  <Button
                    onClick={() =>
                      onChoose({
                        email: account.email,
                        password: account.password,
                        totpSecret: account.totpSecret,
                      })
                    }
                  >
                    Gebruik <span className="weerbaar-visually-hidden">{account.email}</span>
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : null}
    </section>
  );
}
