// SPDX-License-Identifier: EUPL-1.2
import './access.css';
import { useState, type FormEvent } from 'react';
import { useParams } from 'react-router';

import { statusLabels } from '../../../common/messages/reports-nl';
import {
  reportStatuses,
  workflowIdSchema,
  workflowTemplateSchema,
  type ReportStatus,
  type WorkflowTemplate,
} from '../../../common/workflow/template';
import { apiSend, errorMessage } from '../api/client';
import { useQuery } from '../api/use-query';
import { organisationName } from '../beheer/BeheerPage';
import { useMe } from '../session/session-context';
import { Alert } from '../ui/Alert';
import { Button, ButtonGroup } from '../ui/Button';
import { ErrorSummary } from '../ui/ErrorSummary';
import { PageHeading } from '../ui/Heading';
import { Link } from '../ui/Link';
import { Paragraph } from '../ui/Paragraph';
import { SelectField } from '../ui/Select';
import { useFormErrors } from '../ui/use-form-errors';

import { WorkflowStepFields } from './WorkflowStepFields';
import { checkSteps, idForField, toDrafts, toTemplate, type StepDraft } from './workflow-form';

export const workflowTitles = {
  stappenplan: 'Stappenplan melding en aangifte',
  integriteit: 'Integriteitsmeldingen (Wet bescherming klokkenluiders)',
} as const;

const workflowPath = (code: string, workflow: string) =>
  `/api/v1/orgs/${encodeURIComponent(code)}/report-workflows/${workflow}`;

/** The beheerder edits the organisation's stappenplan: steps, who, deadlines, records, next steps. */
export function WorkflowPage() {
  const { code = '', workflow = '' } = useParams();
  const me = useMe();
  const id = workflowIdSchema.safeParse(workflow);
  const query = useQuery(id.success ? workflowPath(code, id.data) : null, workflowTemplateSchema);
  const title = id.success ? workflowTitles[id.data] : 'Stappenplan';
  return (
    <>
      <PageHeading>{`${title} — ${organisationName(me, code)}`}</PageHeading>
      {!id.success ? <Alert type="error">Dit stappenplan bestaat niet.</Alert> : null}
      {query.status === 'error' ? <Alert type="error">{errorMessage(query.error)}</Alert> : null}
      {query.status === 'loading' && id.success ? <Paragraph>Stappenplan laden…</Paragraph> : null}
      {query.status === 'success' ? <WorkflowForm code={code} template={query.data} /> : null}
      <Paragraph>
        <Link to="/beheer">Terug naar beheer</Link>
      </Paragraph>
    </>
  );
}

function WorkflowForm({ code, template }: { code: string; template: WorkflowTemplate }) {
  const [steps, setSteps] = useState<StepDraft[]>(() => toDrafts(template));
  const [adding, setAdding] = useState<ReportStatus | ''>('');
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const form = useFormErrors();
  const unused = reportStatuses.filter((s) => !steps.some((d) => d.status === s));
  const update = (index: number, patch: Partial<StepDraft>) => {
    setSaved(false);
    setSteps((all) => all.map((s, i) => (i === index ? { ...s, ...patch } : s)));
  };
  const remove = (status: ReportStatus) => {
    setSaved(false);
    setSteps((all) =>
      all
        .filter((s) => s.status !== status)
        .map((s) => ({ ...s, next: s.next.filter((n) => n !== status) })),
    );
  };
  const add = () => {
    if (!adding) return;
    setSaved(false);
    const step: StepDraft = {
      status: adding,
      owner: 'behandelaar',
      unit: 'none',
      amount: '',
      from: 'step',
      requiredRecords: [],
      next: ['closed'],
    };
    // A new step goes before "Afgesloten"; the beheerder then chooses which step leads to it.
    setSteps((all) => [...all.slice(0, -1), step, ...all.slice(-1)]);
    setAdding('');
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    if (!form.fromFields(checkSteps(steps))) return;
    setBusy(true);
    try {
      const stored = await apiSend(
        'PUT',
        workflowPath(code, template.id),
        toTemplate(template.id, steps),
        workflowTemplateSchema,
      );
      setSteps(toDrafts(stored));
      form.clear();
      setSaved(true);
    } catch (error) {
      form.fromError(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Paragraph>
        Leg vast wie elke stap uitvoert, binnen welke termijn, wat er ingevuld moet zijn en welke
        stap daarna mag komen. Nieuwe termijnen gelden vanaf de volgende stap van een melding.
      </Paragraph>
      {saved ? <Alert type="ok">Het stappenplan is opgeslagen.</Alert> : null}
      <ErrorSummary errors={form.errors} idFor={idForField(steps)} />
      <form noValidate className="weerbaar-form weerbaar-workflow" onSubmit={(e) => void submit(e)}>
        {steps.map((step, index) => (
          <WorkflowStepFields
            key={step.status}
            step={step}
            index={index}
            all={steps}
            errors={form.errors.fields}
            onChange={(patch) => update(index, patch)}
            onRemove={() => remove(step.status)}
          />
        ))}
        {unused.length > 0 ? (
          <div className="weerbaar-inline-fields">
            <SelectField
              id="stap-toevoegen"
              label="Stap toevoegen"
              value={adding}
              onValueChange={(v) => setAdding(v as ReportStatus | '')}
              options={[
                { value: '', label: 'Kies een stap' },
                ...unused.map((s) => ({ value: s, label: statusLabels[s] })),
              ]}
            />
            <Button onClick={add}>Toevoegen</Button>
          </div>
        ) : null}
        <ButtonGroup>
          <Button type="submit" appearance="primary" busy={busy}>
            Stappenplan opslaan
          </Button>
        </ButtonGroup>
      </form>
    </>
  );
}
