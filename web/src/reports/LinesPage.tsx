// SPDX-License-Identifier: EUPL-1.2
import './access.css';
import { useState } from 'react';
import { useParams } from 'react-router';

import { lineMemberListSchema, type LineMemberList } from '../../../common/contracts/report-access';
import { lineLabels } from '../../../common/messages/reports-nl';
import type { ReportLine } from '../../../common/workflow/taxonomy';
import { apiSend, errorMessage } from '../api/client';
import { useQuery } from '../api/use-query';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { PageHeading } from '../ui/Heading';
import { Link } from '../ui/Link';
import { Paragraph } from '../ui/Paragraph';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '../ui/Table';

type Choice = 'both' | ReportLine;
type Member = LineMemberList['members'][number];

const choiceLabels: Record<Choice, string> = {
  both: 'Beide lijnen',
  raad: lineLabels.raad,
  college: lineLabels.college,
};
const choiceOf = (m: Member): Choice => (m.all ? 'both' : (m.lines[0] ?? 'both'));
const linesPath = (code: string) => `/api/v1/orgs/${encodeURIComponent(code)}/report-lines`;

/**
 * The beheerder sets which behandelaar works in the raad line (griffie) and which in the
 * college line. A behandelaar sees only the cases of their own line.
 */
export function LinesPage() {
  const { code = '' } = useParams();
  const query = useQuery(linesPath(code), lineMemberListSchema);
  const [list, setList] = useState<LineMemberList | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const current = list ?? (query.status === 'success' ? query.data : null);
  const save = async (member: Member, choice: Choice) => {
    setMessage(null);
    try {
      const lines: ReportLine[] = choice === 'both' ? ['raad', 'college'] : [choice];
      setList(
        await apiSend(
          'PUT',
          `${linesPath(code)}/${encodeURIComponent(member.id)}`,
          { lines },
          lineMemberListSchema,
        ),
      );
      setMessage({ ok: true, text: `${member.name} werkt nu in: ${choiceLabels[choice]}.` });
    } catch (error) {
      setMessage({ ok: false, text: errorMessage(error) });
    }
  };
  return (
    <>
      <PageHeading>
        {current
          ? `Lijnen van het meldpunt — ${current.organisation.name}`
          : 'Lijnen van het meldpunt'}
      </PageHeading>
      <Paragraph>
        Meldingen van raadsleden gaan naar de raadslijn (griffie). Meldingen van wethouders, de
        burgemeester en ambtenaren gaan naar de collegelijn. Een behandelaar ziet alleen de
        meldingen van zijn of haar lijn. Kies beide lijnen voor een coördinator die alles behandelt.
      </Paragraph>
      {query.status === 'error' ? <Alert type="error">{errorMessage(query.error)}</Alert> : null}
      {query.status === 'loading' ? <Paragraph>Behandelaars laden…</Paragraph> : null}
      <div aria-live="polite">
        {message ? <Alert type={message.ok ? 'ok' : 'error'}>{message.text}</Alert> : null}
      </div>
      {current && current.members.length === 0 ? (
        <Paragraph>Deze organisatie heeft nog geen behandelaars.</Paragraph>
      ) : null}
      {current && current.members.length > 0 ? (
        <Table caption="Behandelaars en hun lijn">
          <TableHeader>
            <TableHeaderCell>Behandelaar</TableHeaderCell>
            <TableHeaderCell>Werkt in</TableHeaderCell>
            <TableHeaderCell>Wijzigen</TableHeaderCell>
          </TableHeader>
          <TableBody>
            {current.members.map((m) => (
              <MemberRow key={`${m.id}-${choiceOf(m)}`} member={m} onSave={save} />
            ))}
          </TableBody>
        </Table>
      ) : null}
      <Paragraph>
        <Link to="/beheer">Terug naar beheer</Link>
      </Paragraph>
    </>
  );
}

function MemberRow({
  member,
  onSave,
}: {
  member: Member;
  onSave: (member: Member, choice: Choice) => Promise<void>;
}) {
  const [choice, setChoice] = useState<Choice>(choiceOf(member));
  const [busy, setBusy] = useState(false);
  const id = `lijn-${member.id}`;
  return (
    <TableRow>
      <TableCell rowHeader>{member.name}</TableCell>
      <TableCell>{choiceLabels[choiceOf(member)]}</TableCell>
      <TableCell>
        <span className="weerbaar-inline-fields">
          <label className="utrecht-form-label weerbaar-visually-hidden" htmlFor={id}>
            {`Lijn van ${member.name}`}
          </label>
          <select
            id={id}
            className="utrecht-select utrecht-select--html-select"
            value={choice}
            onChange={(e) => setChoice(e.target.value as Choice)}
          >
            {(Object.keys(choiceLabels) as Choice[]).map((c) => (
              <option key={c} value={c}>
                {choiceLabels[c]}
              </option>
            ))}
          </select>
          <Button
            busy={busy}
            aria-label={`Lijn van ${member.name} opslaan`}
            onClick={() => {
              setBusy(true);
              void onSave(member, choice).finally(() => setBusy(false));
            }}
          >
            Opslaan
          </Button>
        </span>
      </TableCell>
    </TableRow>
  );
}
