// SPDX-License-Identifier: EUPL-1.2
import { useState, type FormEvent } from 'react';

import type { ReportDetail } from '../../../common/contracts/reports';
import {
  categoryLabels,
  channelLabels,
  confidentialityLabels,
  targetRoleLabels,
} from '../../../common/messages/reports-nl';
import {
  reportCategories,
  reportChannels,
  targetRoles,
  type Confidentiality,
  type ReportCategory,
  type ReportChannel,
  type TargetRole,
} from '../../../common/workflow/taxonomy';
import { Button, ButtonGroup } from '../ui/Button';
import { ErrorSummary } from '../ui/ErrorSummary';
import { SelectField } from '../ui/Select';
import { CheckboxField, TextareaField } from '../ui/Textarea';
import { TextField } from '../ui/Textbox';
import { useFormErrors } from '../ui/use-form-errors';

import type { NewReport } from './api';

const idFor = (field: string) => `melding-${field.replace(/\./g, '-')}`;
const options = <T extends string>(values: readonly T[], labels: Record<T, string>) =>
  values.map((value) => ({ value, label: labels[value] }));

/** An ISO time as the value of a datetime-local field, in the browser's time zone. */
function localInput(iso: string | null): string {
  if (!iso) return '';
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The report's fields as sent to the server, without organisation, version or submit. */
export type ReportFields = Omit<NewReport, 'submit' | 'organisationCode'>;

/**
 * The report form of the intake and of a draft: what happened, to whom, how, and who may handle
 * it. `draft` fills it in; `organisations` (more than one) asks where to report.
 */
export function ReportForm({
  draft,
  organisations = [],
  onSend,
}: {
  draft?: ReportDetail;
  organisations?: readonly { code: string; name: string }[];
  onSend: (fields: ReportFields, submit: boolean, organisationCode: string) => Promise<void>;
}) {
  const form = useFormErrors();
  const [busy, setBusy] = useState<'draft' | 'submit' | null>(null);
  const [organisation, setOrganisation] = useState('');
  const [category, setCategory] = useState<ReportCategory>(draft?.category ?? 'threat');
  const [targetRole, setTargetRole] = useState<TargetRole>(draft?.targetRole ?? 'raadslid');
  const [channel, setChannel] = useState<ReportChannel>(draft?.channel ?? 'social_media');
  const [occurredAt, setOccurredAt] = useState(localInput(draft?.occurredAt ?? null));
  const [description, setDescription] = useState(draft?.content?.description ?? '');
  const [location, setLocation] = useState(draft?.content?.location ?? '');
  const [impact, setImpact] = useState(draft?.content?.impact ?? '');
  const [familyInvolved, setFamilyInvolved] = useState(draft?.content?.familyInvolved ?? false);
  const [perpetrator, setPerpetrator] = useState(draft?.perpetrator?.description ?? '');
  const [forSomeoneElse, setForSomeoneElse] = useState(Boolean(draft?.onBehalfOf));
  const [onBehalfName, setOnBehalfName] = useState(draft?.onBehalfOf?.name ?? '');
  const [confidentiality, setConfidentiality] = useState<Confidentiality>(
    draft?.confidentiality ?? 'line',
  );
  const chooses = organisations.length > 1;

  const send = async (submit: boolean) => {
    const fields: Record<string, string> = {};
    if (chooses && !organisation) fields.organisationCode = 'Kies bij welke organisatie u meldt.';
    if (submit && !description.trim())
      fields['content.description'] = 'Beschrijf kort wat er is gebeurd.';
    if (forSomeoneElse && !onBehalfName.trim())
      fields['onBehalfOf.name'] = 'Vul in voor wie u meldt.';
    if (!form.fromFields(fields)) return;
    setBusy(submit ? 'submit' : 'draft');
    const homeAddress = draft?.content?.homeAddress;
    const input: ReportFields = {
      category,
      targetRole,
      channel,
      confidentiality,
      occurredAt: occurredAt ? new Date(occurredAt).toISOString() : null,
      content: {
        description: description.trim(),
        familyInvolved,
        ...(location.trim() ? { location: location.trim() } : {}),
        ...(impact.trim() ? { impact: impact.trim() } : {}),
        ...(homeAddress ? { homeAddress } : {}),
      },
      perpetrator: perpetrator.trim()
        ? { ...draft?.perpetrator, description: perpetrator.trim() }
        : null,
      onBehalfOf: forSomeoneElse ? { name: onBehalfName.trim() } : null,
    };
    try {
      await onSend(input, submit, organisation);
    } catch (error) {
      form.fromError(error);
      setBusy(null);
    }
  };

  return (
    <>
      <ErrorSummary errors={form.errors} idFor={idFor} />
      <form
        noValidate
        className="weerbaar-form"
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          void send(true);
        }}
      >
        {chooses ? (
          <SelectField
            id={idFor('organisationCode')}
            label="Bij welke organisatie meldt u dit?"
            description="U hoort bij meer organisaties. Alleen de gekozen organisatie ziet uw melding."
            error={form.errors.fields.organisationCode}
            options={[
              { value: '', label: 'Kies een organisatie' },
              ...organisations.map((o) => ({ value: o.code, label: o.name })),
            ]}
            value={organisation}
            onValueChange={setOrganisation}
          />
        ) : null}
        <SelectField
          id={idFor('category')}
          label="Wat is er gebeurd?"
          error={form.errors.fields.category}
          options={options(reportCategories, categoryLabels)}
          value={category}
          onValueChange={(v) => setCategory(v as ReportCategory)}
        />
        <TextareaField
          id={idFor('content.description')}
          label="Omschrijving"
          description="Wat gebeurde er, wat werd er gezegd of geschreven?"
          value={description}
          onValueChange={setDescription}
          error={form.errors.fields['content.description']}
        />
        <SelectField
          id={idFor('targetRole')}
          label="Tegen wie was het gericht?"
          error={form.errors.fields.targetRole}
          options={options(targetRoles, targetRoleLabels)}
          value={targetRole}
          onValueChange={(v) => setTargetRole(v as TargetRole)}
        />
        <SelectField
          id={idFor('channel')}
          label="Hoe gebeurde het?"
          error={form.errors.fields.channel}
          options={options(reportChannels, channelLabels)}
          value={channel}
          onValueChange={(v) => setChannel(v as ReportChannel)}
        />
        <TextField
          id={idFor('occurredAt')}
          label="Wanneer? (mag leeg)"
          type="datetime-local"
          value={occurredAt}
          onValueChange={setOccurredAt}
          error={form.errors.fields.occurredAt}
        />
        <TextField
          id={idFor('content.location')}
          label="Waar? (mag leeg)"
          value={location}
          onValueChange={setLocation}
          error={form.errors.fields['content.location']}
        />
        <TextareaField
          id={idFor('content.impact')}
          label="Wat doet het met u? (mag leeg)"
          rows={2}
          value={impact}
          onValueChange={setImpact}
          error={form.errors.fields['content.impact']}
        />
        <TextareaField
          id={idFor('perpetrator.description')}
          label="Wat weet u van de dader? (mag leeg)"
          description="Bijvoorbeeld uiterlijk, account of kenteken."
          rows={2}
          value={perpetrator}
          onValueChange={setPerpetrator}
          error={form.errors.fields['perpetrator.description']}
        />
        <CheckboxField
          id={idFor('familyInvolved')}
          label="Mijn gezin of huisgenoten zijn er ook bij betrokken"
          checked={familyInvolved}
          onCheckedChange={setFamilyInvolved}
        />
        <CheckboxField
          id={idFor('forSomeoneElse')}
          label="Ik meld dit voor iemand anders"
          checked={forSomeoneElse}
          onCheckedChange={setForSomeoneElse}
        />
        {forSomeoneElse ? (
          <TextField
            id={idFor('onBehalfOf.name')}
            label="Voor wie meldt u?"
            value={onBehalfName}
            onValueChange={setOnBehalfName}
            error={form.errors.fields['onBehalfOf.name']}
          />
        ) : null}
        <SelectField
          id={idFor('confidentiality')}
          label="Wie mag uw melding behandelen?"
          description="Kiest u de vertrouwenspersoon, dan ziet de griffie of het college uw naam niet."
          error={form.errors.fields.confidentiality}
          options={options(['line', 'vertrouwenspersoon'] as const, confidentialityLabels)}
          value={confidentiality}
          onValueChange={(v) => setConfidentiality(v as Confidentiality)}
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary" busy={busy === 'submit'}>
            Melding versturen
          </Button>
          <Button busy={busy === 'draft'} onClick={() => void send(false)}>
            {draft ? 'Concept opslaan' : 'Bewaren als concept'}
          </Button>
        </ButtonGroup>
      </form>
    </>
  );
}
