// SPDX-License-Identifier: EUPL-1.2
import { useNavigate, useParams } from 'react-router';

import { errorMessage } from '../api/client';
import { useQuery } from '../api/use-query';
import { Alert } from '../ui/Alert';
import { PageHeading } from '../ui/Heading';
import { Link } from '../ui/Link';
import { Paragraph } from '../ui/Paragraph';

import { EmergencyNotice } from './EmergencyNotice';
import { ReportForm } from './ReportForm';
import { reportDetailSchema, reportPath, updateDraft } from './api';

/** The reporter changes their draft and saves it again, or sends it to the handlers. */
export function DraftPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const query = useQuery(reportPath(id), reportDetailSchema);
  if (query.status === 'loading') return <Paragraph>Concept laden…</Paragraph>;
  if (query.status === 'error' || !query.data.abilities.edit)
    return (
      <>
        <PageHeading>Dit concept kunt u niet wijzigen</PageHeading>
        <Alert type="error">
          {query.status === 'error'
            ? errorMessage(query.error)
            : 'Deze melding is al verstuurd of is niet van u.'}
        </Alert>
        <Paragraph>
          <Link to={`/meldpunt/${id}`}>Naar de melding</Link>
        </Paragraph>
      </>
    );
  const draft = query.data;
  return (
    <>
      <PageHeading>{`Concept ${draft.reference} wijzigen`}</PageHeading>
      <EmergencyNotice />
      <Paragraph>
        Uw concept is voor {draft.organisation.name}. Alleen u ziet het, tot u het verstuurt.
      </Paragraph>
      <ReportForm
        draft={draft}
        onSend={async (fields, submit) => {
          await updateDraft(draft.id, { ...fields, submit, version: draft.version });
          void navigate(`/meldpunt/${draft.id}`, {
            state: { created: submit ? 'verstuurd' : 'opgeslagen' },
          });
        }}
      />
      <Paragraph>
        <Link to={`/meldpunt/${draft.id}`}>Terug naar het concept</Link>
      </Paragraph>
    </>
  );
}
