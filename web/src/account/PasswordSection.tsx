// SPDX-License-Identifier: EUPL-1.2
import { useState, type FormEvent } from 'react';

import { common } from '../../../common/messages/nl';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { ErrorSummary } from '../ui/ErrorSummary';
import { Heading } from '../ui/Heading';
import { TextField } from '../ui/Textbox';
import { useFormErrors } from '../ui/use-form-errors';

import { changePassword } from './api';

// The server names the fields after the request body; the repeat field exists only here.
const idFor = (field: string) => `wachtwoord-${field}`;

/** Change password: the current one, and the new one twice. */
export function PasswordSection() {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const form = useFormErrors();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const fields: Record<string, string> = {};
    if (!current) fields.currentPassword = 'Vul uw huidige wachtwoord in.';
    if (next.length < 12) fields.newPassword = common.passwordTooShort;
    else if (next !== repeat) fields.repeat = common.passwordsDiffer;
    if (!form.fromFields(fields)) return;
    setBusy(true);
    try {
      await changePassword(current, next);
      setCurrent('');
      setNext('');
      setRepeat('');
      setSaved(true);
    } catch (error) {
      form.fromError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="wachtwoord-titel">
      <Heading level={2} id="wachtwoord-titel">
        Wachtwoord wijzigen
      </Heading>
      {saved ? <Alert type="ok">Uw wachtwoord is gewijzigd.</Alert> : null}
      <ErrorSummary errors={form.errors} idFor={idFor} />
      <form noValidate onSubmit={(event) => void submit(event)} className="weerbaar-form">
        <TextField
          id={idFor('currentPassword')}
          label="Huidig wachtwoord"
          type="password"
          autoComplete="current-password"
          value={current}
          onValueChange={setCurrent}
          error={form.errors.fields.currentPassword}
        />
        <TextField
          id={idFor('newPassword')}
          label="Nieuw wachtwoord"
          description="Minstens 12 tekens. Een zin van een paar woorden is sterk én makkelijk te onthouden."
          type="password"
          autoComplete="new-password"
          value={next}
          onValueChange={setNext}
          error={form.errors.fields.newPassword}
        />
        <TextField
          id={idFor('repeat')}
          label="Herhaal nieuw wachtwoord"
          type="password"
          autoComplete="new-password"
          value={repeat}
          onValueChange={setRepeat}
          error={form.errors.fields.repeat}
        />
        <Button type="submit" appearance="primary" busy={busy}>
          Wachtwoord wijzigen
        </Button>
      </form>
    </section>
  );
}
