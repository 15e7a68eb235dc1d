// SPDX-License-Identifier: EUPL-1.2
import { tipCategoryLabels, tipStatusLabels } from '../../../common/messages/tips-nl';
import { useQuery } from '../api/use-query';
import { PageHeading } from '../ui/Heading';
import { Link } from '../ui/Link';
import { Paragraph } from '../ui/Paragraph';
import { LoadError, Loading } from '../ui/Status';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '../ui/Table';
import { formatDateTime } from '../ui/format';

import { tipListSchema, tipsPath } from './api';

/** The anonymous tips of the handler's organisations: no content in the list. */
export function TipsPage() {
  const query = useQuery(tipsPath, tipListSchema);
  return (
    <>
      <PageHeading>Anonieme tips</PageHeading>
      <Paragraph lead>
        Tips van mensen die hun naam niet geven. U kunt hen antwoorden en vragen stellen: zij lezen
        uw bericht met hun meldcode. Wie de tip gaf, weet u niet en kunt u niet achterhalen.
      </Paragraph>
      <Paragraph>
        <Link to="/meldpunt">Naar het meldpunt</Link>
      </Paragraph>
      {query.status === 'loading' ? <Loading /> : null}
      {query.status === 'error' ? <LoadError error={query.error} onRetry={query.reload} /> : null}
      {query.status === 'success' && query.data.tips.length === 0 ? (
        <Paragraph>Er zijn geen tips.</Paragraph>
      ) : null}
      {query.status === 'success' && query.data.tips.length > 0 ? (
        <Table caption="Anonieme tips, nieuwste eerst">
          <TableHeader>
            <TableHeaderCell>Tip</TableHeaderCell>
            <TableHeaderCell>Onderwerp</TableHeaderCell>
            <TableHeaderCell>Status</TableHeaderCell>
            <TableHeaderCell>Ontvangen</TableHeaderCell>
            <TableHeaderCell>Wacht op uw antwoord</TableHeaderCell>
          </TableHeader>
          <TableBody>
            {query.data.tips.map((t) => (
              <TableRow key={t.id}>
                <TableCell rowHeader>
                  <Link to={`/meldpunt/tips/${t.id}`}>{t.reference}</Link>
                </TableCell>
                <TableCell>{tipCategoryLabels[t.category]}</TableCell>
                <TableCell>{tipStatusLabels[t.status]}</TableCell>
                <TableCell>{formatDateTime(t.createdAt)}</TableCell>
                <TableCell>{t.awaitingReply ? 'Ja' : 'Nee'}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : null}
    </>
  );
}
