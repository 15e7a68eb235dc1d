// SPDX-License-Identifier: EUPL-1.2
import { useState, type FormEvent } from 'react';

import { noteTextMax } from '../../../../common/contracts/statistics-notes';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { FormField } from '../../ui/FormField';
import { Select } from '../../ui/Select';
import { useFormErrors } from '../../ui/use-form-errors';

/** What the form hands over: the text and (when asked) the organisation code. */
export interface NoteFormValues {
  text: string;
  organisation?: string;
}

/**
 * The text of a note (new or edited) with, for authors in several organisations, the choice of
 * organisation. Checks what the browser can check; the server's messages land on the fields.
 */
export function NoteForm({
  idPrefix,
  label,
  initialText = '',
  organisations = [],
  submitLabel,
  onSubmit,
  onCancel,
}: {
  idPrefix: string;
  label: string;
  initialText?: string;
  organisations?: readonly { code: string; name: string }[];
  submitLabel: string;
  onSubmit: (values: NoteFormValues) => Promise<void>;
  onCancel?: () => void;
}) {
  const [text, setText] = useState(initialText);
  const [organisation, setOrganisation] = useState('');
  const [busy, setBusy] = useState(false);
  const form = useFormErrors();
  const idFor = (field: string) => `${idPrefix}-${field}`;
  const choose = organisations.length > 1;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const fields: Record<string, string> = {};
    if (!text.trim()) fields.text = 'Schrijf eerst een notitie.';
    else if (text.trim().length > noteTextMax)
      fields.text = `Een notitie is hoogstens ${noteTextMax} tekens. Maak de tekst korter.`;
    if (choose && !organisation) fields.organisation = 'Kies voor welke organisatie de notitie is.';
    if (!form.fromFields(fields)) return;
    setBusy(true);
    try {
      await onSubmit({ text: text.trim(), ...(choose ? { organisation } : {}) });
      if (!onCancel) setText('');
    } catch (error) {
      form.fromError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <ErrorSummary errors={form.errors} idFor={idFor} />
      <form noValidate onSubmit={(event) => void submit(event)} className="weerbaar-form">
        {choose ? (
          <FormField
            id={idFor('organisation')}
            label="Organisatie"
            error={form.errors.fields.organisation}
          >
            {(control) => (
              <Select
                {...control}
                value={organisation}
                onValueChange={setOrganisation}
                options={[
                  { value: '', label: 'Kies een organisatie' },
                  ...organisations.map((o) => ({ value: o.code, label: o.name })),
                ]}
              />
            )}
          </FormField>
        ) : null}
        <FormField
          id={idFor('text')}
          label={label}
          description={`Alleen zichtbaar voor uw organisatie. Hoogstens ${noteTextMax} tekens. Zet er geen namen of andere persoonsgegevens in.`}
          error={form.errors.fields.text}
        >
          {({ invalid, ...control }) => (
            <textarea
              {...control}
              rows={4}
              value={text}
              onChange={(event) => setText(event.target.value)}
              className={`utrecht-textarea utrecht-textarea--html-textarea weerbaar-note-text${invalid ? ' utrecht-textarea--invalid' : ''}`}
            />
          )}
        </FormField>
        <div className="weerbaar-note-actions">
          <Button type="submit" appearance="primary" busy={busy}>
            {submitLabel}
          </Button>
          {onCancel ? <Button onClick={onCancel}>Annuleren</Button> : null}
        </div>
      </form>
    </>
  );
}
