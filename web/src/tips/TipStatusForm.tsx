// SPDX-License-Identifier: EUPL-1.2
import { useState, type FormEvent } from 'react';

import {
  closeReasons,
  forwardTargets,
  tipStatuses,
  type TipDetail,
  type TipStatus,
} from '../../../common/contracts/tips';
import {
  closeReasonLabels,
  forwardTargetLabels,
  tipStatusLabels,
} from '../../../common/messages/tips-nl';
import { Button } from '../ui/Button';
import { ErrorSummary } from '../ui/ErrorSummary';
import { Heading } from '../ui/Heading';
import { SelectField } from '../ui/Select';
import { TextField } from '../ui/Textbox';
import { useFormErrors } from '../ui/use-form-errors';

import { setTipStatus } from './api';

const idFor = (field: string) => `tip-status-${field}`;
type Forward = (typeof forwardTargets)[number];
type CloseReason = (typeof closeReasons)[number];

/** Sets the status; forwarding asks to whom, closing asks why. */
export function TipStatusForm({ tip, onDone }: { tip: TipDetail; onDone: (t: TipDetail) => void }) {
  const form = useFormErrors();
  const [to, setTo] = useState<TipStatus>(tip.status === 'new' ? 'in_progress' : tip.status);
  const [forwardedTo, setForwardedTo] = useState<Forward>(tip.forwardedTo ?? 'riec');
  const [closeReason, setCloseReason] = useState<CloseReason>(tip.closeReason ?? 'handled');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    form.clear();
    setBusy(true);
    try {
      onDone(
        await setTipStatus(tip.id, {
          to,
          version: tip.version,
          ...(to === 'forwarded' ? { forwardedTo } : {}),
          ...(to === 'closed' ? { closeReason } : {}),
          ...(note.trim() ? { note: note.trim() } : {}),
        }),
      );
      setNote('');
    } catch (error) {
      form.fromError(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="tip-status">
      <Heading level={2} id="tip-status">
        Status
      </Heading>
      <ErrorSummary errors={form.errors} idFor={idFor} />
      <form noValidate className="weerbaar-form" onSubmit={(e) => void submit(e)}>
        <SelectField
          id={idFor('to')}
          label="Nieuwe status"
          error={form.errors.fields.to}
          options={tipStatuses.map((value) => ({ value, label: tipStatusLabels[value] }))}
          value={to}
          onValueChange={(v) => setTo(v as TipStatus)}
        />
        {to === 'forwarded' ? (
          <SelectField
            id={idFor('forwardedTo')}
            label="Doorgezet aan"
            error={form.errors.fields.forwardedTo}
            options={forwardTargets.map((value) => ({
              value,
              label: forwardTargetLabels[value],
            }))}
            value={forwardedTo}
            onValueChange={(v) => setForwardedTo(v as Forward)}
          />
        ) : null}
        {to === 'closed' ? (
          <SelectField
            id={idFor('closeReason')}
            label="Reden van afsluiten"
            error={form.errors.fields.closeReason}
            options={closeReasons.map((value) => ({ value, label: closeReasonLabels[value] }))}
            value={closeReason}
            onValueChange={(v) => setCloseReason(v as CloseReason)}
          />
        ) : null}
        <TextField
          id={idFor('note')}
          label="Notitie (mag leeg; de tipgever ziet deze niet)"
          value={note}
          onValueChange={setNote}
          error={form.errors.fields.note}
        />
        <Button type="submit" busy={busy}>
          Status opslaan
        </Button>
      </form>
    </section>
  );
}
