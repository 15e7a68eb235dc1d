// SPDX-License-Identifier: EUPL-1.2
import { useSearchParams } from 'react-router';

import type { Role } from '../../../common/accounts/roles';
import type { ReportSummary } from '../../../common/contracts/reports';
import { categoryLabels, lineLabels } from '../../../common/messages/reports-nl';
import { errorMessage } from '../api/client';
import { useQuery } from '../api/use-query';
import { useMe } from '../session/session-context';
import { Alert } from '../ui/Alert';
import { Heading, PageHeading } from '../ui/Heading';
import { ButtonLink, Link } from '../ui/Link';
import { Paragraph } from '../ui/Paragraph';
import { SelectField } from '../ui/Select';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '../ui/Table';

import { EmergencyNotice } from './EmergencyNotice';
import { reportListSchema, reportsPath } from './api';
import { dutchDateTime, statusText } from './labels';

/** Roles that may see their organisation's aggregate figures (see reports/policy.ts#canViewFigures). */
const figureRoles: readonly Role[] = [
  'behandelaar',
  'bestuurder',
  'vertrouwenspersoon',
  'beheerder',
  'analist',
  'provincie-adviseur',
  'ministerie',
];

const flagText = (r: ReportSummary) =>
  [
    r.flags.policeNow ? 'politie nu' : '',
    r.flags.sameDayAftercare ? 'nazorg vandaag' : '',
    r.flags.threatAssessment ? 'dreigingsinschatting' : '',
  ]
    .filter(Boolean)
    .join(', ') || '—';

/** The meldpunt's start: report something, your own reports, and the cases you handle. */
export function ReportsPage() {
  const me = useMe();
  const [search, setSearch] = useSearchParams();
  const organisations = [
    ...new Map(me.memberships.map((m) => [m.organisation.code, m.organisation])).values(),
  ];
  const several = organisations.length > 1;
  const chosen = organisations.find((o) => o.code === search.get('organisatie'))?.code ?? '';
  const query = useQuery(
    chosen ? `${reportsPath}?organisation=${encodeURIComponent(chosen)}` : reportsPath,
    reportListSchema,
  );
  const seesFigures = me.memberships.some((m) => figureRoles.includes(m.role));
  const reports = query.status === 'success' ? query.data.reports : [];
  const own = reports.filter((r) => r.access === 'reporter');
  const cases = reports.filter((r) => r.access !== 'reporter' && r.access !== 'summary');
  const summaries = reports.filter((r) => r.access === 'summary');
  return (
    <>
      <PageHeading>Meldpunt</PageHeading>
      <Paragraph lead>
        Bent u bedreigd, uitgescholden, geïntimideerd of ziet u iets dat niet klopt? Meld het. U
        staat er niet alleen voor: de griffie of het college helpt u verder.
      </Paragraph>
      <EmergencyNotice />
      <Paragraph>
        <ButtonLink to="/meldpunt/nieuw">Nieuwe melding doen</ButtonLink>
      </Paragraph>
      {seesFigures ? (
        <Paragraph>
          <Link to="/meldpunt/cijfers">Cijfers van uw organisatie (zonder namen of inhoud)</Link>
        </Paragraph>
      ) : null}
      {me.memberships.some((m) => m.role === 'behandelaar') ? (
        <Paragraph>
          <Link to="/meldpunt/tips">Anonieme tips</Link>
        </Paragraph>
      ) : null}
      {several ? (
        <div className="weerbaar-form">
          <SelectField
            id="meldingen-organisatie"
            label="Organisatie"
            description="U hoort bij meer organisaties. Kies welke meldingen u wilt zien."
            value={chosen}
            onValueChange={(code) => setSearch(code ? { organisatie: code } : {})}
            options={[
              { value: '', label: 'Alle organisaties' },
              ...organisations.map((o) => ({ value: o.code, label: o.name })),
            ]}
          />
        </div>
      ) : null}
      {query.status === 'error' ? <Alert type="error">{errorMessage(query.error)}</Alert> : null}
      {query.status === 'loading' ? <Paragraph>Meldingen laden…</Paragraph> : null}
      {query.status === 'success' ? (
        <>
          <Heading level={2}>Mijn meldingen</Heading>
          {own.length === 0 ? (
            <Paragraph>U heeft nog geen meldingen gedaan.</Paragraph>
          ) : (
            <Table caption="Mijn meldingen, nieuwste eerst">
              <TableHeader>
                <TableHeaderCell>Melding</TableHeaderCell>
                {several ? <TableHeaderCell>Organisatie</TableHeaderCell> : null}
                <TableHeaderCell>Wat</TableHeaderCell>
                <TableHeaderCell>Stap</TableHeaderCell>
                <TableHeaderCell>Gemeld op</TableHeaderCell>
              </TableHeader>
              <TableBody>
                {own.map((r) => (
                  <TableRow key={r.id}>
                    <TableCell rowHeader>
                      <Link to={`/meldpunt/${r.id}`}>{r.reference}</Link>
                    </TableCell>
                    {several ? <TableCell>{r.organisation.name}</TableCell> : null}
                    <TableCell>{categoryLabels[r.category]}</TableCell>
                    <TableCell>
                      {r.status === 'draft' ? 'Concept (nog niet verstuurd)' : statusText(r)}
                    </TableCell>
                    <TableCell>{dutchDateTime(r.registeredAt ?? r.createdAt)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
          {cases.length > 0 ? (
            <>
              <Heading level={2}>Te behandelen</Heading>
              <Table caption="Meldingen die u behandelt, nieuwste eerst">
                <TableHeader>
                  <TableHeaderCell>Melding</TableHeaderCell>
                  {several ? <TableHeaderCell>Organisatie</TableHeaderCell> : null}
                  <TableHeaderCell>Wat</TableHeaderCell>
                  <TableHeaderCell>Lijn</TableHeaderCell>
                  <TableHeaderCell>Stap</TableHeaderCell>
                  <TableHeaderCell>Termijn</TableHeaderCell>
                  <TableHeaderCell>Signalen</TableHeaderCell>
                </TableHeader>
                <TableBody>
                  {cases.map((r) => (
                    <TableRow key={r.id}>
                      <TableCell rowHeader>
                        <Link to={`/meldpunt/${r.id}`}>{r.reference}</Link>
                      </TableCell>
                      {several ? <TableCell>{r.organisation.name}</TableCell> : null}
                      <TableCell>{categoryLabels[r.category]}</TableCell>
                      <TableCell>
                        {r.confidentiality === 'vertrouwenspersoon'
                          ? 'Vertrouwenspersoon'
                          : lineLabels[r.line]}
                      </TableCell>
                      <TableCell>{statusText(r)}</TableCell>
                      <TableCell>{dutchDateTime(r.dueAt)}</TableCell>
                      <TableCell>{flagText(r)}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </>
          ) : null}
          {summaries.length > 0 ? (
            <>
              <Heading level={2}>Overzicht van de organisatie</Heading>
              <Paragraph>
                U ziet welke meldingen er lopen, zonder inhoud of namen. Alleen wie de melding
                behandelt, ziet meer.
              </Paragraph>
              <Table caption="Lopende meldingen in uw organisatie">
                <TableHeader>
                  <TableHeaderCell>Melding</TableHeaderCell>
                  {several ? <TableHeaderCell>Organisatie</TableHeaderCell> : null}
                  <TableHeaderCell>Wat</TableHeaderCell>
                  <TableHeaderCell>Stap</TableHeaderCell>
                  <TableHeaderCell>In een noodgeval</TableHeaderCell>
                </TableHeader>
                <TableBody>
                  {summaries.map((r) => (
                    <TableRow key={r.id}>
                      <TableCell rowHeader>{r.reference}</TableCell>
                      {several ? <TableCell>{r.organisation.name}</TableCell> : null}
                      <TableCell>{categoryLabels[r.category]}</TableCell>
                      <TableCell>{statusText(r)}</TableCell>
                      <TableCell>
                        <Link
                          to={`/meldpunt/${r.id}/noodtoegang`}
                          state={{ reference: r.reference }}
                          aria-label={`Noodtoegang tot ${r.reference}`}
                        >
                          Noodtoegang
                        </Link>
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </>
          ) : null}
        </>
      ) : null}
    </>
  );
}
