// SPDX-License-Identifier: EUPL-1.2
import { useState, type FormEvent } from 'react';

import { apiSend } from '../api/client';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { ErrorSummary } from '../ui/ErrorSummary';
import { PageHeading } from '../ui/Heading';
import { Link } from '../ui/Link';
import { Paragraph } from '../ui/Paragraph';
import { TextField } from '../ui/Textbox';
import { useFormErrors } from '../ui/use-form-errors';

const idFor = (field: string) => `vergeten-${field}`;

/** Asks for a reset link. The answer is the same whether or not the address is known. */
export function ForgotPasswordPage() {
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState(false);
  const [busy, setBusy] = useState(false);
  const form = useFormErrors();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!form.fromFields(email.trim() ? {} : { email: 'Vul uw e-mailadres in.' })) return;
    setBusy(true);
    try {
      await apiSend('POST', '/api/v1/password-reset', { email: email.trim() });
      setSent(true);
    } catch (error) {
      form.fromError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeading>Wachtwoord vergeten</PageHeading>
      {sent ? (
        <Alert type="ok">
          <p className="utrecht-paragraph">
            Als dit e-mailadres bij ons bekend is, ontvangt u binnen een paar minuten een e-mail met
            een link. Met die link kiest u een nieuw wachtwoord. Geen e-mail gekregen? Kijk dan ook
            in uw map met ongewenste e-mail.
          </p>
        </Alert>
      ) : (
        <>
          <Paragraph>
            Vul het e-mailadres van uw account in. U krijgt dan een link om een nieuw wachtwoord te
            kiezen.
          </Paragraph>
          <ErrorSummary errors={form.errors} idFor={idFor} />
          <form noValidate onSubmit={(event) => void submit(event)} className="weerbaar-form">
            <TextField
              id={idFor('email')}
              label="E-mailadres"
              type="email"
              autoComplete="email"
              value={email}
              onValueChange={setEmail}
              error={form.errors.fields.email}
            />
            <Button type="submit" appearance="primary" busy={busy}>
              Stuur mij een link
            </Button>
          </form>
        </>
      )}
      <Paragraph>
        <Link to="/inloggen">Terug naar inloggen</Link>
      </Paragraph>
    </>
  );
}
