// SPDX-License-Identifier: EUPL-1.2
import { useState } from 'react';

import type { ReportDetail } from '../../../common/contracts/reports';
import { FormField } from '../ui/FormField';
import { Select } from '../ui/Select';
import { CheckboxField, TextareaField } from '../ui/Textarea';
import { TextField } from '../ui/Textbox';

import { RecordFrame, type Saved } from './RecordFrame';

export function TriageForm({ report, onSaved }: { report: ReportDetail; onSaved: Saved }) {
  const current = report.records.triage;
  const [severity, setSeverity] = useState(current?.severity ?? 'middel');
  const [sameDay, setSameDay] = useState(current?.sameDayAftercare ?? true);
  const [police, setPolice] = useState(current?.policeNow ?? false);
  const [threat, setThreat] = useState(current?.threatAssessment ?? false);
  return (
    <RecordFrame
      report={report}
      kind="triage"
      onSaved={onSaved}
      data={() => ({
        severity,
        sameDayAftercare: sameDay,
        policeNow: police,
        threatAssessment: threat,
      })}
    >
      <FormField id="triage-severity" label="Ernst">
        {(c) => (
          <Select
            {...c}
            value={severity}
            onValueChange={(v) => setSeverity(v as typeof severity)}
            options={[
              { value: 'laag', label: 'Laag' },
              { value: 'middel', label: 'Middel' },
              { value: 'hoog', label: 'Hoog' },
            ]}
          />
        )}
      </FormField>
      <CheckboxField
        id="triage-same-day"
        label="Nazorg vandaag nog"
        checked={sameDay}
        onCheckedChange={setSameDay}
      />
      <CheckboxField
        id="triage-police"
        label="Politie nu inschakelen"
        checked={police}
        onCheckedChange={setPolice}
      />
      <CheckboxField
        id="triage-threat"
        label="Dreigingsinschatting nodig (Stelsel Bewaken en Beveiligen)"
        checked={threat}
        onCheckedChange={setThreat}
      />
    </RecordFrame>
  );
}

export function AftercareForm({ report, onSaved }: { report: ReportDetail; onSaved: Saved }) {
  const current = report.records.aftercare;
  const [family, setFamily] = useState(current?.familyIncluded ?? false);
  const [ot, setOt] = useState(
    current?.supportOffered.includes('ondersteuningsteam_weerbaar_bestuur') ?? true,
  );
  const [accepted, setAccepted] = useState((current?.supportAccepted.length ?? 0) > 0);
  const [homeSecurity, setHomeSecurity] = useState(current?.homeSecurityScheme ?? false);
  const [kvk, setKvk] = useState(current?.kvkAddressShielded ?? false);
  const [note, setNote] = useState(current?.note ?? '');
  const plan = (day: 1 | 7 | 30) => ({
    day,
    plannedOn: new Date(Date.now() + day * 86_400_000).toISOString().slice(0, 10),
    doneOn: null,
  });
  return (
    <RecordFrame
      report={report}
      kind="aftercare"
      onSaved={onSaved}
      data={() => ({
        checkIns: current?.checkIns ?? [plan(1), plan(7), plan(30)],
        familyIncluded: family,
        supportOffered: ot ? ['ondersteuningsteam_weerbaar_bestuur'] : [],
        supportAccepted: ot && accepted ? ['ondersteuningsteam_weerbaar_bestuur'] : [],
        homeSecurityScheme: homeSecurity,
        kvkAddressShielded: kvk,
        ...(note.trim() ? { note: note.trim() } : {}),
      })}
    >
      <CheckboxField
        id="aftercare-family"
        label="Gezin of huisgenoten betrokken bij de nazorg"
        checked={family}
        onCheckedChange={setFamily}
      />
      <CheckboxField
        id="aftercare-ot"
        label="Ondersteuningsteam Weerbaar Bestuur aangeboden"
        checked={ot}
        onCheckedChange={setOt}
      />
      <CheckboxField
        id="aftercare-accepted"
        label="Steun aangenomen"
        checked={accepted}
        onCheckedChange={setAccepted}
      />
      <CheckboxField
        id="aftercare-home"
        label="Regeling beveiliging woning besproken"
        checked={homeSecurity}
        onCheckedChange={setHomeSecurity}
      />
      <CheckboxField
        id="aftercare-kvk"
        label="Adres afgeschermd in het Handelsregister"
        checked={kvk}
        onCheckedChange={setKvk}
      />
      <TextareaField
        id="aftercare-note"
        label="Afspraken (contact na 1, 7 en 30 dagen)"
        rows={2}
        value={note}
        onValueChange={setNote}
      />
    </RecordFrame>
  );
}

export function AssessmentForm({ report, onSaved }: { report: ReportDetail; onSaved: Saved }) {
  const [classification, setClassification] = useState(
    report.records.assessment?.classification ?? 'grensoverschrijdend',
  );
  const [offence, setOffence] = useState(report.records.assessment?.offence ?? '');
  return (
    <RecordFrame
      report={report}
      kind="assessment"
      onSaved={onSaved}
      data={() => ({ classification, ...(offence.trim() ? { offence: offence.trim() } : {}) })}
    >
      <FormField id="assessment-classification" label="Beoordeling van het gedrag">
        {(c) => (
          <Select
            {...c}
            value={classification}
            onValueChange={(v) => setClassification(v as typeof classification)}
            options={[
              { value: 'emotioneel', label: 'Emotioneel' },
              { value: 'grensoverschrijdend', label: 'Grensoverschrijdend' },
              { value: 'strafbaar', label: 'Strafbaar' },
            ]}
          />
        )}
      </FormField>
      <TextField
        id="assessment-offence"
        label="Strafbaar feit (mag leeg)"
        value={offence}
        onValueChange={setOffence}
      />
    </RecordFrame>
  );
}
