// SPDX-License-Identifier: EUPL-1.2
import { useState, type FormEvent } from 'react';
import { Navigate, useLocation, useSearchParams } from 'react-router';

import { returnParam, safeReturnPath } from '../session/return-path';
import { useSession } from '../session/session-context';
import { Button, ButtonGroup } from '../ui/Button';
import { ErrorSummary } from '../ui/ErrorSummary';
import { PageHeading } from '../ui/Heading';
import { Paragraph } from '../ui/Paragraph';
import { Loading } from '../ui/Status';
import { TextField } from '../ui/Textbox';
import { useFormErrors } from '../ui/use-form-errors';

import { DemoCode } from './DemoCode';
import { stateString, submitSecondFactor } from './api';

const idFor = (field: string) => `tweede-stap-${field}`;

/** The second sign-in step: a code from the authenticator app or a recovery code. */
export function SecondStepPage() {
  const { state, refresh, signOut } = useSession();
  const location = useLocation();
  const [params] = useSearchParams();
  const returnTo = safeReturnPath(params.get(returnParam));
  const demoSecret = stateString(location.state, 'demoSecret');
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const form = useFormErrors();

  if (state.status === 'loading') return <Loading />;
  if (state.status === 'signed-in') return <Navigate to={returnTo} replace />;
  if (state.status !== 'pending') return <Navigate to="/inloggen" replace />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!form.fromFields(code.trim() ? {} : { code: 'Vul de code in.' })) return;
    setBusy(true);
    try {
      await submitSecondFactor(code);
      const next = await refresh();
      if (next.status !== 'signed-in')
        form.fromFields({ code: 'Inloggen is niet gelukt. Probeer het opnieuw.' });
    } catch (error) {
      setCode('');
      form.fromError(error);
    } finally {
      setBusy(false);
    }
  };

  const startOver = async () => {
    try {
      // Signed out, this page redirects to the sign-in page by itself.
      await signOut();
    } catch (error) {
      form.fromError(error);
    }
  };

  return (
    <>
      <PageHeading>Tweede stap</PageHeading>
      <Paragraph lead>Uw wachtwoord klopt. Bevestig nu dat u het bent.</Paragraph>
      <Paragraph>
        Open de authenticator-app op uw telefoon en vul de code van 6 cijfers in. Heeft u uw
        telefoon niet bij de hand? Vul dan een van uw herstelcodes in. Elke herstelcode werkt maar
        één keer.
      </Paragraph>
      <ErrorSummary errors={form.errors} idFor={idFor} />
      {demoSecret ? <DemoCode secret={demoSecret} /> : null}
      <form noValidate onSubmit={(event) => void submit(event)} className="weerbaar-form">
        <TextField
          id={idFor('code')}
          label="Code"
          description="6 cijfers uit de app, of een herstelcode zoals abcde-12345."
          autoComplete="one-time-code"
          spellCheck={false}
          value={code}
          onValueChange={setCode}
          error={form.errors.fields.code}
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary" busy={busy}>
            Bevestigen
          </Button>
          <Button appearance="subtle" onClick={() => void startOver()}>
            Opnieuw inloggen
          </Button>
        </ButtonGroup>
      </form>
    </>
  );
}
