// SPDX-License-Identifier: EUPL-1.2
import { useState } from 'react';

import { reportFiguresSchema } from '../../../common/contracts/reports';
import { categoryLabels, targetRoleLabels } from '../../../common/messages/reports-nl';
import type { ReportCategory, TargetRole } from '../../../common/workflow/taxonomy';
import { errorMessage } from '../api/client';
import { useQuery } from '../api/use-query';
import { useMe } from '../session/session-context';
import { Alert } from '../ui/Alert';
import { FormField } from '../ui/FormField';
import { Heading, PageHeading } from '../ui/Heading';
import { Paragraph } from '../ui/Paragraph';
import { Select } from '../ui/Select';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '../ui/Table';

import { MivExportPanel } from './MivExportPanel';
import { countText, TrendTable } from './TrendTable';

const count = countText;

/**
 * Aggregate figures of an organisation (a province: of its gemeenten). Never case content, and
 * counts under five are shown as "minder dan 5" so no one can be recognised.
 */
export function FiguresPage() {
  const me = useMe();
  const organisations = [
    ...new Map(me.memberships.map((m) => [m.organisation.code, m.organisation])).values(),
  ];
  const [code, setCode] = useState(organisations[0]?.code ?? '');
  const [granularity, setGranularity] = useState<'month' | 'quarter'>('month');
  const query = useQuery(
    code
      ? `/api/v1/reports/figures?organisation=${encodeURIComponent(code)}&granularity=${granularity}`
      : null,
    reportFiguresSchema,
  );
  const beheerder = me.memberships.some(
    (m) => m.organisation.code === code && m.role === 'beheerder',
  );
  return (
    <>
      <PageHeading>Cijfers meldpunt</PageHeading>
      <Paragraph lead>
        Hoeveel meldingen er dit jaar zijn gedaan, zonder inhoud of namen. Aantallen onder de 5
        tonen we als &ldquo;minder dan 5&rdquo;; een ander aantal is soms &ldquo;niet
        getoond&rdquo;, zodat niemand het kleine aantal kan terugrekenen.
      </Paragraph>
      {organisations.length > 1 ? (
        <FormField id="cijfers-organisatie" label="Organisatie">
          {(control) => (
            <Select
              {...control}
              value={code}
              onValueChange={setCode}
              options={organisations.map((o) => ({ value: o.code, label: o.name }))}
            />
          )}
        </FormField>
      ) : null}
      <FormField id="cijfers-periode" label="Verloop per">
        {(control) => (
          <Select
            {...control}
            value={granularity}
            onValueChange={(value) => setGranularity(value === 'quarter' ? 'quarter' : 'month')}
            options={[
              { value: 'month', label: 'Maand' },
              { value: 'quarter', label: 'Kwartaal' },
            ]}
          />
        )}
      </FormField>
      {query.status === 'error' ? <Alert type="error">{errorMessage(query.error)}</Alert> : null}
      {query.status === 'success' ? (
        <>
          <Paragraph>
            Totaal: <strong>{count(query.data.total)}</strong> meldingen; online{' '}
            {count(query.data.online)}, offline {count(query.data.offline)}; aangifte gedaan bij{' '}
            {count(query.data.aangifte)}.
            {query.data.medianHoursToFirstContact !== null
              ? ` Eerste contact na gemiddeld (mediaan) ${query.data.medianHoursToFirstContact} uur.`
              : ''}{' '}
            Mensen die vaker dan één keer zelf meldden: {count(query.data.repeatTargets)}.
          </Paragraph>
          <Heading level={2}>Verloop per soort voorval</Heading>
          <TrendTable figures={query.data} />
          <Heading level={2}>Per soort voorval</Heading>
          <Table caption="Meldingen per soort voorval">
            <TableHeader>
              <TableHeaderCell>Soort</TableHeaderCell>
              <TableHeaderCell>Aantal</TableHeaderCell>
            </TableHeader>
            <TableBody>
              {query.data.byCategory.map((row) => (
                <TableRow key={row.key}>
                  <TableCell rowHeader>
                    {categoryLabels[row.key as ReportCategory] ?? row.key}
                  </TableCell>
                  <TableCell>{count(row.count)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Heading level={2}>Per rol</Heading>
          <Table caption="Meldingen per rol van wie het trof">
            <TableHeader>
              <TableHeaderCell>Rol</TableHeaderCell>
              <TableHeaderCell>Aantal</TableHeaderCell>
            </TableHeader>
            <TableBody>
              {query.data.byTargetRole.map((row) => (
                <TableRow key={row.key}>
                  <TableCell rowHeader>
                    {targetRoleLabels[row.key as TargetRole] ?? row.key}
                  </TableCell>
                  <TableCell>{count(row.count)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <MivExportPanel
            code={code}
            from={query.data.period.from}
            to={query.data.period.to}
            beheerder={beheerder}
          />
        </>
      ) : null}
    </>
  );
}
