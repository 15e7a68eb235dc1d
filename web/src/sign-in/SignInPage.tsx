// SPDX-License-Identifier: EUPL-1.2
import { useRef, useState, type FormEvent } from 'react';
import { Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';

import { authConfigSchema } from '../../../common/contracts/accounts';
import { common } from '../../../common/messages/nl';
import { useQuery } from '../api/use-query';
import { returnParam, safeReturnPath, withReturn } from '../session/return-path';
import { useSession } from '../session/session-context';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { ErrorSummary } from '../ui/ErrorSummary';
import { Heading, PageHeading } from '../ui/Heading';
import { Link, PlainButtonLink } from '../ui/Link';
import { Paragraph } from '../ui/Paragraph';
import { TextField } from '../ui/Textbox';
import { hasErrors, useFormErrors } from '../ui/use-form-errors';

import { DemoAccounts, type DemoChoice } from './DemoAccounts';
import { signIn, stateString } from './api';

const idFor = (field: string) => `inloggen-${field}`;

/** Why single sign-on sent the user back (`?fout=` from /api/v1/oidc/callback). */
// A Map, so a crafted value such as ?fout=constructor finds nothing.
const oidcErrors = new Map([
  ['oidc', 'Inloggen via uw organisatie is mislukt. Probeer het opnieuw.'],
  [
    'oidc-onbekend',
    'Er is geen Weerbaar-account gekoppeld aan dit organisatie-account. Vraag uw beheerder om toegang.',
  ],
]);

/** Sign-in with email and password, single sign-on when configured, and demo accounts in demo mode. */
export function SignInPage() {
  const { state, refresh } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const returnTo = safeReturnPath(params.get(returnParam));
  const config = useQuery('/api/v1/auth-config', authConfigSchema);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [demoSecret, setDemoSecret] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useFormErrors();
  const emailRef = useRef<HTMLInputElement>(null);
  const notice =
    stateString(location.state, 'notice') ??
    (state.status === 'anonymous' ? state.notice : undefined);
  const oidcError = oidcErrors.get(params.get('fout') ?? '');

  if (state.status === 'signed-in') return <Navigate to={returnTo} replace />;

  const chooseDemo = (choice: DemoChoice) => {
    setEmail(choice.email);
    setPassword(choice.password);
    setDemoSecret(choice.totpSecret);
    form.clear();
    emailRef.current?.focus();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const fields: Record<string, string> = {};
    if (!email.trim()) fields.email = 'Vul uw e-mailadres in.';
    if (!password) fields.password = 'Vul uw wachtwoord in.';
    if (!form.fromFields(fields)) return;
    setBusy(true);
    try {
      const result = await signIn(email.trim(), password);
      const next = await refresh();
      // A complete sign-in re-renders this page, and <Navigate> above takes over.
      if (next.status === 'signed-in') return;
      if (next.status !== 'pending') throw new Error('Sessie niet gevonden na inloggen.');
      const enrol = result.enrolmentRequired || next.session.enrolmentRequired;
      const step = enrol ? '/tweede-factor-instellen' : '/inloggen/tweede-stap';
      await navigate(withReturn(step, returnTo), { state: demoSecret ? { demoSecret } : null });
    } catch (error) {
      setPassword('');
      form.fromError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeading>Inloggen</PageHeading>
      {notice ? <Alert type="ok">{notice}</Alert> : null}
      {oidcError && !hasErrors(form.errors) ? <Alert type="error">{oidcError}</Alert> : null}
      <ErrorSummary errors={form.errors} idFor={idFor} />
      <form noValidate onSubmit={(event) => void submit(event)} className="weerbaar-form">
        <TextField
          ref={emailRef}
          id={idFor('email')}
          label="E-mailadres"
          type="email"
          autoComplete="username"
          value={email}
          onValueChange={setEmail}
          error={form.errors.fields.email}
        />
        <TextField
          id={idFor('password')}
          label="Wachtwoord"
          type="password"
          autoComplete="current-password"
          value={password}
          onValueChange={setPassword}
          error={form.errors.fields.password}
        />
        <Button type="submit" appearance="primary" busy={busy}>
          {common.signIn}
        </Button>
      </form>
      <Paragraph>
        <Link to="/wachtwoord-vergeten">Wachtwoord vergeten?</Link>
      </Paragraph>
      {config.status === 'success' && config.data.oidc.enabled ? (
        <section aria-labelledby="inloggen-sso">
          <Heading level={2} id="inloggen-sso">
            Inloggen via uw organisatie
          </Heading>
          <Paragraph>Heeft uw organisatie een eigen inlogdienst? Log dan daarmee in.</Paragraph>
          <PlainButtonLink href="/api/v1/oidc/start">{config.data.oidc.label}</PlainButtonLink>
        </section>
      ) : null}
      {config.status === 'success' && config.data.demo ? (
        <DemoAccounts onChoose={chooseDemo} />
      ) : null}
    </>
  );
}
