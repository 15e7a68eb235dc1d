// SPDX-License-Identifier: EUPL-1.2
import { useState, type FormEvent, type ReactNode } from 'react';

import type { ReportDetail } from '../../../common/contracts/reports';
import { recordLabels } from '../../../common/messages/reports-nl';
import type { RecordKind } from '../../../common/workflow/template';
import { Button } from '../ui/Button';
import { ErrorSummary } from '../ui/ErrorSummary';
import { Heading } from '../ui/Heading';
import { useFormErrors } from '../ui/use-form-errors';

import { saveRecord } from './api';

export type Saved = (report: ReportDetail) => void;
export const today = () => new Date().toISOString().slice(0, 10);

/** A form frame that saves one record with the case's version and hands back the new case. */
export function RecordFrame({
  report,
  kind,
  data,
  onSaved,
  children,
}: {
  report: ReportDetail;
  kind: RecordKind;
  data: () => unknown;
  onSaved: Saved;
  children: ReactNode;
}) {
  const form = useFormErrors();
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      onSaved(await saveRecord(report.id, kind, report.version, data()));
      form.clear();
    } catch (error) {
      form.fromError(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby={`record-${kind}`}>
      <Heading level={3} id={`record-${kind}`}>
        {recordLabels[kind]}
      </Heading>
      <ErrorSummary errors={form.errors} idFor={(field) => `${kind}-${field}`} />
      <form noValidate className="weerbaar-form" onSubmit={(e) => void submit(e)}>
        {children}
        <Button type="submit" busy={busy}>
          {recordLabels[kind]} opslaan
        </Button>
      </form>
    </section>
  );
}
