// SPDX-License-Identifier: EUPL-1.2
import { useNavigate, useSearchParams } from 'react-router';

import { apiSend } from '../api/client';
import { NewPasswordForm } from '../password-reset/NewPasswordForm';
import { Alert } from '../ui/Alert';
import { PageHeading } from '../ui/Heading';
import { Paragraph } from '../ui/Paragraph';

/** Accepts an invitation: the new user chooses a password, then signs in. */
export function InvitationPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const token = params.get('token') ?? '';

  return (
    <>
      <PageHeading>Account activeren</PageHeading>
      {token ? (
        <>
          <Paragraph lead>
            U bent uitgenodigd voor Weerbaar. Kies een wachtwoord om te beginnen.
          </Paragraph>
          <NewPasswordForm
            submitLabel="Account activeren"
            onSubmit={async (password) => {
              await apiSend('POST', '/api/v1/invitations/accept', { token, password });
              await navigate('/inloggen', {
                replace: true,
                state: {
                  notice: 'Uw account is klaar. Log in met uw e-mailadres en nieuwe wachtwoord.',
                },
              });
            }}
          />
        </>
      ) : (
        <Alert type="error" live={false}>
          <p className="utrecht-paragraph">
            Deze link is niet compleet. Open de link uit de uitnodiging opnieuw. Werkt dat niet?
            Vraag de beheerder van uw organisatie om een nieuwe uitnodiging.
          </p>
        </Alert>
      )}
    </>
  );
}
