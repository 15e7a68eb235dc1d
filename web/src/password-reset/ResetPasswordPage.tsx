// SPDX-License-Identifier: EUPL-1.2
import { useNavigate, useSearchParams } from 'react-router';

import { apiSend } from '../api/client';
import { Alert } from '../ui/Alert';
import { PageHeading } from '../ui/Heading';
import { Link } from '../ui/Link';
import { Paragraph } from '../ui/Paragraph';

import { NewPasswordForm } from './NewPasswordForm';

/** Sets a new password with the token from the reset email, then goes to sign-in. */
export function ResetPasswordPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const token = params.get('token') ?? '';

  return (
    <>
      <PageHeading>Nieuw wachtwoord kiezen</PageHeading>
      {token ? (
        <NewPasswordForm
          submitLabel="Wachtwoord opslaan"
          onSubmit={async (password) => {
            await apiSend('POST', '/api/v1/password-reset/confirm', { token, password });
            await navigate('/inloggen', {
              replace: true,
              state: { notice: 'Uw wachtwoord is gewijzigd. Log in met uw nieuwe wachtwoord.' },
            });
          }}
        />
      ) : (
        <Alert type="error" live={false}>
          <p className="utrecht-paragraph">
            Deze link is niet compleet. Open de link uit de e-mail opnieuw, of vraag een nieuwe aan.
          </p>
        </Alert>
      )}
      <Paragraph>
        <Link to="/wachtwoord-vergeten">Nieuwe link aanvragen</Link>
      </Paragraph>
    </>
  );
}
