// SPDX-License-Identifier: EUPL-1.2
import { useState } from 'react';
import { useLocation, useParams } from 'react-router';

import type { ReportDetail } from '../../../common/contracts/reports';
import {
  categoryLabels,
  channelLabels,
  eventLabel,
  lineLabels,
  statusLabels,
  targetRoleLabels,
} from '../../../common/messages/reports-nl';
import { ApiError, errorMessage } from '../api/client';
import { useQuery } from '../api/use-query';
import { useMe } from '../session/session-context';
import { Alert } from '../ui/Alert';
import { Heading, PageHeading } from '../ui/Heading';
import { Link } from '../ui/Link';
import { Paragraph } from '../ui/Paragraph';

import { AttachmentsPanel } from './AttachmentsPanel';
import { EmergencyNotice } from './EmergencyNotice';
import { GrantsPanel } from './GrantsPanel';
import { MessagesPanel } from './MessagesPanel';
import { StepActions } from './StepActions';
import { reportDetailSchema, reportPath } from './api';
import { dutchDateTime, statusText } from './labels';

/** One case: what happened, where it stands, messages, and for handlers the step's actions. */
export function ReportPage() {
  const { id = '' } = useParams();
  const query = useQuery(reportPath(id), reportDetailSchema);
  const [updated, setUpdated] = useState<ReportDetail | null>(null);
  const created = (useLocation().state as { created?: string } | null)?.created;
  const me = useMe();
  // Break-glass is for the organisation's behandelaars and bestuurders (reports/policy.ts).
  const mayBreakGlass = me.memberships.some(
    (m) => m.role === 'behandelaar' || m.role === 'bestuurder',
  );
  const report = updated?.id === id ? updated : query.status === 'success' ? query.data : null;
  if (query.status === 'error')
    return (
      <>
        <PageHeading>Niet gevonden of geen toegang</PageHeading>
        <Alert type="error">{errorMessage(query.error)}</Alert>
        {mayBreakGlass && query.error instanceof ApiError && query.error.status === 404 ? (
          <Paragraph>
            Is dit een noodgeval en heeft u deze melding nu nodig?{' '}
            <Link to={`/meldpunt/${id}/noodtoegang`}>Noodtoegang vragen</Link>
          </Paragraph>
        ) : null}
        <Paragraph>
          <Link to="/meldpunt">Terug naar het meldpunt</Link>
        </Paragraph>
      </>
    );
  if (!report) return <Paragraph>Melding laden…</Paragraph>;
  return (
    <>
      <PageHeading>{`Melding ${report.reference}`}</PageHeading>
      {created && (report.status === 'registered' || report.status === 'draft') ? (
        <Alert type="ok">
          {created === 'verstuurd'
            ? 'Uw melding is verstuurd. U hoort zo snel mogelijk van ons, meestal nog vandaag.'
            : 'Uw melding is bewaard als concept. Alleen u ziet haar.'}
        </Alert>
      ) : null}
      {report.access === 'reporter' ? <EmergencyNotice /> : null}
      {report.abilities.edit ? (
        <Paragraph>
          <Link to={`/meldpunt/${report.id}/bewerken`}>Concept wijzigen of versturen</Link>
        </Paragraph>
      ) : null}
      {report.access === 'break-glass' ? (
        <Alert type="warning">
          U gebruikt noodtoegang. Dit is vastgelegd en de behandelaar is op de hoogte gebracht.
        </Alert>
      ) : null}
      <dl className="weerbaar-facts">
        <dt>Wat</dt>
        <dd>{categoryLabels[report.category]}</dd>
        <dt>Stap</dt>
        <dd>{report.status === 'draft' ? 'Concept (nog niet verstuurd)' : statusText(report)}</dd>
        <dt>Gericht tegen</dt>
        <dd>{targetRoleLabels[report.targetRole]}</dd>
        <dt>Hoe</dt>
        <dd>{channelLabels[report.channel]}</dd>
        <dt>Gemeld op</dt>
        <dd>{dutchDateTime(report.registeredAt ?? report.createdAt)}</dd>
        {report.access !== 'reporter' ? (
          <>
            <dt>Lijn</dt>
            <dd>
              {report.confidentiality === 'vertrouwenspersoon'
                ? 'Alleen de vertrouwenspersoon'
                : lineLabels[report.line]}
            </dd>
            <dt>Melder</dt>
            <dd>{report.reporter ? report.reporter.name : 'Afgeschermd (vertrouwenspersoon)'}</dd>
            {report.onBehalfOf ? (
              <>
                <dt>Gemeld namens</dt>
                <dd>{report.onBehalfOf.name}</dd>
              </>
            ) : null}
            <dt>Termijn van deze stap</dt>
            <dd>{dutchDateTime(report.dueAt)}</dd>
            <dt>Behandelaar</dt>
            <dd>{report.assignee?.name ?? 'Nog niet toegewezen'}</dd>
          </>
        ) : null}
      </dl>
      {report.status !== 'draft' ? (
        <>
          <Heading level={2}>Voortgang</Heading>
          <ol className="weerbaar-progress">
            {report.progress.map((s) => (
              <li key={s} aria-current={s === report.status ? 'step' : undefined}>
                {statusLabels[s]}
                {s === report.status ? ' (nu)' : ''}
              </li>
            ))}
          </ol>
        </>
      ) : null}
      {report.records.outcome ? (
        <>
          <Heading level={2}>Uitkomst</Heading>
          <Paragraph>{report.records.outcome.summary}</Paragraph>
        </>
      ) : null}
      {report.content ? (
        <>
          <Heading level={2}>Wat er is gebeurd</Heading>
          <Paragraph>{report.content.description || 'Nog niet ingevuld.'}</Paragraph>
          {report.content.location ? <Paragraph>Waar: {report.content.location}</Paragraph> : null}
          {report.content.impact ? <Paragraph>Gevolgen: {report.content.impact}</Paragraph> : null}
          {report.perpetrator?.description ? (
            <Paragraph>Over de dader: {report.perpetrator.description}</Paragraph>
          ) : null}
        </>
      ) : null}
      {report.abilities.transition || report.abilities.records ? (
        <StepActions report={report} onChange={setUpdated} />
      ) : null}
      {report.abilities.grant ? (
        <GrantsPanel
          report={report}
          onChange={() => {
            setUpdated(null);
            query.reload();
          }}
        />
      ) : null}
      {report.status !== 'draft' ? (
        <>
          <AttachmentsPanel reportId={report.id} canAdd={report.abilities.message} />
          <MessagesPanel reportId={report.id} canSend={report.abilities.message} />
        </>
      ) : null}
      {report.history.length > 0 ? (
        <>
          <Heading level={2}>Verloop</Heading>
          <ol className="weerbaar-history">
            {report.history.map((h, index) => (
              <li key={`${h.at}-${index}`}>
                {dutchDateTime(h.at)}: {eventLabel(h.kind, h.to)}
                {h.actor ? ` (${h.actor})` : ''}
                {h.detail ? ` — ${h.detail}` : ''}
              </li>
            ))}
          </ol>
        </>
      ) : null}
      <Paragraph>
        <Link to="/meldpunt">Terug naar het meldpunt</Link>
      </Paragraph>
    </>
  );
}
