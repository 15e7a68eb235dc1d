// @vitest-environment jsdom
// SPDX-License-Identifier: EUPL-1.2
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { buildMe } from '../test/fixtures';
import { server, signedIn, installMockServer } from '../test/mock-server';
import { renderApp } from '../test/render-app';
import { zichtHandlers } from '../zicht/test-data';

installMockServer();

describe('/ (home)', () => {
  it('greets the user, lists organisations and roles, and shows only allowed modules', async () => {
    server.use(...signedIn());
    renderApp('/');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Welkom, Bea Beheer' }),
    ).toBeTruthy();
    expect(screen.getByText(/Gemeente Utrecht/).closest('li')?.textContent).toContain('Beheerder');

    const modules = screen.getByRole('region', { name: 'Modules' });
    expect(within(modules).getByRole('link', { name: 'Zicht' }).getAttribute('href')).toBe(
      '/zicht',
    );
    const meldpunt = within(modules).getByRole('heading', { name: 'Meldpunt' }).closest('li');
    expect(meldpunt?.textContent).toContain('Nog niet beschikbaar');
    expect(within(meldpunt as HTMLElement).queryByRole('link')).toBeNull();
    expect(within(modules).queryByText('Weerbaarheid')).toBeNull();
  });

  it('moves focus to the new page heading after following a link', async () => {
    server.use(...signedIn(buildMe()), ...zichtHandlers());
    const { user } = renderApp('/');

    await user.click(await screen.findByRole('link', { name: 'Zicht' }));

    const heading = await screen.findByRole('heading', { level: 1, name: 'Zicht: kaart' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(document.title).toBe('Zicht: kaart — Weerbaar');
  });
});
