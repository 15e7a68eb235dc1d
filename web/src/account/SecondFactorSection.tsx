// SPDX-License-Identifier: EUPL-1.2
import { useState } from 'react';

import { RecoveryCodes } from '../second-factor/RecoveryCodes';
import { TotpEnrolment } from '../second-factor/TotpEnrolment';
import { createRecoveryCodes } from '../second-factor/api';
import { useMe, useSession } from '../session/session-context';
import { Alert } from '../ui/Alert';
import { Button, ButtonGroup } from '../ui/Button';
import { ErrorSummary } from '../ui/ErrorSummary';
import { Heading } from '../ui/Heading';
import { Paragraph } from '../ui/Paragraph';
import { useFormErrors } from '../ui/use-form-errors';

type Mode = 'idle' | 'enrol' | 'codes';

/** Second factor: its status, linking a (new) authenticator app, and new recovery codes. */
export function SecondFactorSection() {
  const me = useMe();
  const { refresh } = useSession();
  const [mode, setMode] = useState<Mode>('idle');
  const [codes, setCodes] = useState<string[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useFormErrors();
  const enabled = me.user.totpEnabled;

  const newCodes = async () => {
    setBusy(true);
    setNotice(null);
    form.clear();
    try {
      setCodes(await createRecoveryCodes());
      setMode('codes');
    } catch (error) {
      form.fromError(error);
    } finally {
      setBusy(false);
    }
  };

  const finish = (text: string) => {
    setMode('idle');
    setCodes([]);
    setNotice(text);
    void refresh();
  };

  return (
    <section aria-labelledby="tweede-factor-titel">
      <Heading level={2} id="tweede-factor-titel">
        Tweede factor
      </Heading>
      <Paragraph>
        {enabled
          ? 'U logt in met uw wachtwoord en een code uit uw authenticator-app.'
          : 'U heeft nog geen authenticator-app gekoppeld.'}
      </Paragraph>
      {notice ? <Alert type="ok">{notice}</Alert> : null}
      <ErrorSummary errors={form.errors} idFor={(field) => field} />
      {mode === 'idle' ? (
        <ButtonGroup>
          <Button appearance={enabled ? 'secondary' : 'primary'} onClick={() => setMode('enrol')}>
            {enabled ? 'Nieuwe telefoon of app koppelen' : 'Tweede factor instellen'}
          </Button>
          {enabled ? (
            <Button busy={busy} onClick={() => void newCodes()}>
              Nieuwe herstelcodes maken
            </Button>
          ) : null}
        </ButtonGroup>
      ) : null}
      {mode === 'enrol' ? (
        <>
          {enabled ? (
            <Paragraph>De oude koppeling werkt tot u de nieuwe heeft bevestigd.</Paragraph>
          ) : null}
          <TotpEnrolment
            headingLevel={3}
            startLabel="Begin met koppelen"
            onConfirmed={(recoveryCodes) => {
              setCodes(recoveryCodes);
              setMode('codes');
            }}
          />
          <Button appearance="subtle" onClick={() => setMode('idle')}>
            Annuleren
          </Button>
        </>
      ) : null}
      {mode === 'codes' ? (
        <RecoveryCodes
          codes={codes}
          headingLevel={3}
          onDone={() => finish('Uw tweede factor en herstelcodes zijn bijgewerkt.')}
        />
      ) : null}
    </section>
  );
}
