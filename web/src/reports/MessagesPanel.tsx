// SPDX-License-Identifier: EUPL-1.2
import { useState, type FormEvent } from 'react';

import { useQuery } from '../api/use-query';
import { Button } from '../ui/Button';
import { ErrorSummary } from '../ui/ErrorSummary';
import { Heading } from '../ui/Heading';
import { Paragraph } from '../ui/Paragraph';
import { TextareaField } from '../ui/Textarea';
import { useFormErrors } from '../ui/use-form-errors';

import { reportMessageListSchema, reportPath, sendMessage } from './api';
import { dutchDateTime } from './labels';

/** The conversation between reporter and handlers, shown as text only. */
export function MessagesPanel({ reportId, canSend }: { reportId: string; canSend: boolean }) {
  const query = useQuery(`${reportPath(reportId)}/messages`, reportMessageListSchema);
  const [body, setBody] = useState('');
  const [busy, setBusy] = useState(false);
  const form = useFormErrors();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!form.fromFields(body.trim() ? {} : { body: 'Schrijf eerst een bericht.' })) return;
    setBusy(true);
    try {
      await sendMessage(reportId, body.trim());
      setBody('');
      query.reload();
    } catch (error) {
      form.fromError(error);
    } finally {
      setBusy(false);
    }
  };
  const messages = query.status === 'success' ? query.data.messages : [];
  return (
    <section aria-labelledby="berichten">
      <Heading level={2} id="berichten">
        Berichten
      </Heading>
      {messages.length === 0 ? <Paragraph>Er zijn nog geen berichten.</Paragraph> : null}
      <ol className="weerbaar-messages">
        {messages.map((m) => (
          <li key={m.id} className="weerbaar-message">
            <p className="utrecht-paragraph">
              <strong>{m.author}</strong> · {dutchDateTime(m.createdAt)}
            </p>
            <p className="utrecht-paragraph weerbaar-message__body">{m.body}</p>
          </li>
        ))}
      </ol>
      {canSend ? (
        <>
          <ErrorSummary errors={form.errors} idFor={() => 'bericht'} />
          <form noValidate className="weerbaar-form" onSubmit={(e) => void submit(e)}>
            <TextareaField
              id="bericht"
              label="Nieuw bericht"
              rows={3}
              value={body}
              onValueChange={setBody}
              error={form.errors.fields.body}
            />
            <Button type="submit" busy={busy}>
              Bericht versturen
            </Button>
          </form>
        </>
      ) : null}
    </section>
  );
}
