// @vitest-environment jsdom
// SPDX-License-Identifier: EUPL-1.2
import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import { buildMe, buildSession } from '../test/fixtures';
import { anonymous, authConfig, problem, server, installMockServer } from '../test/mock-server';
import { renderApp } from '../test/render-app';

installMockServer();

/** A tiny fake of the session endpoints: password, then second factor. */
function sessionFlow() {
  let stage: 'none' | 'password' | 'complete' = 'none';
  const requests: { path: string; body: unknown; csrf: string | null }[] = [];
  const record = async (request: Request) => {
    requests.push({
      path: new URL(request.url).pathname,
      body: await request.json(),
      csrf: request.headers.get('x-csrf-token'),
    });
  };
  server.use(
    authConfig(),
    http.get('/api/v1/me/sessions', () => HttpResponse.json({ sessions: [] })),
    http.get('/api/v1/session', () =>
      stage === 'none'
        ? problem(401, 'U bent niet ingelogd.')
        : HttpResponse.json(
            buildSession({ mfaComplete: stage === 'complete', csrfToken: `token-${stage}` }),
          ),
    ),
    http.get('/api/v1/me', () =>
      stage === 'complete'
        ? HttpResponse.json(buildMe())
        : problem(401, 'Rond eerst de tweede inlogstap af.'),
    ),
    http.post('/api/v1/session', async ({ request }) => {
      await record(request);
      stage = 'password';
      return HttpResponse.json({ mfaRequired: true, enrolmentRequired: false });
    }),
    http.post('/api/v1/session/mfa', async ({ request }) => {
      await record(request);
      stage = 'complete';
      return new HttpResponse(null, { status: 204 });
    }),
  );
  return requests;
}

describe('sign-in flow', () => {
  it('sends a visitor to sign-in, asks for the second factor, and returns to the page they wanted', async () => {
    const requests = sessionFlow();
    const { user, location } = renderApp('/account');

    expect(await screen.findByRole('heading', { level: 1, name: 'Inloggen' })).toBeTruthy();
    expect(location()).toBe('/inloggen?terug=%2Faccount');

    await user.type(screen.getByLabelText('E-mailadres'), 'beheer@utrecht.example');
    await user.type(screen.getByLabelText('Wachtwoord'), 'een lang wachtwoord');
    await user.click(screen.getByRole('button', { name: 'Inloggen' }));

    const heading = await screen.findByRole('heading', { level: 1, name: 'Tweede stap' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    await user.type(screen.getByLabelText('Code'), '123456');
    await user.click(screen.getByRole('button', { name: 'Bevestigen' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Mijn account' })).toBeTruthy();
    expect(location()).toBe('/account');
    expect(screen.getByRole('banner').textContent).toContain('Bea Beheer');
    expect(requests).toEqual([
      {
        path: '/api/v1/session',
        body: { email: 'beheer@utrecht.example', password: 'een lang wachtwoord' },
        csrf: null,
      },
      // The second step uses the token of the new, half-finished session.
      { path: '/api/v1/session/mfa', body: { code: '123456' }, csrf: 'token-password' },
    ]);
  });

  it('shows the server’s message in a focused error summary when the password is wrong', async () => {
    server.use(
      ...anonymous(),
      http.post('/api/v1/session', () => problem(401, 'Het e-mailadres of wachtwoord klopt niet.')),
    );
    const { user } = renderApp('/inloggen');

    await user.type(await screen.findByLabelText('E-mailadres'), 'iemand@example.nl');
    await user.type(screen.getByLabelText('Wachtwoord'), 'fout');
    await user.click(screen.getByRole('button', { name: 'Inloggen' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByText('Het e-mailadres of wachtwoord klopt niet.')).toBeTruthy();
    expect(document.activeElement).toBe(summary);
    expect((screen.getByLabelText('Wachtwoord') as HTMLInputElement).value).toBe('');
  });

  it('marks empty fields before calling the server', async () => {
    server.use(...anonymous());
    const { user } = renderApp('/inloggen');

    await user.click(await screen.findByRole('button', { name: 'Inloggen' }));

    const email = screen.getByLabelText('E-mailadres');
    expect(email.getAttribute('aria-invalid')).toBe('true');
    const describedBy = email.getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(describedBy)?.textContent).toBe('Vul uw e-mailadres in.');
    await user.click(
      within(screen.getByRole('alert')).getByRole('link', { name: 'Vul uw wachtwoord in.' }),
    );
    expect(document.activeElement).toBe(screen.getByLabelText('Wachtwoord'));
  });

  it('fills the form from a demo account and shows its current TOTP code', async () => {
    server.use(
      ...anonymous({ oidcLabel: 'Inloggen met ADFS', demo: true }),
      http.get('/api/v1/demo', () =>
        HttpResponse.json({
          accounts: [
            {
              email: 'demo-beheer@weerbaar.example',
              password: 'demo-wachtwoord-1',
              totpSecret: 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ',
              name: 'Demo Beheer',
              role: 'beheerder',
              organisation: 'Gemeente Demodam',
            },
          ],
        }),
      ),
    );
    const { user } = renderApp('/inloggen');

    const table = await screen.findByRole('table', { name: 'Demo-accounts om mee in te loggen' });
    // The code of the RFC 6238 key changes every 30 s; that it is six digits is what we can check.
    expect(await within(table).findByText(/^\d{6}$/)).toBeTruthy();
    await user.click(
      within(table).getByRole('button', { name: 'Gebruik demo-beheer@weerbaar.example' }),
    );

    expect((screen.getByLabelText('E-mailadres') as HTMLInputElement).value).toBe(
      'demo-beheer@weerbaar.example',
    );
    expect((screen.getByLabelText('Wachtwoord') as HTMLInputElement).value).toBe(
      'demo-wachtwoord-1',
    );
    expect(screen.getByRole('link', { name: 'Inloggen met ADFS' }).getAttribute('href')).toBe(
      '/api/v1/oidc/start',
    );
  });

  it.each([
    ['oidc', 'Inloggen via uw organisatie is mislukt. Probeer het opnieuw.'],
    [
      'oidc-onbekend',
      'Er is geen Weerbaar-account gekoppeld aan dit organisatie-account. Vraag uw beheerder om toegang.',
    ],
  ])(
    'explains in Dutch why single sign-on sent the user back with ?fout=%s',
    async (fout, text) => {
      server.use(...anonymous({ oidcLabel: 'Inloggen met ADFS' }));
      renderApp(`/inloggen?fout=${fout}`);

      const alert = await screen.findByRole('alert');
      expect(alert.textContent).toBe(text);
    },
  );

  it.each(['iets-anders', 'constructor'])(
    'shows no single sign-on message for an unknown ?fout=%s',
    async (fout) => {
      server.use(...anonymous());
      renderApp(`/inloggen?fout=${fout}`);

      expect(await screen.findByRole('heading', { level: 1, name: 'Inloggen' })).toBeTruthy();
      expect(screen.queryByRole('alert')).toBeNull();
    },
  );
});
