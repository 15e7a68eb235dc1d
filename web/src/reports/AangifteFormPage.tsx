// SPDX-License-Identifier: EUPL-1.2
import { useParams } from 'react-router';

import { targetRoleLabels } from '../../../common/messages/reports-nl';
import { errorMessage } from '../api/client';
import { useQuery } from '../api/use-query';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { PageHeading } from '../ui/Heading';
import { Link } from '../ui/Link';
import { Paragraph } from '../ui/Paragraph';

import { reportDetailSchema, reportPath } from './api';
import { dutchDateTime } from './labels';

/**
 * A printable pre-form for the police: the function of the victim, the organisation's address as
 * domicile (never the home address), the request for the VPT-code and aangifte onder nummer.
 */
export function AangifteFormPage() {
  const { id = '' } = useParams();
  const query = useQuery(reportPath(id), reportDetailSchema);
  if (query.status === 'loading') return <Paragraph>Melding laden…</Paragraph>;
  if (query.status === 'error')
    return (
      <>
        <PageHeading>Niet gevonden of geen toegang</PageHeading>
        <Alert type="error">{errorMessage(query.error)}</Alert>
      </>
    );
  const report = query.data;
  const aangifte = report.records.aangifte;
  return (
    <>
      <PageHeading>{`Voorformulier aangifte ${report.reference}`}</PageHeading>
      <Paragraph lead>
        Neem dit formulier mee naar de politie of gebruik het bij een aangifte op afspraak. Het
        woonadres staat er bewust niet op.
      </Paragraph>
      {report.warnings.map((w) => (
        <Alert key={w} type="warning">
          {w}
        </Alert>
      ))}
      <dl className="weerbaar-facts">
        <dt>Organisatie</dt>
        <dd>{report.organisation.name}</dd>
        <dt>Functie van het slachtoffer</dt>
        <dd>{targetRoleLabels[report.targetRole]} — noem deze functie in de aangifte</dd>
        <dt>Woonplaats (domicilie)</dt>
        <dd>{aangifte?.domicile ?? report.organisationAddress ?? 'Adres van de organisatie'}</dd>
        <dt>Aangifte door</dt>
        <dd>
          {aangifte?.filedBy === 'slachtoffer'
            ? 'Het slachtoffer zelf'
            : 'De organisatie, namens het slachtoffer'}
        </dd>
        <dt>Aangifte onder nummer</dt>
        <dd>{aangifte?.underNumber === false ? 'Nee' : 'Ja, graag'}</dd>
        <dt>VPT-code</dt>
        <dd>Graag de code Veilige Publieke Taak (VPT) toevoegen</dd>
        <dt>Wanneer</dt>
        <dd>{dutchDateTime(report.occurredAt)}</dd>
        <dt>Waar</dt>
        <dd>{report.content?.location ?? '—'}</dd>
        <dt>Wat er gebeurde</dt>
        <dd className="weerbaar-message__body">{report.content?.description ?? '—'}</dd>
        <dt>Over de dader</dt>
        <dd>
          {[report.perpetrator?.name, report.perpetrator?.description]
            .filter(Boolean)
            .join(' — ') || '—'}
        </dd>
      </dl>
      <div className="weerbaar-no-print">
        <Button appearance="primary" onClick={() => window.print()}>
          Afdrukken
        </Button>
        <Paragraph>
          <Link to={`/meldpunt/${report.id}`}>Terug naar de melding</Link>
        </Paragraph>
      </div>
    </>
  );
}
