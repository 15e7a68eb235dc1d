// @vitest-environment jsdom
// SPDX-License-Identifier: EUPL-1.2
import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import { problem, server, signedIn, installMockServer } from '../test/mock-server';
import { renderApp } from '../test/render-app';

installMockServer();

function accountApi() {
  server.use(
    ...signedIn(),
    http.get('/api/v1/me/sessions', () =>
      HttpResponse.json({
        sessions: [
          {
            id: 's-1',
            device: 'Firefox op Linux',
            method: 'password',
            createdAt: '2025-03-01T09:00:00Z',
            lastSeenAt: '2025-03-01T09:10:00Z',
            current: true,
          },
          {
            id: 's-2',
            device: 'Safari op iPhone',
            method: 'password',
            createdAt: '2025-02-27T08:00:00Z',
            lastSeenAt: '2025-02-28T17:00:00Z',
            current: false,
          },
        ],
      }),
    ),
  );
}

describe('/account', () => {
  it('shows the problem detail and marks the field the server named', async () => {
    accountApi();
    server.use(
      http.post('/api/v1/me/password', () =>
        problem(400, 'Het nieuwe wachtwoord is niet sterk genoeg.', {
          errors: [
            {
              field: 'newPassword',
              message: 'Dit wachtwoord komt voor in lijsten van gelekte wachtwoorden.',
            },
          ],
        }),
      ),
    );
    const { user } = renderApp('/account');

    await user.type(await screen.findByLabelText('Huidig wachtwoord'), 'mijn oude wachtwoord');
    await user.type(screen.getByLabelText('Nieuw wachtwoord'), 'welkom123456');
    await user.type(screen.getByLabelText('Herhaal nieuw wachtwoord'), 'welkom123456');
    await user.click(screen.getByRole('button', { name: 'Wachtwoord wijzigen' }));

    const summary = await screen.findByRole('alert');
    expect(document.activeElement).toBe(summary);
    expect(within(summary).getByText('Het nieuwe wachtwoord is niet sterk genoeg.')).toBeTruthy();
    const field = screen.getByLabelText('Nieuw wachtwoord');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (field.getAttribute('aria-describedby') ?? '').split(' ');
    const messages = describedBy.map((id) => document.getElementById(id)?.textContent);
    expect(messages).toContain('Dit wachtwoord komt voor in lijsten van gelekte wachtwoorden.');

    await user.click(
      within(summary).getByRole('link', {
        name: 'Dit wachtwoord komt voor in lijsten van gelekte wachtwoorden.',
      }),
    );
    expect(document.activeElement).toBe(field);
  });

  it('checks that the new password is repeated correctly before sending it', async () => {
    accountApi();
    const { user } = renderApp('/account');

    await user.type(await screen.findByLabelText('Huidig wachtwoord'), 'mijn oude wachtwoord');
    await user.type(screen.getByLabelText('Nieuw wachtwoord'), 'een nieuwe lange zin');
    await user.type(screen.getByLabelText('Herhaal nieuw wachtwoord'), 'een andere lange zin');
    await user.click(screen.getByRole('button', { name: 'Wachtwoord wijzigen' }));

    expect(screen.getByRole('alert').textContent).toContain(
      'De twee wachtwoorden zijn niet hetzelfde.',
    );
  });

  it('signs out everywhere and goes to the sign-in page', async () => {
    accountApi();
    let signedOut = false;
    server.use(
      http.delete('/api/v1/me/sessions', () => {
        signedOut = true;
        return new HttpResponse(null, { status: 204 });
      }),
      http.get('/api/v1/auth-config', () =>
        HttpResponse.json({ oidc: { enabled: false, label: '' }, demo: false }),
      ),
    );
    const { user, location } = renderApp('/account');

    expect(await screen.findByRole('rowheader', { name: 'Safari op iPhone' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Overal uitloggen, ook hier' }));

    expect(await screen.findByText('U bent overal uitgelogd.')).toBeTruthy();
    expect(location()).toBe('/inloggen');
    expect(signedOut).toBe(true);
    // Focus moves in an effect once the sign-in page has rendered its heading.
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 1 })).toBe(document.activeElement),
    );
  });
});
