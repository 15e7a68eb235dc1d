// SPDX-License-Identifier: EUPL-1.2
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';

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
import { FormField } from '../ui/FormField';
import { PageHeading } from '../ui/Heading';
import { Paragraph } from '../ui/Paragraph';
import { Select } from '../ui/Select';
import { CheckboxField, TextareaField } from '../ui/Textarea';
import { TextField } from '../ui/Textbox';
import { useFormErrors } from '../ui/use-form-errors';

import { EmergencyNotice } from './EmergencyNotice';
import { createReport, type NewReport } from './api';

const idFor = (field: string) => `melding-${field.replace(/\./g, '-')}`;
const options = <T extends string>(values: readonly T[], labels: Record<T, string>) =>
  values.map((value) => ({ value, label: labels[value] }));

/** The intake: a quick report in under two minutes, on a phone, with a draft option. */
export function IntakePage() {
  const navigate = useNavigate();
  const form = useFormErrors();
  const [busy, setBusy] = useState<'draft' | 'submit' | null>(null);
  const [category, setCategory] = useState<ReportCategory>('threat');
  const [targetRole, setTargetRole] = useState<TargetRole>('raadslid');
  const [channel, setChannel] = useState<ReportChannel>('social_media');
  const [occurredAt, setOccurredAt] = useState('');
  const [description, setDescription] = useState('');
  const [location, setLocation] = useState('');
  const [impact, setImpact] = useState('');
  const [familyInvolved, setFamilyInvolved] = useState(false);
  const [perpetrator, setPerpetrator] = useState('');
  const [forSomeoneElse, setForSomeoneElse] = useState(false);
  const [onBehalfName, setOnBehalfName] = useState('');
  const [confidentiality, setConfidentiality] = useState<Confidentiality>('line');

  const send = async (submit: boolean) => {
    const fields: Record<string, string> = {};
    if (submit && !description.trim())
      fields['content.description'] = 'Beschrijf kort wat er is gebeurd.';
    if (forSomeoneElse && !onBehalfName.trim())
      fields['onBehalfOf.name'] = 'Vul in voor wie u meldt.';
    if (!form.fromFields(fields)) return;
    setBusy(submit ? 'submit' : 'draft');
    const input: NewReport = {
      submit,
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
      },
      perpetrator: perpetrator.trim() ? { description: perpetrator.trim() } : null,
      onBehalfOf: forSomeoneElse ? { name: onBehalfName.trim() } : null,
    };
    try {
      const report = await createReport(input);
      void navigate(`/meldpunt/${report.id}`, {
        state: { created: submit ? 'verstuurd' : 'opgeslagen' },
      });
    } catch (error) {
      form.fromError(error);
      setBusy(null);
    }
  };

  return (
    <>
      <PageHeading>Nieuwe melding</PageHeading>
      <EmergencyNotice />
      <Paragraph>
        Vul in wat u weet. Alleen de omschrijving is verplicht. Wat u invult, wordt versleuteld
        bewaard en alleen gezien door wie uw melding behandelt.
      </Paragraph>
      <ErrorSummary errors={form.errors} idFor={idFor} />
      <form
        noValidate
        className="weerbaar-form"
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          void send(true);
        }}
      >
        <FormField
          id={idFor('category')}
          label="Wat is er gebeurd?"
          error={form.errors.fields.category}
        >
          {(control) => (
            <Select
              {...control}
              options={options(reportCategories, categoryLabels)}
              value={category}
              onValueChange={(v) => setCategory(v as ReportCategory)}
            />
          )}
        </FormField>
        <TextareaField
          id={idFor('content.description')}
          label="Omschrijving"
          description="Wat gebeurde er, wat werd er gezegd of geschreven?"
          value={description}
          onValueChange={setDescription}
          error={form.errors.fields['content.description']}
        />
        <FormField
          id={idFor('targetRole')}
          label="Tegen wie was het gericht?"
          error={form.errors.fields.targetRole}
        >
          {(control) => (
            <Select
              {...control}
              options={options(targetRoles, targetRoleLabels)}
              value={targetRole}
              onValueChange={(v) => setTargetRole(v as TargetRole)}
            />
          )}
        </FormField>
        <FormField
          id={idFor('channel')}
          label="Hoe gebeurde het?"
          error={form.errors.fields.channel}
        >
          {(control) => (
            <Select
              {...control}
              options={options(reportChannels, channelLabels)}
              value={channel}
              onValueChange={(v) => setChannel(v as ReportChannel)}
            />
          )}
        </FormField>
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
        <FormField
          id={idFor('confidentiality')}
          label="Wie mag uw melding behandelen?"
          description="Kiest u de vertrouwenspersoon, dan ziet de griffie of het college uw naam niet."
          error={form.errors.fields.confidentiality}
        >
          {(control) => (
            <Select
              {...control}
              options={options(['line', 'vertrouwenspersoon'] as const, confidentialityLabels)}
              value={confidentiality}
              onValueChange={(v) => setConfidentiality(v as Confidentiality)}
            />
          )}
        </FormField>
        <ButtonGroup>
          <Button type="submit" appearance="primary" busy={busy === 'submit'}>
            Melding versturen
          </Button>
          <Button busy={busy === 'draft'} onClick={() => void send(false)}>
            Bewaren als concept
          </Button>
        </ButtonGroup>
      </form>
    </>
  );
}
