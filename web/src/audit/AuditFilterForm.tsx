// SPDX-License-Identifier: EUPL-1.2
import { useState, type FormEvent } from 'react';

import { auditActionLabels, auditResultLabels } from '../../../common/messages/nl';
import { Button, ButtonGroup } from '../ui/Button';
import { ErrorSummary } from '../ui/ErrorSummary';
import { FormField } from '../ui/FormField';
import { Select } from '../ui/Select';
import { TextField } from '../ui/Textbox';
import { useFormErrors } from '../ui/use-form-errors';

import { isResult, validateFilters, type AuditFilters } from './audit-query';

const idFor = (field: string) => `logboek-${field}`;

const resultOptions = [
  { value: '', label: 'Alle resultaten' },
  ...Object.entries(auditResultLabels).map(([value, label]) => ({ value, label })),
];

function actionOptions(current: string) {
  const known = Object.entries(auditActionLabels)
    .map(([value, label]) => ({ value, label }))
    .sort((a, b) => a.label.localeCompare(b.label, 'nl'));
  const extra =
    current && !(current in auditActionLabels) ? [{ value: current, label: current }] : [];
  return [{ value: '', label: 'Alle acties' }, ...extra, ...known];
}

/** The filter form of the audit log; applying it calls `onApply` (which puts it in the URL). */
export function AuditFilterForm({
  initial,
  onApply,
}: {
  initial: AuditFilters;
  onApply: (filters: AuditFilters) => void;
}) {
  const [filters, setFilters] = useState(initial);
  const form = useFormErrors();
  const set =
    <K extends keyof AuditFilters>(key: K) =>
    (value: AuditFilters[K]) =>
      setFilters((previous) => ({ ...previous, [key]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (form.fromFields(validateFilters(filters))) onApply(filters);
  };

  return (
    <>
      <ErrorSummary errors={form.errors} idFor={idFor} />
      <form
        noValidate
        onSubmit={submit}
        className="weerbaar-form weerbaar-filters"
        aria-label="Filters"
      >
        <FormField id={idFor('action')} label="Actie">
          {(control) => (
            <Select
              {...control}
              options={actionOptions(filters.action)}
              value={filters.action}
              onValueChange={set('action')}
            />
          )}
        </FormField>
        <FormField id={idFor('result')} label="Resultaat">
          {(control) => (
            <Select
              {...control}
              options={resultOptions}
              value={filters.result}
              onValueChange={(value) => set('result')(isResult(value) ? value : '')}
            />
          )}
        </FormField>
        <TextField
          id={idFor('from')}
          label="Vanaf"
          type="date"
          value={filters.from}
          onValueChange={set('from')}
          error={form.errors.fields.from}
        />
        <TextField
          id={idFor('to')}
          label="Tot en met"
          type="date"
          value={filters.to}
          onValueChange={set('to')}
          error={form.errors.fields.to}
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary">
            Filteren
          </Button>
          <Button
            appearance="subtle"
            onClick={() => onApply({ action: '', result: '', from: '', to: '' })}
          >
            Filters wissen
          </Button>
        </ButtonGroup>
      </form>
    </>
  );
}
