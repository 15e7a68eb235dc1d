// SPDX-License-Identifier: EUPL-1.2
import { useState, type FormEvent } from 'react';

import { common } from '../../../common/messages/nl';
import { Button } from '../ui/Button';
import { ErrorSummary } from '../ui/ErrorSummary';
import { TextField } from '../ui/Textbox';
import { useFormErrors } from '../ui/use-form-errors';

const idFor = (field: string) => `nieuw-${field}`;

/** Choose a new password (twice); `onSubmit` sends it and may throw an ApiError to show. */
export function NewPasswordForm({
  submitLabel,
  onSubmit,
}: {
  submitLabel: string;
  onSubmit: (password: string) => Promise<void>;
}) {
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [busy, setBusy] = useState(false);
  const form = useFormErrors();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const fields: Record<string, string> = {};
    if (password.length < 12) fields.password = common.passwordTooShort;
    else if (password !== repeat) fields.repeat = common.passwordsDiffer;
    if (!form.fromFields(fields)) return;
    setBusy(true);
    try {
      await onSubmit(password);
    } catch (error) {
      form.fromError(error);
      setBusy(false);
    }
  };

  return (
    <>
      <ErrorSummary errors={form.errors} idFor={idFor} />
      <form noValidate onSubmit={(event) => void submit(event)} className="weerbaar-form">
        <TextField
          id={idFor('password')}
          label="Nieuw wachtwoord"
          description="Minstens 12 tekens. Een zin van een paar woorden is sterk én makkelijk te onthouden."
          type="password"
          autoComplete="new-password"
          value={password}
          onValueChange={setPassword}
          error={form.errors.fields.password}
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
          {submitLabel}
        </Button>
      </form>
    </>
  );
}
