// @vitest-environment jsdom
// SPDX-License-Identifier: EUPL-1.2
import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import type { Me } from '../../../common/contracts/accounts';
import { buildMe } from '../test/fixtures';
import { installMockServer, problem, server, signedIn } from '../test/mock-server';
import { renderApp } from '../test/render-app';

installMockServer();

const aalsmeer = { id: 'o-1', code: 'GM0358', type: 'gemeente', name: 'Aalsmeer' } as const;
const amstelveen = { id: 'o-2', code: 'GM0362', type: 'gemeente', name: 'Amstelveen' } as const;
const province = { id: 'o-3', code: 'PV27', type: 'provincie', name: 'Noord-Holland' } as const;

function person(memberships: Me['memberships']): Me {
  return buildMe({
    memberships,
    abilities: { manageUsers: [], viewAudit: [], createFirstBeheerder: false },
  });
}

/** Answers POST /api/v1/reports and keeps the bodies it received. */
function intakeApi(me: Me) {
  const posted: Record<string, unknown>[] = [];
  server.use(
    ...signedIn(me),
    http.post('/api/v1/reports', async ({ request }) => {
      posted.push((await request.json()) as Record<string, unknown>);
      return problem(503, 'Even niet beschikbaar.');
    }),
  );
  return posted;
}

describe('/meldpunt/nieuw', () => {
  it('asks someone of several organisations where to report, and sends that choice', async () => {
    const posted = intakeApi(
      person([
        { organisation: aalsmeer, role: 'melder' },
        { organisation: amstelveen, role: 'bestuurder' },
        { organisation: province, role: 'analist' },
      ]),
    );
    const { user } = renderApp('/meldpunt/nieuw');
    const choice = await screen.findByLabelText('Bij welke organisatie meldt u dit?');
    expect(
      within(choice)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Kies een organisatie', 'Aalsmeer', 'Amstelveen']);
    await user.type(screen.getByLabelText('Omschrijving'), 'Bedreigd na de vergadering.');
    await user.click(screen.getByRole('button', { name: 'Melding versturen' }));
    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain('Kies bij welke organisatie u meldt.');
    expect(posted).toEqual([]);
    await user.selectOptions(choice, 'GM0362');
    await user.click(screen.getByRole('button', { name: 'Melding versturen' }));
    await waitFor(() => expect(posted).toHaveLength(1));
    expect(posted[0]).toMatchObject({
      organisationCode: 'GM0362',
      submit: true,
      content: { description: 'Bedreigd na de vergadering.' },
    });
    expect(await screen.findByText('Even niet beschikbaar.')).toBeTruthy();
  });

  it('uses the only organisation without asking', async () => {
    const posted = intakeApi(person([{ organisation: aalsmeer, role: 'melder' }]));
    const { user } = renderApp('/meldpunt/nieuw');
    await user.type(await screen.findByLabelText('Omschrijving'), 'Uitgescholden op straat.');
    expect(screen.queryByLabelText('Bij welke organisatie meldt u dit?')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Bewaren als concept' }));
    await waitFor(() => expect(posted).toHaveLength(1));
    expect(posted[0]).not.toHaveProperty('organisationCode');
    expect(posted[0]).toMatchObject({ submit: false });
  });
});

describe('/meldpunt', () => {
  it('shows the organisation of each case and filters the list by it', async () => {
    const requested: string[] = [];
    server.use(
      ...signedIn(
        person([
          { organisation: aalsmeer, role: 'melder' },
          { organisation: amstelveen, role: 'melder' },
        ]),
      ),
      http.get('/api/v1/reports', ({ request }) => {
        requested.push(new URL(request.url).search);
        return HttpResponse.json({ reports: [] });
      }),
    );
    const { user, location } = renderApp('/meldpunt');
    const filter = await screen.findByLabelText('Organisatie');
    await user.selectOptions(filter, 'GM0362');
    await waitFor(() => expect(requested).toContain('?organisation=GM0362'));
    expect(location()).toBe('/meldpunt?organisatie=GM0362');
  });
});
