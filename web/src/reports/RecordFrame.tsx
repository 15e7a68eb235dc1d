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
  title,
  validate,
}: {
  report: ReportDetail;
  kind: RecordKind;
  data: () => unknown;
  onSaved: Saved;
  children: ReactNode;
  /** A heading of its own, for a second form on the same record (check-ins, OM decision). */
  title?: { text: string; id: string };
  /** Checks in the browser: messages per field name, empty when all is well. */
  validate?: () => Record<string, string>;
}) {
  const form = useFormErrors();
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (validate && !form.fromFields(validate())) return;
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
  const headingId = title ? `record-${title.id}` : `record-${kind}`;
  return (
    <section aria-labelledby={headingId}>
      <Heading level={3} id={headingId}>
        {title?.text ?? recordLabels[kind]}
      </Heading>
      <ErrorSummary errors={form.errors} idFor={(field) => `${kind}-${field}`} />
      <form noValidate className="weerbaar-form" onSubmit={(e) => void submit(e)}>
        {children}
        <Button type="submit" busy={busy}>
          {title?.text ?? recordLabels[kind]} opslaan
        </Button>
      </form>
    </section>
  );
}
