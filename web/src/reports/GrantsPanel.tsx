// SPDX-License-Identifier: EUPL-1.2
import { useState, type FormEvent } from 'react';

import type { ReportGrant, ReportGrantList } from '../../../common/contracts/report-access';
import type { ReportDetail } from '../../../common/contracts/reports';
import { errorMessage } from '../api/client';
import { useQuery } from '../api/use-query';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { ErrorSummary } from '../ui/ErrorSummary';
import { Heading } from '../ui/Heading';
import { Paragraph } from '../ui/Paragraph';
import { SelectField } from '../ui/Select';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '../ui/Table';
import { TextareaField } from '../ui/Textarea';
import { TextField } from '../ui/Textbox';
import { useFormErrors } from '../ui/use-form-errors';

import { grantAccess, grantsPath, reportGrantListSchema, revokeAccess } from './api';
import { dutchDateTime } from './labels';

const idFor = (field: string) => `toegang-${field}`;

function until(grant: ReportGrant): string {
  if (!grant.active) return `Verlopen (${dutchDateTime(grant.expiresAt)})`;
  return grant.expiresAt ? `Tot en met ${dutchDateTime(grant.expiresAt)}` : 'Geen einddatum';
}

/**
 * Who else was let into the case and why, and a form to share it with a named colleague.
 * Only those handling the case see it; the vertrouwenspersoon alone for cases only they hold.
 */
export function GrantsPanel({ report, onChange }: { report: ReportDetail; onChange: () => void }) {
  const query = useQuery(grantsPath(report.id), reportGrantListSchema);
  const [list, setList] = useState<ReportGrantList | null>(null);
  const [error, setError] = useState<string | null>(null);
  const current = list ?? (query.status === 'success' ? query.data : null);
  const changed = (next: ReportGrantList) => {
    setList(next);
    onChange();
  };
  const revoke = async (grant: ReportGrant) => {
    setError(null);
    try {
      changed(await revokeAccess(report.id, grant.user.id));
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  return (
    <section aria-labelledby="toegang">
      <Heading level={2} id="toegang">
        Toegang voor anderen
      </Heading>
      <Paragraph>
        Heeft een collega deze melding nodig voor zijn of haar werk? Geef dan toegang met een reden.
        {report.confidentiality === 'vertrouwenspersoon'
          ? ' Deze melding is alleen voor de vertrouwenspersoon: de naam van de melder blijft afgeschermd.'
          : ''}
      </Paragraph>
      {query.status === 'error' ? <Alert type="error">{errorMessage(query.error)}</Alert> : null}
      {error ? <Alert type="error">{error}</Alert> : null}
      {current && current.grants.length > 0 ? (
        <Table caption="Wie toegang heeft gekregen">
          <TableHeader>
            <TableHeaderCell>Persoon</TableHeaderCell>
            <TableHeaderCell>Reden</TableHeaderCell>
            <TableHeaderCell>Gegeven door</TableHeaderCell>
            <TableHeaderCell>Tot</TableHeaderCell>
            <TableHeaderCell>Actie</TableHeaderCell>
          </TableHeader>
          <TableBody>
            {current.grants.map((g) => (
              <TableRow key={g.user.id}>
                <TableCell rowHeader>
                  {g.user.name}
                  {g.breakGlass ? ' (noodtoegang)' : ''}
                </TableCell>
                <TableCell>{g.reason}</TableCell>
                <TableCell>
                  {g.grantedBy ?? '—'}, {dutchDateTime(g.grantedAt)}
                </TableCell>
                <TableCell>{until(g)}</TableCell>
                <TableCell>
                  <Button
                    aria-label={`Toegang van ${g.user.name} intrekken`}
                    onClick={() => void revoke(g)}
                  >
                    Intrekken
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : (
        <Paragraph>Niemand heeft extra toegang gekregen.</Paragraph>
      )}
      {current ? (
        <GrantForm report={report} candidates={current.candidates} onGranted={changed} />
      ) : null}
    </section>
  );
}

function GrantForm({
  report,
  candidates,
  onGranted,
}: {
  report: ReportDetail;
  candidates: ReportGrantList['candidates'];
  onGranted: (list: ReportGrantList) => void;
}) {
  const form = useFormErrors();
  const [userId, setUserId] = useState('');
  const [reason, setReason] = useState('');
  const [expiresOn, setExpiresOn] = useState('');
  const [busy, setBusy] = useState(false);
  if (candidates.length === 0)
    return <Paragraph>Er is niemand meer aan wie u deze melding kunt laten zien.</Paragraph>;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const fields: Record<string, string> = {};
    if (!userId) fields.userId = 'Kies aan wie u toegang geeft.';
    if (reason.trim().length < 10) fields.reason = 'Schrijf een reden van minstens 10 tekens.';
    if (!form.fromFields(fields)) return;
    setBusy(true);
    try {
      onGranted(
        await grantAccess(report.id, {
          userId,
          reason: reason.trim(),
          expiresOn: expiresOn || null,
        }),
      );
      setUserId('');
      setReason('');
      setExpiresOn('');
      form.clear();
    } catch (error) {
      form.fromError(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Heading level={3}>Toegang geven</Heading>
      <ErrorSummary errors={form.errors} idFor={idFor} />
      <form noValidate className="weerbaar-form" onSubmit={(e) => void submit(e)}>
        <SelectField
          id={idFor('userId')}
          label="Aan wie?"
          error={form.errors.fields.userId}
          value={userId}
          onValueChange={setUserId}
          options={[
            { value: '', label: 'Kies een persoon' },
            ...candidates.map((p) => ({ value: p.id, label: p.name })),
          ]}
        />
        <TextareaField
          id={idFor('reason')}
          label="Waarom heeft deze persoon de melding nodig?"
          description="De reden komt in het verloop van de melding. De persoon krijgt een e-mail zonder inhoud."
          rows={2}
          value={reason}
          onValueChange={setReason}
          error={form.errors.fields.reason}
        />
        <TextField
          id={idFor('expiresOn')}
          label="Laatste dag van de toegang (mag leeg)"
          type="date"
          value={expiresOn}
          onValueChange={setExpiresOn}
          error={form.errors.fields.expiresOn}
        />
        <Button type="submit" busy={busy}>
          Toegang geven
        </Button>
      </form>
    </>
  );
}
