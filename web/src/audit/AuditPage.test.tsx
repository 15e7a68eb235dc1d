// @vitest-environment jsdom
// SPDX-License-Identifier: EUPL-1.2
import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import { buildAuditEvent } from '../test/fixtures';
import { server, signedIn, installMockServer } from '../test/mock-server';
import { renderApp } from '../test/render-app';

installMockServer();

function auditApi() {
  const queries: string[] = [];
  server.use(
    ...signedIn(),
    http.get('/api/v1/orgs/GM0344/audit', ({ request }) => {
      const url = new URL(request.url);
      queries.push(url.search);
      const older = url.searchParams.has('before');
      return HttpResponse.json({
        events: older
          ? [
              buildAuditEvent({
                seq: 40,
                action: 'user.create',
                objectType: 'user',
                objectId: 'u-9',
              }),
            ]
          : [
              buildAuditEvent({
                seq: 100,
                action: 'session.create',
                result: 'failure',
                actor: null,
              }),
              buildAuditEvent({ seq: 99, action: 'report.export.unknown' }),
              buildAuditEvent({ seq: 98, action: 'user.create', actor: null, origin: 'system' }),
            ],
        nextBefore: older ? null : 99,
      });
    }),
  );
  return queries;
}

describe('/beheer/:code/audit', () => {
  it('shows events with Dutch labels and falls back to the action code', async () => {
    auditApi();
    renderApp('/beheer/GM0344/audit');

    const table = await screen.findByRole('table', { name: 'Gebeurtenissen, nieuwste eerst' });
    const rows = within(table).getAllByRole('row');
    // A failed attempt is named by what was tried, next to its result.
    expect(rows[1]?.textContent).toContain('Inloggen (session.create)');
    expect(rows[1]?.textContent).toContain('Onbekend');
    expect(rows[1]?.textContent).toContain('Mislukt');
    expect(rows[1]?.textContent).not.toContain('Ingelogd');
    expect(rows[2]?.textContent).toContain('report.export.unknown');
    // Without a person as actor, the platform itself did it (here: the demo seed).
    const cells = within(rows[3] as HTMLElement).getAllByRole('cell');
    expect(cells[0]?.textContent).toBe('Systeem');
    expect(cells.at(-1)?.textContent).toBe('Systeem');
  });

  it('puts the filters in the URL, asks the API with them and offers a matching CSV link', async () => {
    const queries = auditApi();
    const { user, location } = renderApp('/beheer/GM0344/audit');
    await screen.findByRole('table');

    await user.selectOptions(screen.getByLabelText('Actie'), 'Gebruiker aangemaakt');
    await user.selectOptions(screen.getByLabelText('Resultaat'), 'Geweigerd');
    await user.type(screen.getByLabelText('Vanaf'), '2025-03-01');
    await user.click(screen.getByRole('button', { name: 'Filteren' }));

    await waitFor(() =>
      expect(location()).toBe(
        '/beheer/GM0344/audit?action=user.create&result=denied&from=2025-03-01',
      ),
    );
    await waitFor(() =>
      expect(queries.at(-1)).toBe('?action=user.create&result=denied&from=2025-03-01&limit=50'),
    );
    const csv = screen.getByRole('link', { name: /Download als CSV-bestand/ });
    expect(csv.getAttribute('href')).toBe(
      '/api/v1/orgs/GM0344/audit.csv?action=user.create&result=denied&from=2025-03-01',
    );
  });

  it('reads filters from the URL and pages to older events with `before`', async () => {
    const queries = auditApi();
    const { user, location } = renderApp('/beheer/GM0344/audit?result=success');
    expect((await screen.findByLabelText('Resultaat')) as HTMLSelectElement).toHaveProperty(
      'value',
      'success',
    );

    await user.click(await screen.findByRole('link', { name: 'Oudere gebeurtenissen' }));

    const table = await screen.findByRole('table');
    expect(await within(table).findByText('Gebruiker aangemaakt')).toBeTruthy();
    expect(location()).toBe('/beheer/GM0344/audit?result=success&before=99');
    expect(queries).toEqual(['?result=success&limit=50', '?result=success&before=99&limit=50']);
    expect(screen.queryByRole('link', { name: 'Oudere gebeurtenissen' })).toBeNull();
  });

  it('refuses an end date before the start date', async () => {
    const queries = auditApi();
    const { user } = renderApp('/beheer/GM0344/audit');
    await screen.findByRole('table');

    await user.type(screen.getByLabelText('Vanaf'), '2025-03-10');
    await user.type(screen.getByLabelText('Tot en met'), '2025-03-01');
    await user.click(screen.getByRole('button', { name: 'Filteren' }));

    expect(screen.getByRole('alert').textContent).toContain(
      'De einddatum moet op of na de begindatum liggen.',
    );
    expect(screen.getByLabelText('Tot en met').getAttribute('aria-invalid')).toBe('true');
    expect(queries).toHaveLength(1);
  });
});
