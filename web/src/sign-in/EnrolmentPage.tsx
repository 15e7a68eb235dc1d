// SPDX-License-Identifier: EUPL-1.2
import { useState } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';

import { authConfigSchema } from '../../../common/contracts/accounts';
import { forgetCsrfToken } from '../api/client';
import { useQuery } from '../api/use-query';
import { RecoveryCodes } from '../second-factor/RecoveryCodes';
import { TotpEnrolment } from '../second-factor/TotpEnrolment';
import { returnParam, safeReturnPath, withReturn } from '../session/return-path';
import { useSession } from '../session/session-context';
import { PageHeading } from '../ui/Heading';
import { Paragraph } from '../ui/Paragraph';
import { Loading } from '../ui/Status';

import { DemoCode } from './DemoCode';

/**
 * Enrolment of the second factor during sign-in, for roles that require one. The session is
 * only allowed to call the enrolment endpoints until this is done.
 */
export function EnrolmentPage() {
  const { state, refresh } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const returnTo = safeReturnPath(params.get(returnParam));
  const config = useQuery('/api/v1/auth-config', authConfigSchema);
  const demo = config.status === 'success' && config.data.demo;
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);

  if (state.status === 'loading') return <Loading />;
  if (state.status === 'anonymous' || state.status === 'error') {
    return <Navigate to={withReturn('/inloggen', returnTo)} replace />;
  }
  if (state.status === 'signed-in' && !recoveryCodes) return <Navigate to={returnTo} replace />;

  const finish = async () => {
    // Enrolment completes the sign-in; the session's token may have changed with it.
    forgetCsrfToken();
    const next = await refresh();
    if (next.status === 'pending') await navigate(withReturn('/inloggen/tweede-stap', returnTo));
    else await navigate(returnTo, { replace: true });
  };

  return (
    <>
      <PageHeading>Tweede factor instellen</PageHeading>
      {recoveryCodes ? (
        <RecoveryCodes codes={recoveryCodes} headingLevel={2} onDone={() => void finish()} />
      ) : (
        <>
          <Paragraph lead>
            Met uw rol kunt u vertrouwelijke gegevens zien. Daarom logt u in met uw wachtwoord én
            een code uit een app op uw telefoon.
          </Paragraph>
          <Paragraph>U stelt dit één keer in. Het duurt ongeveer twee minuten.</Paragraph>
          <TotpEnrolment
            headingLevel={2}
            startLabel="Begin met instellen"
            onConfirmed={setRecoveryCodes}
            renderHint={demo ? (secret) => <DemoCode secret={secret} /> : undefined}
          />
        </>
      )}
    </>
  );
}
