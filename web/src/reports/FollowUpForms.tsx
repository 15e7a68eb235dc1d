// SPDX-License-Identifier: EUPL-1.2
import { useState } from 'react';

import type { ReportDetail } from '../../../common/contracts/reports';
import { FormField } from '../ui/FormField';
import { Select } from '../ui/Select';
import { CheckboxField, TextareaField } from '../ui/Textarea';
import { TextField } from '../ui/Textbox';

import { RecordFrame, today, type Saved } from './RecordFrame';

export function AangifteForm({ report, onSaved }: { report: ReportDetail; onSaved: Saved }) {
  const current = report.records.aangifte;
  const [kind, setKind] = useState(current?.kind ?? 'aangifte');
  const [filedBy, setFiledBy] = useState(current?.filedBy ?? 'organisatie');
  const [domicile, setDomicile] = useState(current?.domicile ?? report.organisationAddress ?? '');
  const [functionStated, setFunctionStated] = useState(current?.functionStated ?? true);
  const [vpt, setVpt] = useState(current?.vptCodeReceived ?? false);
  const [underNumber, setUnderNumber] = useState(current?.underNumber ?? true);
  const [number, setNumber] = useState(current?.policeRegistrationNumber ?? '');
  return (
    <RecordFrame
      report={report}
      kind="aangifte"
      onSaved={onSaved}
      data={() => ({
        kind,
        filedBy,
        filedOn: today(),
        functionStated,
        domicile: domicile.trim(),
        vptCodeAsked: true,
        vptCodeReceived: vpt,
        underNumber,
        ...(number.trim() ? { policeRegistrationNumber: number.trim() } : {}),
        omDecision: current?.omDecision ?? 'onbekend',
      })}
    >
      <FormField id="aangifte-kind" label="Soort">
        {(c) => (
          <Select
            {...c}
            value={kind}
            onValueChange={(v) => setKind(v as typeof kind)}
            options={[
              { value: 'aangifte', label: 'Aangifte' },
              { value: 'melding', label: 'Melding' },
            ]}
          />
        )}
      </FormField>
      <FormField id="aangifte-filedBy" label="Gedaan door">
        {(c) => (
          <Select
            {...c}
            value={filedBy}
            onValueChange={(v) => setFiledBy(v as typeof filedBy)}
            options={[
              { value: 'organisatie', label: 'De organisatie, namens de melder' },
              { value: 'slachtoffer', label: 'De melder zelf' },
            ]}
          />
        )}
      </FormField>
      <TextField
        id="aangifte-domicile"
        label="Woonplaats in de aangifte (domicilie)"
        description="Gebruik het adres van de organisatie, nooit het woonadres."
        value={domicile}
        onValueChange={setDomicile}
      />
      <CheckboxField
        id="aangifte-function"
        label="Functie genoemd (raadslid, wethouder, burgemeester)"
        checked={functionStated}
        onCheckedChange={setFunctionStated}
      />
      <CheckboxField
        id="aangifte-vpt"
        label="VPT-code gevraagd en gekregen"
        checked={vpt}
        onCheckedChange={setVpt}
      />
      <CheckboxField
        id="aangifte-number"
        label="Aangifte onder nummer"
        checked={underNumber}
        onCheckedChange={setUnderNumber}
      />
      <TextField
        id="aangifte-registration"
        label="Registratienummer politie (mag leeg)"
        value={number}
        onValueChange={setNumber}
      />
    </RecordFrame>
  );
}

export function MeasuresForm({ report, onSaved }: { report: ReportDetail; onSaved: Saved }) {
  const items = report.records.measures?.items ?? [];
  const [type, setType] = useState<(typeof items)[number]['type']>('brief');
  const [outcome, setOutcome] = useState('');
  return (
    <RecordFrame
      report={report}
      kind="measures"
      onSaved={onSaved}
      data={() => ({
        items: [
          ...items,
          { type, on: today(), ...(outcome.trim() ? { outcome: outcome.trim() } : {}) },
        ],
      })}
    >
      <FormField id="measures-type" label={`Maatregel toevoegen (${items.length} vastgelegd)`}>
        {(c) => (
          <Select
            {...c}
            value={type}
            onValueChange={(v) => setType(v as typeof type)}
            options={[
              { value: 'brief', label: 'Brief' },
              { value: 'gesprek', label: 'Gesprek' },
              { value: 'gebouwverbod', label: 'Gebouwverbod' },
              { value: 'locatieverbod', label: 'Locatieverbod' },
              { value: 'civiele_vordering', label: 'Schadevergoeding (civiel)' },
              { value: 'strafrechtelijk_traject', label: 'Strafrechtelijk traject' },
            ]}
          />
        )}
      </FormField>
      <TextField
        id="measures-outcome"
        label="Uitkomst (mag leeg)"
        value={outcome}
        onValueChange={setOutcome}
      />
    </RecordFrame>
  );
}

export function OutcomeForm({ report, onSaved }: { report: ReportDetail; onSaved: Saved }) {
  const [summary, setSummary] = useState(report.records.outcome?.summary ?? '');
  return (
    <RecordFrame
      report={report}
      kind="outcome"
      onSaved={onSaved}
      data={() => ({ summary: summary.trim() })}
    >
      <TextareaField
        id="outcome-summary"
        label="Uitkomst voor de melder"
        description="Dit leest de melder."
        value={summary}
        onValueChange={setSummary}
      />
    </RecordFrame>
  );
}
