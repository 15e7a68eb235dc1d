// SPDX-License-Identifier: EUPL-1.2
import { useState, type FormEvent } from 'react';

import type { TipMailbox } from '../../../common/contracts/tips';
import { tipCategoryLabels, tipStatusForSender } from '../../../common/messages/tips-nl';
import { Button } from '../ui/Button';
import { ErrorSummary } from '../ui/ErrorSummary';
import { Heading, PageHeading } from '../ui/Heading';
import { Paragraph } from '../ui/Paragraph';
import { TextareaField } from '../ui/Textarea';
import { TextField } from '../ui/Textbox';
import { useFormErrors } from '../ui/use-form-errors';

import { TipConversation } from './TipConversation';
import { TipEmergencyNotice } from './TipEmergencyNotice';
import { answerHandler, openMailbox } from './public-api';

const idFor = (field: string) => `postvak-${field}`;

/**
 * The sender's mailbox: receipt code and secret in, status and conversation out. The codes live
 * in this page's memory only (no storage, no URL), and are gone when the page is closed.
 */
export function MailboxPage() {
  const form = useFormErrors();
  const answerForm = useFormErrors();
  const [receipt, setReceipt] = useState('');
  const [secret, setSecret] = useState('');
  const [mailbox, setMailbox] = useState<TipMailbox | null>(null);
  const [answer, setAnswer] = useState('');
  const [busy, setBusy] = useState(false);

  const open = async () => {
    const fields: Record<string, string> = {};
    if (!receipt.trim()) fields.receipt = 'Vul uw meldcode in.';
    if (!secret.trim()) fields.secret = 'Vul uw geheime code in.';
    if (!form.fromFields(fields)) return;
    setBusy(true);
    try {
      setMailbox(await openMailbox({ receipt, secret }));
    } catch (e) {
      form.fromError(e);
    } finally {
      setBusy(false);
    }
  };

  const send = async () => {
    if (!answerForm.fromFields(answer.trim() ? {} : { body: 'Schrijf eerst uw bericht.' })) return;
    setBusy(true);
    try {
      setMailbox(await answerHandler({ receipt, secret }, answer.trim()));
      setAnswer('');
    } catch (e) {
      answerForm.fromError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeading>Reactie op uw tip</PageHeading>
      <TipEmergencyNotice />
      {mailbox ? (
        <>
          <Heading level={2}>{`Tip ${mailbox.reference} aan ${mailbox.organisation.name}`}</Heading>
          <Paragraph>{tipStatusForSender[mailbox.status]}</Paragraph>
          <Paragraph>Onderwerp: {tipCategoryLabels[mailbox.category]}</Paragraph>
          <Heading level={3}>Wat u schreef</Heading>
          <p className="utrecht-paragraph weerbaar-message__body">{mailbox.description}</p>
          <TipConversation messages={mailbox.messages} viewer="sender" />
          {mailbox.status === 'closed' ? null : (
            <form
              noValidate
              className="weerbaar-form"
              onSubmit={(e: FormEvent) => {
                e.preventDefault();
                void send();
              }}
            >
              <ErrorSummary errors={answerForm.errors} idFor={idFor} />
              <TextareaField
                id={idFor('body')}
                label="Uw antwoord of aanvulling"
                value={answer}
                onValueChange={setAnswer}
                error={answerForm.errors.fields.body}
              />
              <Button appearance="primary" type="submit" busy={busy}>
                Antwoord versturen
              </Button>
            </form>
          )}
        </>
      ) : (
        <>
          <Paragraph>
            Vul de meldcode en de geheime code in die u kreeg toen u de tip verstuurde.
          </Paragraph>
          <ErrorSummary errors={form.errors} idFor={idFor} />
          <form
            noValidate
            className="weerbaar-form"
            onSubmit={(e: FormEvent) => {
              e.preventDefault();
              void open();
            }}
          >
            <TextField
              id={idFor('receipt')}
              label="Meldcode"
              description="16 cijfers, bijvoorbeeld 1234 5678 9012 3456."
              inputMode="numeric"
              autoComplete="off"
              value={receipt}
              onValueChange={setReceipt}
              error={form.errors.fields.receipt}
            />
            <TextField
              id={idFor('secret')}
              label="Geheime code"
              type="password"
              autoComplete="off"
              value={secret}
              onValueChange={setSecret}
              error={form.errors.fields.secret}
            />
            <Button appearance="primary" type="submit" busy={busy}>
              Reactie bekijken
            </Button>
          </form>
        </>
      )}
    </>
  );
}
