// @vitest-environment jsdom
// SPDX-License-Identifier: EUPL-1.2
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { server, signedIn, installMockServer } from '../test/mock-server';
import { renderApp } from '../test/render-app';

import { zichtHandlers } from './test-data';

installMockServer();

describe('/zicht (map explorer)', () => {
  it('draws every gemeente, hatches the secret one, and lists the same values in the table', async () => {
    server.use(...signedIn(), ...zichtHandlers());
    renderApp('/zicht');
    const amsterdam = await screen.findByRole('button', {
      name: 'Amsterdam: 89,1 per 1.000 inwoners, index 198',
    });
    // One tab stop into the map (the first region by name); the arrow keys move from there.
    expect(amsterdam.getAttribute('tabindex')).toBe('0');
    expect(screen.getByRole('button', { name: /^Rotterdam:/ }).getAttribute('tabindex')).toBe('-1');
    const secret = screen.getByRole('button', { name: 'Schiermonnikoog: geheim' });
    expect(secret.getAttribute('fill')).toBe('url(#zicht-arcering)');
    const table = screen.getByRole('table', { name: /per gemeente/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual([
      'Amsterdam',
      'Rotterdam',
      'Schiermonnikoog',
    ]);
    expect(rows[0]!.textContent).toContain('89,1 per 1.000 inwoners');
    expect(screen.getByText(/De landelijke waarde is 44,9 per 1.000 inwoners/)).toBeTruthy();
  });

  it('shows the details of a region chosen on the map', async () => {
    server.use(...signedIn(), ...zichtHandlers());
    const { user } = renderApp('/zicht');
    await user.click(await screen.findByRole('button', { name: /^Rotterdam:/ }));
    const details = await screen.findByRole('heading', { level: 2, name: 'Rotterdam' });
    expect(details.closest('section')?.textContent).toContain('81,3 per 1.000 inwoners');
    // Notes of the organisation about this gemeente and this indicator, beside its figures.
    expect(await screen.findByLabelText(/Nieuwe notitie over .* in Rotterdam/)).toBeTruthy();
    expect(window.location.search).toBe('');
  });

  it('explains how to load data when no statistics are loaded', async () => {
    server.use(...signedIn(), ...zichtHandlers(false));
    renderApp('/zicht');
    expect(await screen.findByText('Er zijn nog geen cijfers geladen')).toBeTruthy();
    expect(screen.getByText('npx weerbaar data fetch')).toBeTruthy();
  });
});
