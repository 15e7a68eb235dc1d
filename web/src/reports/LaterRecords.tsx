// SPDX-License-Identifier: EUPL-1.2
import './access.css';
import { useState } from 'react';

import type { ReportRecords } from '../../../common/contracts/report-records';
import type { ReportDetail } from '../../../common/contracts/reports';
import { SelectField } from '../ui/Select';
import { TextareaField } from '../ui/Textarea';
import { TextField } from '../ui/Textbox';

import { RecordFrame, today, type Saved } from './RecordFrame';

type Aftercare = NonNullable<ReportRecords['aftercare']>;
type CheckIn = Aftercare['checkIns'][number];
type Aangifte = NonNullable<ReportRecords['aangifte']>;

const checkInDays = [1, 7, 30] as const;

/** A date (YYYY-MM-DD) `days` after an ISO moment. */
const plusDays = (iso: string, days: number) =>
  new Date(new Date(iso).getTime() + days * 86_400_000).toISOString().slice(0, 10);

const shortDate = (date: string) =>
  new Intl.DateTimeFormat('nl-NL', { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );

/**
 * The nazorg check-ins on day 1, 7 and 30: when contact was made and what came out of it.
 * Saves the whole nazorg plan with only the check-ins changed.
 */
export function CheckInsForm({
  report,
  aftercare,
  onSaved,
}: {
  report: ReportDetail;
  aftercare: Aftercare;
  onSaved: Saved;
}) {
  const start = report.registeredAt ?? report.createdAt;
  const initial: CheckIn[] = checkInDays.map(
    (day) =>
      aftercare.checkIns.find((c) => c.day === day) ?? {
        day,
        plannedOn: plusDays(start, day),
        doneOn: null,
      },
  );
  const [checkIns, setCheckIns] = useState(initial);
  const change = (index: number, patch: Partial<CheckIn>) =>
    setCheckIns((all) => all.map((c, i) => (i === index ? { ...c, ...patch } : c)));
  return (
    <RecordFrame
      report={report}
      kind="aftercare"
      title={{ text: 'Contactmomenten nazorg', id: 'aftercare-checkins' }}
      onSaved={onSaved}
      validate={() =>
        Object.fromEntries(
          checkIns.flatMap((c, i) =>
            c.doneOn && c.doneOn > today()
              ? [[`checkIns.${i}.doneOn`, `Dag ${c.day}: kies een datum die al geweest is.`]]
              : [],
          ),
        )
      }
      data={() => ({
        ...aftercare,
        checkIns: checkIns.map((c) => ({
          day: c.day,
          plannedOn: c.plannedOn,
          doneOn: c.doneOn || null,
          ...(c.note?.trim() ? { note: c.note.trim() } : {}),
        })),
      })}
    >
      {checkIns.map((c, i) => (
        <fieldset key={c.day} className="utrecht-form-fieldset__fieldset weerbaar-checkin">
          <legend className="utrecht-form-fieldset__legend">
            {`Dag ${c.day}: gepland op ${shortDate(c.plannedOn)}`}
          </legend>
          <TextField
            id={`aftercare-checkIns.${i}.doneOn`}
            label={`Dag ${c.day}: contact gehad op (mag leeg)`}
            type="date"
            max={today()}
            value={c.doneOn ?? ''}
            onValueChange={(v) => change(i, { doneOn: v || null })}
          />
          <TextField
            id={`aftercare-checkIns.${i}.note`}
            label={`Dag ${c.day}: hoe gaat het, wat is afgesproken? (mag leeg)`}
            value={c.note ?? ''}
            onValueChange={(v) => change(i, { note: v })}
          />
        </fieldset>
      ))}
    </RecordFrame>
  );
}

const omDecisions: { value: Aangifte['omDecision']; label: string }[] = [
  { value: 'onbekend', label: 'Nog niet bekend' },
  { value: 'vervolging', label: 'Vervolging (de zaak gaat naar de rechter)' },
  { value: 'strafbeschikking', label: 'Strafbeschikking' },
  { value: 'transactie', label: 'Transactie (schikking)' },
  { value: 'sepot', label: 'Sepot (geen vervolging)' },
];

/** The decision of the Openbaar Ministerie and the outcome, recorded in the aangifte dossier. */
export function OmDecisionForm({
  report,
  aangifte,
  onSaved,
}: {
  report: ReportDetail;
  aangifte: Aangifte;
  onSaved: Saved;
}) {
  const [decision, setDecision] = useState(aangifte.omDecision);
  const [outcome, setOutcome] = useState(aangifte.outcome ?? '');
  const [damage, setDamage] = useState(aangifte.damageRecovery ?? '');
  return (
    <RecordFrame
      report={report}
      kind="aangifte"
      title={{ text: 'Beslissing van het OM', id: 'aangifte-om' }}
      onSaved={onSaved}
      data={() => ({
        ...aangifte,
        omDecision: decision,
        outcome: outcome.trim() || undefined,
        damageRecovery: damage.trim() || undefined,
      })}
    >
      <SelectField
        id="aangifte-omDecision"
        label="Wat heeft het OM besloten?"
        description="Zolang de beslissing niet bekend is of er vervolging is, wordt niets van deze melding verwijderd."
        value={decision}
        onValueChange={(v) => setDecision(v as Aangifte['omDecision'])}
        options={omDecisions}
      />
      <TextareaField
        id="aangifte-outcome"
        label="Uitspraak of afloop (mag leeg)"
        rows={2}
        value={outcome}
        onValueChange={setOutcome}
      />
      <TextField
        id="aangifte-damageRecovery"
        label="Schadeverhaal (mag leeg)"
        value={damage}
        onValueChange={setDamage}
      />
    </RecordFrame>
  );
}
