// SPDX-License-Identifier: EUPL-1.2
import { useState, type FormEvent } from 'react';
import { useParams } from 'react-router';

import type { TipDetail } from '../../../common/contracts/tips';
import {
  closeReasonLabels,
  forwardTargetLabels,
  tipCategoryLabels,
  tipStatusLabels,
} from '../../../common/messages/tips-nl';
import { useQuery } from '../api/use-query';
import { Button } from '../ui/Button';
import { ErrorSummary } from '../ui/ErrorSummary';
import { Heading, PageHeading } from '../ui/Heading';
import { Link, PlainLink } from '../ui/Link';
import { Paragraph } from '../ui/Paragraph';
import { LoadError, Loading } from '../ui/Status';
import { TextareaField } from '../ui/Textarea';
import { formatDateTime } from '../ui/format';
import { useFormErrors } from '../ui/use-form-errors';

import { TipConversation } from './TipConversation';
import { TipConversionForm } from './TipConversionForm';
import { TipStatusForm } from './TipStatusForm';
import { replyToTip, tipDetailSchema, tipPath } from './api';

function statusLine(tip: TipDetail): string {
  const parts = [tipStatusLabels[tip.status]];
  if (tip.forwardedTo) parts.push(`aan ${forwardTargetLabels[tip.forwardedTo]}`);
  if (tip.closeReason) parts.push(`reden: ${closeReasonLabels[tip.closeReason].toLowerCase()}`);
  return parts.join(', ');
}

function ReplyForm({ tip, onDone }: { tip: TipDetail; onDone: (tip: TipDetail) => void }) {
  const form = useFormErrors();
  const [body, setBody] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!form.fromFields(body.trim() ? {} : { body: 'Schrijf eerst uw bericht.' })) return;
    setBusy(true);
    try {
      onDone(await replyToTip(tip.id, body.trim()));
      setBody('');
    } catch (error) {
      form.fromError(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form noValidate className="weerbaar-form" onSubmit={(e) => void submit(e)}>
      <ErrorSummary errors={form.errors} idFor={() => 'tip-antwoord'} />
      <TextareaField
        id="tip-antwoord"
        label="Antwoord of vraag aan de tipgever"
        description="De tipgever leest dit met de meldcode. Zet er geen namen van collega’s in."
        rows={3}
        value={body}
        onValueChange={setBody}
        error={form.errors.fields.body}
      />
      <Button type="submit" busy={busy}>
        Bericht versturen
      </Button>
    </form>
  );
}

/** One anonymous tip for its handler; opening it is recorded in the audit log. */
export function TipPage() {
  const { id = '' } = useParams();
  const query = useQuery(tipPath(id), tipDetailSchema);
  const [changed, setChanged] = useState<TipDetail | null>(null);
  if (query.status === 'loading') return <Loading />;
  if (query.status === 'error') return <LoadError error={query.error} onRetry={query.reload} />;
  const tip = changed && changed.id === id ? changed : query.data;
  return (
    <>
      <PageHeading>{`Tip ${tip.reference}`}</PageHeading>
      <Paragraph>
        <Link to="/meldpunt/tips">Terug naar de tips</Link>
      </Paragraph>
      <dl className="weerbaar-facts">
        <dt>Organisatie</dt>
        <dd>{tip.organisation.name}</dd>
        <dt>Onderwerp</dt>
        <dd>{tipCategoryLabels[tip.category]}</dd>
        <dt>Ontvangen</dt>
        <dd>{formatDateTime(tip.createdAt)}</dd>
        <dt>Status</dt>
        <dd>{statusLine(tip)}</dd>
        {tip.report ? (
          <>
            <dt>Melding in het meldpunt</dt>
            <dd>
              <Link to={`/meldpunt/${tip.report.id}`}>{tip.report.reference}</Link>
            </dd>
          </>
        ) : null}
      </dl>
      <Heading level={2}>Wat de tipgever schreef</Heading>
      <p className="utrecht-paragraph weerbaar-message__body">{tip.description}</p>
      <Paragraph>Waar: {tip.location ?? '—'}</Paragraph>
      <Paragraph>Wanneer: {tip.when ?? '—'}</Paragraph>
      {tip.attachments.length > 0 ? (
        <>
          <Heading level={3}>Bijlagen</Heading>
          <ul className="utrecht-unordered-list">
            {tip.attachments.map((a) => (
              <li key={a.id} className="utrecht-unordered-list__item">
                <PlainLink href={`${tipPath(tip.id)}/attachments/${a.id}`}>{a.fileName}</PlainLink>{' '}
                ({Math.ceil(a.sizeBytes / 1024)} kB, SHA-256 {a.sha256.slice(0, 12)}…)
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {tip.statusNote ? <Paragraph>Notitie bij de status: {tip.statusNote}</Paragraph> : null}
      <TipConversation messages={tip.messages} viewer="handler" />
      {tip.abilities.reply ? <ReplyForm tip={tip} onDone={setChanged} /> : null}
      {tip.abilities.setStatus ? <TipStatusForm tip={tip} onDone={setChanged} /> : null}
      {tip.abilities.convert ? <TipConversionForm tip={tip} onDone={setChanged} /> : null}
    </>
  );
}
