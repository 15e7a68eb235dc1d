// SPDX-License-Identifier: EUPL-1.2
import { recordLabels, statusLabels } from '../../../common/messages/reports-nl';
import { recordKinds } from '../../../common/workflow/template';
import { Button } from '../ui/Button';
import { CheckboxGroup } from '../ui/CheckboxGroup';
import { FormField } from '../ui/FormField';
import { SelectField } from '../ui/Select';
import { Textbox } from '../ui/Textbox';

import { controlId, fixedSteps, type StepDraft } from './workflow-form';

const ownerLabels: Record<StepDraft['owner'], string> = {
  melder: 'Melder',
  behandelaar: 'Behandelaar (griffier, secretaris of coördinator)',
  bestuurder: 'Bestuurder (burgemeester of voorzitter)',
  vertrouwenspersoon: 'Vertrouwenspersoon',
};
const unitLabels: Record<StepDraft['unit'], string> = {
  none: 'Geen termijn',
  hours: 'uur',
  workingDays: 'werkdagen',
  calendarDays: 'kalenderdagen',
  months: 'maanden',
};
const fromLabels: Record<StepDraft['from'], string> = {
  step: 'het begin van deze stap',
  registration: 'de registratie van de melding',
  acknowledgement: 'de ontvangstbevestiging',
};
const options = <T extends string>(labels: Record<T, string>) =>
  (Object.keys(labels) as T[]).map((value) => ({ value, label: labels[value] }));

/** The fields of one step: who is responsible, the deadline, required records, next steps. */
export function WorkflowStepFields({
  step,
  index,
  all,
  errors,
  onChange,
  onRemove,
}: {
  step: StepDraft;
  index: number;
  all: readonly StepDraft[];
  errors: Record<string, string>;
  onChange: (patch: Partial<StepDraft>) => void;
  onRemove: () => void;
}) {
  const id = (part: string) => controlId(step.status, part);
  const error = (part: string) => errors[`steps.${index}.${part}`];
  const deadlineError = error('deadline.amount') ?? error('deadline.unit') ?? error('deadline');
  const title = `${index + 1}. ${statusLabels[step.status]}`;
  return (
    <section aria-labelledby={id('titel')} className="weerbaar-workflow-step">
      <h3 className="utrecht-heading-3" id={id('titel')}>
        {title}
      </h3>
      {error('status') ? (
        <p className="utrecht-form-field-error-message">{error('status')}</p>
      ) : null}
      {step.status === 'draft' ? (
        <p className="utrecht-paragraph">De melder schrijft de melding en verstuurt haar.</p>
      ) : (
        <>
          <SelectField
            id={id('owner')}
            label="Wie is verantwoordelijk?"
            error={error('owner')}
            value={step.owner}
            onValueChange={(v) => onChange({ owner: v as StepDraft['owner'] })}
            options={options(ownerLabels)}
          />
          <FormField
            id={id('amount')}
            label="Termijn"
            description="Een aantal uur, werkdagen (zonder weekend en feestdagen), kalenderdagen of maanden."
            error={deadlineError}
          >
            {({ invalid, ...c }) => (
              <span className="weerbaar-inline-fields">
                {step.unit !== 'none' ? (
                  <Textbox
                    {...c}
                    invalid={invalid}
                    inputMode="numeric"
                    className="weerbaar-number"
                    value={step.amount}
                    onValueChange={(amount) => onChange({ amount })}
                  />
                ) : null}
                <select
                  id={id('unit')}
                  aria-label={`Eenheid van de termijn van ${statusLabels[step.status]}`}
                  className="utrecht-select utrecht-select--html-select"
                  value={step.unit}
                  onChange={(e) => {
                    const unit = e.target.value as StepDraft['unit'];
                    onChange({ unit, amount: unit === 'none' ? '' : step.amount || '1' });
                  }}
                >
                  {options(unitLabels).map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </select>
              </span>
            )}
          </FormField>
          {step.unit !== 'none' ? (
            <SelectField
              id={id('from')}
              label="De termijn telt vanaf"
              value={step.from}
              onValueChange={(v) => onChange({ from: v as StepDraft['from'] })}
              options={options(fromLabels)}
            />
          ) : null}
          <CheckboxGroup
            id={id('requiredRecords')}
            legend="Wat moet zijn ingevuld voordat de melding verder kan?"
            error={error('requiredRecords')}
            options={recordKinds.map((k) => ({ value: k, label: recordLabels[k] }))}
            values={step.requiredRecords}
            onValuesChange={(v) => onChange({ requiredRecords: v as StepDraft['requiredRecords'] })}
          />
        </>
      )}
      <CheckboxGroup
        id={id('next')}
        legend="Volgende stappen"
        error={error('next')}
        options={all
          .filter((s) => s.status !== step.status && s.status !== 'draft')
          .map((s) => ({ value: s.status, label: statusLabels[s.status] }))}
        values={step.next}
        onValuesChange={(v) => onChange({ next: v as StepDraft['next'] })}
      />
      {fixedSteps.includes(step.status) ? null : (
        <Button onClick={onRemove}>{`Stap "${statusLabels[step.status]}" weglaten`}</Button>
      )}
    </section>
  );
}
