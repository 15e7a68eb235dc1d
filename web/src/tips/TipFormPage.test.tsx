// @vitest-environment jsdom
// SPDX-License-Identifier: EUPL-1.2
import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import { problem, server, installMockServer } from '../test/mock-server';
import { renderApp } from '../test/render-app';

installMockServer();

const box = {
  organisation: { code: 'GM0358', name: 'Aalsmeer', type: 'gemeente' },
  categories: ['undermining_signal', 'threat'],
  maxAttachments: 3,
  maxAttachmentBytes: 5 * 1024 * 1024,
};

describe('TipFormPage at /tip/:code', () => {
  it('never asks for a session, sends no cookies, and shows the codes once after sending', async () => {
    // Any request to /api/v1/session or /api/v1/me would be unhandled and fail the test.
    const sent: { body: unknown; credentials: RequestCredentials }[] = [];
    server.use(
      http.get('/api/v1/tip-box/GM0358', () => HttpResponse.json(box)),
      http.post('/api/v1/tip-box/GM0358/tips', async ({ request }) => {
        sent.push({ body: await request.json(), credentials: request.credentials });
        return HttpResponse.json(
          {
            reference: 'T-2026-0007',
            receipt: '1234 5678 9012 3456',
            secret: 'abcd-efgh-jkmn-pqrs-tuvw',
          },
          { status: 201 },
        );
      }),
    );
    const { user } = renderApp('/tip/GM0358');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Anonieme tip voor Aalsmeer' }),
    ).toBeTruthy();
    expect(screen.getByRole('link', { name: '0800-7000' }).getAttribute('href')).toBe(
      'tel:08007000',
    );
    await user.click(screen.getByRole('button', { name: 'Tip versturen' }));
    expect(
      (await screen.findAllByText('Beschrijf wat u weet of hebt gezien.')).length,
    ).toBeGreaterThan(0);
    expect(sent).toEqual([]);
    await user.type(screen.getByLabelText('Wat is er aan de hand?'), '<b>Busjes</b> bij loods 4');
    await user.click(screen.getByRole('button', { name: 'Tip versturen' }));
    expect(await screen.findByText('1234 5678 9012 3456')).toBeTruthy();
    expect(screen.getByText('abcd-efgh-jkmn-pqrs-tuvw')).toBeTruthy();
    expect(sent).toEqual([
      {
        body: {
          category: 'undermining_signal',
          description: '<b>Busjes</b> bij loods 4',
          attachments: [],
        },
        credentials: 'omit',
      },
    ]);
  });

  it('shows the server’s Dutch problem when the organisation has no tip channel', async () => {
    server.use(
      http.get('/api/v1/tip-box/RIEC-X', () =>
        problem(404, 'Deze organisatie heeft hier geen meldpunt voor anonieme tips.'),
      ),
    );
    renderApp('/tip/RIEC-X');
    expect(
      await screen.findByText('Deze organisatie heeft hier geen meldpunt voor anonieme tips.'),
    ).toBeTruthy();
  });
});
