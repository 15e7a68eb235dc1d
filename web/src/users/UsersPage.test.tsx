// @vitest-environment jsdom
// SPDX-License-Identifier: EUPL-1.2
import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import type { OrgUser } from '../../../common/contracts/accounts';
import { buildOrgUser } from '../test/fixtures';
import { problem, server, signedIn, installMockServer } from '../test/mock-server';
import { renderApp } from '../test/render-app';

installMockServer();

const organisation = {
  id: 'o-1',
  code: 'GM0344',
  type: 'gemeente',
  name: 'Gemeente Utrecht',
  provinceCode: 'PV26',
  riecCode: null,
} as const;

function usersApi(initial: OrgUser[]) {
  let users = initial;
  const puts: { path: string; body: unknown; csrf: string | null }[] = [];
  server.use(
    ...signedIn(),
    http.get('/api/v1/orgs/GM0344/users', () =>
      HttpResponse.json({
        organisation,
        users,
        assignableRoles: ['beheerder', 'analist', 'melder'],
      }),
    ),
    http.put('/api/v1/orgs/GM0344/users/:id/roles', async ({ request, params }) => {
      const body = (await request.json()) as { roles: OrgUser['roles'] };
      puts.push({
        path: new URL(request.url).pathname,
        body,
        csrf: request.headers.get('x-csrf-token'),
      });
      users = users.map((u) => (u.id === params.id ? { ...u, roles: body.roles } : u));
      return HttpResponse.json(users.find((u) => u.id === params.id));
    }),
  );
  return puts;
}

describe('/beheer/:code/gebruikers', () => {
  it('lists the users with their roles, status and second factor', async () => {
    usersApi([
      buildOrgUser(),
      buildOrgUser({
        id: 'u-3',
        name: 'Mo Melder',
        email: 'mo@utrecht.example',
        roles: ['melder', 'analist'],
        status: 'uitgenodigd',
        totpEnabled: true,
      }),
    ]);
    renderApp('/beheer/GM0344/gebruikers');

    const table = await screen.findByRole('table', { name: 'Gebruikers (2)' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(rows[2]?.textContent).toContain('Mo Melder');
    expect(rows[2]?.textContent).toContain('Melder, Analist');
    expect(rows[2]?.textContent).toContain('Uitgenodigd');
    expect(
      within(rows[2] as HTMLElement).getByRole('button', {
        name: 'Uitnodiging opnieuw sturen naar Mo Melder',
      }),
    ).toBeTruthy();
    expect(
      within(rows[1] as HTMLElement).queryByRole('button', { name: /Uitnodiging/ }),
    ).toBeNull();
  });

  it('changes the roles of a user and shows the new roles', async () => {
    const puts = usersApi([buildOrgUser()]);
    const { user } = renderApp('/beheer/GM0344/gebruikers');

    await user.click(
      await screen.findByRole('button', { name: 'Rollen wijzigen van Anna Analist' }),
    );
    const panel = screen.getByRole('region', { name: 'Rollen van Anna Analist wijzigen' });
    expect(document.activeElement).toBe(within(panel).getByRole('heading'));
    await user.click(within(panel).getByRole('checkbox', { name: 'Melder' }));
    await user.click(within(panel).getByRole('button', { name: 'Opslaan' }));

    expect(await screen.findByText('De rollen van Anna Analist zijn gewijzigd.')).toBeTruthy();
    expect(puts).toEqual([
      {
        path: '/api/v1/orgs/GM0344/users/u-2/roles',
        body: { roles: ['analist', 'melder'] },
        csrf: 'csrf-token-1',
      },
    ]);
    const row = (await screen.findByRole('rowheader', { name: 'Anna Analist' })).closest('tr');
    expect(row?.textContent).toContain('Analist, Melder');
    expect(screen.queryByRole('region', { name: /Rollen van/ })).toBeNull();
  });

  it('refuses to save without any role, before calling the server', async () => {
    const puts = usersApi([buildOrgUser()]);
    const { user } = renderApp('/beheer/GM0344/gebruikers');

    await user.click(
      await screen.findByRole('button', { name: 'Rollen wijzigen van Anna Analist' }),
    );
    const panel = screen.getByRole('region', { name: 'Rollen van Anna Analist wijzigen' });
    await user.click(within(panel).getByRole('checkbox', { name: 'Analist' }));
    await user.click(within(panel).getByRole('button', { name: 'Opslaan' }));

    expect(screen.getByRole('alert').textContent).toContain('Kies minstens één rol.');
    expect(puts).toEqual([]);
  });

  it('says "not found or no access" for another organisation', async () => {
    server.use(
      ...signedIn(),
      http.get('/api/v1/orgs/GM0363/users', () =>
        problem(404, 'Dit onderdeel bestaat niet of u heeft er geen toegang toe.'),
      ),
    );
    renderApp('/beheer/GM0363/gebruikers');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Niet gevonden of geen toegang' }),
    ).toBeTruthy();
  });
});
