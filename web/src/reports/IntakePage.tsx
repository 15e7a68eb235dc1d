// SPDX-License-Identifier: EUPL-1.2
import { useNavigate } from 'react-router';

import { reportingOrganisations } from '../../../common/workflow/reporting';
import { useMe } from '../session/session-context';
import { PageHeading } from '../ui/Heading';
import { Paragraph } from '../ui/Paragraph';

import { EmergencyNotice } from './EmergencyNotice';
import { ReportForm } from './ReportForm';
import { createReport } from './api';

/**
 * The intake: a quick report in under two minutes, on a phone, with a draft option. Someone who
 * belongs to several organisations chooses where to report; with one, that one is used.
 */
export function IntakePage() {
  const navigate = useNavigate();
  const organisations = reportingOrganisations(useMe().memberships);
  return (
    <>
      <PageHeading>Nieuwe melding</PageHeading>
      <EmergencyNotice />
      <Paragraph>
        Vul in wat u weet. Alleen de omschrijving is verplicht. Wat u invult, wordt versleuteld
        bewaard en alleen gezien door wie uw melding behandelt.
      </Paragraph>
      <ReportForm
        organisations={organisations}
        onSend={async (fields, submit, organisationCode) => {
          const report = await createReport({
            ...fields,
            submit,
            ...(organisations.length > 1 ? { organisationCode } : {}),
          });
          void navigate(`/meldpunt/${report.id}`, {
            state: { created: submit ? 'verstuurd' : 'opgeslagen' },
          });
        }}
      />
    </>
  );
}
