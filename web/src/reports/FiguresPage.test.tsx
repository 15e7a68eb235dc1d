// @vitest-environment jsdom
// SPDX-License-Identifier: EUPL-1.2
import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import type { ReportFigures } from '../../../common/contracts/reports';
import { buildMe } from '../test/fixtures';
import { installMockServer, server, signedIn } from '../test/mock-server';
import { renderApp } from '../test/render-app';

installMockServer();

const figures = (granularity: 'month' | 'quarter'): ReportFigures => ({
  organisations: [{ code: 'GM0344', name: 'Gemeente Utrecht' }],
  period: { from: '2026-01-01', to: '2026-06-30' },
  total: 13,
  byCategory: [
    { key: 'doxing', count: 'x' },
    { key: 'threat', count: 'x' },
  ],
  byTargetRole: [{ key: 'raadslid', count: 13 }],
  online: 8,
  offline: 5,
  aangifte: '<5',
  medianHoursToFirstContact: 20,
  repeatTargets: '<5',
  byPeriod:
    granularity === 'quarter'
      ? [
          { key: '2026-K1', count: 'x' },
          { key: '2026-K2', count: 'x' },
        ]
      : [{ key: '2026-03', count: 13 }],
  trend: {
    granularity,
    periods: granularity === 'quarter' ? ['2026-K1', '2026-K2'] : ['2026-03'],
    rows: [
      { key: 'doxing', cells: granularity === 'quarter' ? ['<5', 'x'] : ['x'], total: 'x' },
      { key: 'threat', cells: granularity === 'quarter' ? ['x', '<5'] : ['x'], total: 'x' },
    ],
  },
});

function figuresApi() {
  const settings = { mivExport: false, changedAt: null as string | null };
  const puts: unknown[] = [];
  server.use(
    ...signedIn(
      buildMe({
        modules: [
          { id: 'zicht', available: true, allowed: true },
          { id: 'meldpunt', available: true, allowed: true },
          { id: 'weerbaarheid', available: false, allowed: false },
          { id: 'regie', available: false, allowed: false },
          { id: 'beheer', available: true, allowed: true },
        ],
      }),
    ),
    http.get('/api/v1/reports/figures', ({ request }) => {
      const g = new URL(request.url).searchParams.get('granularity');
      return HttpResponse.json(figures(g === 'quarter' ? 'quarter' : 'month'));
    }),
    http.get('/api/v1/orgs/GM0344/report-settings', () => HttpResponse.json(settings)),
    http.put('/api/v1/orgs/GM0344/report-settings', async ({ request }) => {
      const body = (await request.json()) as { mivExport: boolean };
      puts.push(body);
      settings.mivExport = body.mivExport;
      settings.changedAt = '2026-06-30T10:00:00.000Z';
      return HttpResponse.json(settings);
    }),
  );
  return puts;
}

describe('/meldpunt/cijfers', () => {
  it('shows the trend per category as a table with withheld counts in words, per month or quarter', async () => {
    figuresApi();
    const { user } = renderApp('/meldpunt/cijfers');
    const table = await screen.findByRole('table', {
      name: 'Meldingen per soort voorval en per maand',
    });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Soort', 'mrt 2026', 'Totaal']);
    await user.selectOptions(screen.getByLabelText('Verloop per'), 'Kwartaal');
    const quarterly = await screen.findByRole('table', {
      name: 'Meldingen per soort voorval en per kwartaal',
    });
    const rows = within(quarterly).getAllByRole('row');
    expect(rows[1]?.textContent).toContain('minder dan 5');
    expect(rows[1]?.textContent).toContain('niet getoond');
    expect(rows.at(-1)?.textContent).toContain('13');
    expect(screen.getByText(/vaker dan één keer zelf meldden: minder dan 5/)).toBeTruthy();
  });

  it('offers the MIV export and lets a beheerder turn sharing with the ministerie on', async () => {
    const puts = figuresApi();
    const { user } = renderApp('/meldpunt/cijfers');
    const csv = await screen.findByRole('link', { name: 'Download als CSV' });
    expect(csv.getAttribute('href')).toBe(
      '/api/v1/reports/miv-export?organisation=GM0344&from=2026-01-01&to=2026-06-30&format=csv',
    );
    await user.click(await screen.findByRole('button', { name: 'Deel met het ministerie' }));
    await waitFor(() => expect(puts).toEqual([{ mivExport: true }]));
    expect(await screen.findByRole('button', { name: 'Stop met delen' })).toBeTruthy();
  });
});
