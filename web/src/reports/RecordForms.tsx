// SPDX-License-Identifier: EUPL-1.2
import type { ReactNode } from 'react';

import type { ReportDetail } from '../../../common/contracts/reports';
import type { RecordKind } from '../../../common/workflow/template';

import { AftercareForm, AssessmentForm, TriageForm } from './CareForms';
import { AangifteForm, MeasuresForm, OutcomeForm } from './FollowUpForms';
import type { Saved } from './RecordFrame';

const forms: Record<RecordKind, (props: { report: ReportDetail; onSaved: Saved }) => ReactNode> = {
  triage: TriageForm,
  aftercare: AftercareForm,
  assessment: AssessmentForm,
  aangifte: AangifteForm,
  measures: MeasuresForm,
  outcome: OutcomeForm,
};

/** The record form of one kind. */
export function RecordForm({
  kind,
  ...props
}: {
  kind: RecordKind;
  report: ReportDetail;
  onSaved: Saved;
}) {
  const Form = forms[kind];
  return <Form {...props} />;
}
