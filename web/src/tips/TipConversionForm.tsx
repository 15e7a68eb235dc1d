// SPDX-License-Identifier: EUPL-1.2
import { useState, type FormEvent } from 'react';

import { convertibleCategories, type TipDetail } from '../../../common/contracts/tips';
import { categoryLabels, targetRoleLabels } from '../../../common/messages/reports-nl';
import { targetRoles, type TargetRole } from '../../../common/workflow/taxonomy';
import { useQuery } from '../api/use-query';
import { reportListSchema, reportsPath } from '../reports/api';
import { Button } from '../ui/Button';
import { ErrorSummary } from '../ui/ErrorSummary';
import { Heading } from '../ui/Heading';
import { Paragraph } from '../ui/Paragraph';
import { SelectField } from '../ui/Select';
import { useFormErrors } from '../ui/use-form-errors';

import { convertTip } from './api';

const idFor = (field: string) => `tip-melding-${field}`;
type Convertible = (typeof convertibleCategories)[number];
const isConvertible = (c: string): c is Convertible =>
  (convertibleCategories as readonly string[]).includes(c);

/**
 * Turns a tip about aggression against an office-holder into a meldpunt case (the stappenplan
 * starts), or links the tip to a case that already exists.
 */
export function TipConversionForm({
  tip,
  onDone,
}: {
  tip: TipDetail;
  onDone: (t: TipDetail) => void;
}) {
  const form = useFormErrors();
  const reports = useQuery(reportsPath, reportListSchema);
  const [category, setCategory] = useState<Convertible>(
    isConvertible(tip.category) ? tip.category : 'threat',
  );
  const [targetRole, setTargetRole] = useState<TargetRole>('wethouder');
  const [reportId, setReportId] = useState('');
  const [busy, setBusy] = useState(false);
  const cases =
    reports.status === 'success'
      ? reports.data.reports.filter(
          (r) =>
            r.organisation.code === tip.organisation.code &&
            r.access !== 'reporter' &&
            r.access !== 'summary',
        )
      : [];
  const send = async (body: Parameters<typeof convertTip>[1]) => {
    form.clear();
    setBusy(true);
    try {
      onDone(await convertTip(tip.id, body));
    } catch (error) {
      form.fromError(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="tip-melding">
      <Heading level={2} id="tip-melding">
        Verder als melding in het meldpunt
      </Heading>
      <Paragraph>
        Gaat de tip over agressie tegen een ambtsdrager? Maak er een melding van. Dan start het
        stappenplan. U doet de melding namens de anonieme tipgever; de bijlagen gaan mee.
      </Paragraph>
      <ErrorSummary errors={form.errors} idFor={idFor} />
      <form
        noValidate
        className="weerbaar-form"
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          void send({ version: tip.version, category, targetRole });
        }}
      >
        <SelectField
          id={idFor('category')}
          label="Soort voorval"
          error={form.errors.fields.category}
          options={convertibleCategories.map((value) => ({
            value,
            label: categoryLabels[value],
          }))}
          value={category}
          onValueChange={(v) => setCategory(v as Convertible)}
        />
        <SelectField
          id={idFor('targetRole')}
          label="Tegen wie was het gericht?"
          error={form.errors.fields.targetRole}
          options={targetRoles.map((value) => ({ value, label: targetRoleLabels[value] }))}
          value={targetRole}
          onValueChange={(v) => setTargetRole(v as TargetRole)}
        />
        <Button type="submit" busy={busy}>
          Melding maken van deze tip
        </Button>
      </form>
      {cases.length > 0 ? (
        <form
          noValidate
          className="weerbaar-form"
          onSubmit={(e: FormEvent) => {
            e.preventDefault();
            if (reportId) void send({ version: tip.version, reportId });
          }}
        >
          <SelectField
            id={idFor('reportId')}
            label="Of koppel aan een bestaande melding"
            error={form.errors.fields.reportId}
            options={[
              { value: '', label: 'Kies een melding' },
              ...cases.map((r) => ({
                value: r.id,
                label: `${r.reference} (${categoryLabels[r.category]})`,
              })),
            ]}
            value={reportId}
            onValueChange={setReportId}
          />
          <Button type="submit" busy={busy} disabled={!reportId}>
            Koppelen
          </Button>
        </form>
      ) : null}
    </section>
  );
}
