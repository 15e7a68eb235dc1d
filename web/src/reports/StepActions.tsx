// SPDX-License-Identifier: EUPL-1.2
import { useState } from 'react';

import type { ReportDetail } from '../../../common/contracts/reports';
import { recordLabels, statusLabels } from '../../../common/messages/reports-nl';
import { recordKinds } from '../../../common/workflow/template';
import { errorMessage } from '../api/client';
import { Alert } from '../ui/Alert';
import { Button, ButtonGroup } from '../ui/Button';
import { Heading } from '../ui/Heading';
import { Link } from '../ui/Link';
import { Paragraph } from '../ui/Paragraph';
import { SelectField } from '../ui/Select';
import { CheckboxField, TextareaField } from '../ui/Textarea';

import { CheckInsForm, OmDecisionForm } from './LaterRecords';
import { RecordForm } from './RecordForms';
import { assignReport, moveReport } from './api';

/** What a handler can do in the current step: fill in its records, move on, hand over. */
export function StepActions({
  report,
  onChange,
}: {
  report: ReportDetail;
  onChange: (r: ReportDetail) => void;
}) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const stepRecords = recordKinds.filter((k) => report.stepRecords.includes(k));
  const extra =
    report.status === 'perpetrator_response' || report.status === 'police_report'
      ? (['measures'] as const)
      : [];
  const move = async (to: ReportDetail['status']) => {
    setBusy(to);
    setError(null);
    try {
      onChange(await moveReport(report.id, to, report.version));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };
  return (
    <section aria-labelledby="stap-acties">
      <Heading level={2} id="stap-acties">
        Stap: {statusLabels[report.status]}
      </Heading>
      {report.missingRecords.length > 0 ? (
        <Paragraph>
          Vul eerst in: {report.missingRecords.map((k) => recordLabels[k]).join(', ')}.
        </Paragraph>
      ) : null}
      {report.status === 'police_report' ? (
        <Paragraph>
          <Link to={`/meldpunt/${report.id}/aangifte`}>
            Voorformulier voor de politie (afdrukken)
          </Link>
        </Paragraph>
      ) : null}
      {report.warnings.map((w) => (
        <Alert key={w} type="warning">
          {w}
        </Alert>
      ))}
      {report.abilities.records && report.status !== 'closed'
        ? [...stepRecords, ...extra].map((kind) => (
            <RecordForm key={kind} kind={kind} report={report} onSaved={onChange} />
          ))
        : null}
      {report.abilities.records && report.status !== 'closed' && report.records.aftercare ? (
        <CheckInsForm report={report} aftercare={report.records.aftercare} onSaved={onChange} />
      ) : null}
      {report.abilities.records && report.status !== 'closed' && report.records.aangifte ? (
        <OmDecisionForm report={report} aangifte={report.records.aangifte} onSaved={onChange} />
      ) : null}
      {error ? <Alert type="error">{error}</Alert> : null}
      {report.allowedTransitions.length > 0 ? (
        <>
          <Heading level={3}>Volgende stap</Heading>
          <ButtonGroup>
            {report.allowedTransitions.map((to) => (
              <Button
                key={to}
                appearance={to === report.allowedTransitions[0] ? 'primary' : 'secondary'}
                busy={busy === to}
                onClick={() => void move(to)}
              >
                Naar {statusLabels[to]}
              </Button>
            ))}
          </ButtonGroup>
        </>
      ) : null}
      {report.abilities.assign ? <AssignForm report={report} onChange={onChange} /> : null}
    </section>
  );
}

function AssignForm({
  report,
  onChange,
}: {
  report: ReportDetail;
  onChange: (r: ReportDetail) => void;
}) {
  const [assignee, setAssignee] = useState(report.handlers[0]?.id ?? '');
  const [reason, setReason] = useState('');
  const [escalation, setEscalation] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      onChange(
        await assignReport(report.id, {
          assigneeUserId: assignee,
          version: report.version,
          reason: reason.trim(),
          escalation,
        }),
      );
      setReason('');
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Heading level={3}>Overdragen of opschalen</Heading>
      <div className="weerbaar-form">
        <SelectField
          id="toewijzen-aan"
          label="Behandelaar"
          value={assignee}
          onValueChange={setAssignee}
          options={report.handlers.map((h) => ({ value: h.id, label: h.name }))}
        />
        <TextareaField
          id="toewijzen-reden"
          label="Reden"
          rows={2}
          value={reason}
          onValueChange={setReason}
        />
        <CheckboxField
          id="toewijzen-opschalen"
          label="Dit is een opschaling"
          checked={escalation}
          onCheckedChange={setEscalation}
        />
        {error ? <Alert type="error">{error}</Alert> : null}
        <Button busy={busy} onClick={() => void submit()}>
          Overdragen
        </Button>
      </div>
    </>
  );
}
