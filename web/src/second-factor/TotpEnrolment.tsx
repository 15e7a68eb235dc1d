// SPDX-License-Identifier: EUPL-1.2
import { useState, type FormEvent, type ReactNode } from 'react';
import type { z } from 'zod';

import type { totpEnrolmentSchema } from '../../../common/contracts/accounts';
import { Button } from '../ui/Button';
import { ErrorSummary } from '../ui/ErrorSummary';
import { Heading } from '../ui/Heading';
import { Paragraph } from '../ui/Paragraph';
import { TextField } from '../ui/Textbox';
import { groupInBlocks } from '../ui/format';
import { useFormErrors } from '../ui/use-form-errors';

import { confirmTotpEnrolment, startTotpEnrolment, svgDataUrl } from './api';

type Enrolment = z.infer<typeof totpEnrolmentSchema>;

const idFor = (field: string) => `totp-${field}`;

/**
 * Links an authenticator app: start, scan the QR code (or type the key), confirm with a code.
 * Calls `onConfirmed` with the recovery codes the server returns.
 */
export function TotpEnrolment({
  headingLevel,
  startLabel,
  onConfirmed,
  renderHint,
}: {
  /** Level of the three step headings: one below the heading the enrolment sits under. */
  headingLevel: 2 | 3;
  startLabel: string;
  onConfirmed: (recoveryCodes: string[]) => void;
  /** Extra help under the code field, given the new secret (used in demo mode). */
  renderHint?: ((secret: string) => ReactNode) | undefined;
}) {
  const [enrolment, setEnrolment] = useState<Enrolment | null>(null);
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const form = useFormErrors();

  const start = async () => {
    setBusy(true);
    form.clear();
    try {
      setEnrolment(await startTotpEnrolment());
    } catch (error) {
      form.fromError(error);
    } finally {
      setBusy(false);
    }
  };

  const confirm = async (event: FormEvent) => {
    event.preventDefault();
    const clean = code.replace(/\s+/g, '');
    if (
      !form.fromFields(/^\d{6}$/.test(clean) ? {} : { code: 'Vul de 6 cijfers uit de app in.' })
    ) {
      return;
    }
    setBusy(true);
    try {
      onConfirmed(await confirmTotpEnrolment(clean));
    } catch (error) {
      form.fromError(error);
    } finally {
      setBusy(false);
    }
  };

  if (!enrolment) {
    return (
      <>
        <ErrorSummary errors={form.errors} idFor={idFor} />
        <Button appearance="primary" busy={busy} onClick={() => void start()}>
          {startLabel}
        </Button>
      </>
    );
  }

  return (
    <>
      <ErrorSummary errors={form.errors} idFor={idFor} />
      <Heading level={headingLevel}>1. Open uw authenticator-app</Heading>
      <Paragraph>
        Gebruik een app die codes van 6 cijfers maakt, bijvoorbeeld Microsoft Authenticator, Google
        Authenticator of FreeOTP. Kies in de app voor een nieuw account.
      </Paragraph>
      <Heading level={headingLevel}>2. Scan de QR-code</Heading>
      <img
        className="weerbaar-qr"
        src={svgDataUrl(enrolment.qrSvg)}
        alt="QR-code om Weerbaar aan uw authenticator-app toe te voegen. Lukt scannen niet? Gebruik dan de sleutel hieronder."
        width={200}
        height={200}
      />
      <Paragraph>
        Lukt scannen niet? Typ dan deze sleutel over in de app:{' '}
        <code className="utrecht-code weerbaar-secret">{groupInBlocks(enrolment.secret)}</code>
      </Paragraph>
      <Heading level={headingLevel}>3. Vul de code uit de app in</Heading>
      {renderHint?.(enrolment.secret)}
      <form noValidate onSubmit={(event) => void confirm(event)} className="weerbaar-form">
        <TextField
          id={idFor('code')}
          label="Code uit de app"
          description="De app laat een code van 6 cijfers zien. Die verandert elke 30 seconden."
          inputMode="numeric"
          autoComplete="one-time-code"
          value={code}
          onValueChange={setCode}
          error={form.errors.fields.code}
        />
        <Button type="submit" appearance="primary" busy={busy}>
          Koppelen
        </Button>
      </form>
    </>
  );
}
