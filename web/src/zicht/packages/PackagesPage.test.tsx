// @vitest-environment jsdom
// SPDX-License-Identifier: EUPL-1.2
import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import type { PackageView } from '../../../../common/contracts/statistics-packages';
import { server, signedIn, installMockServer } from '../../test/mock-server';
import { renderApp } from '../../test/render-app';

installMockServer();

const indicator = {
  id: 'hennepruimingen',
  name: 'Hennepruimingen per 1.000 woningen',
  theme: 'criminaliteit',
  kind: 'ratio',
  unit: 'per 1.000 woningen',
  levels: ['land', 'gemeente'],
  breakdown: null,
  measures: 'Ontmantelde hennepkwekerijen per 1.000 woningen.',
  numerator: 'geruimde hennepkwekerijen',
  denominator: 'woningen',
  methodology: 'Teller: ruimingen; noemer: woningen.',
  caveats: ['Ruimingen volgen de handhaving.'],
  notProof: 'Een patroon is geen bewijs.',
};
const pkg = (synthetic: boolean): PackageView => ({
  id: 1,
  name: 'synthetisch-2024',
  period: '2024',
  synthetic,
  marker: synthetic ? 'Synthetische demonstratiedata' : null,
  softwareVersion: '0.1.0',
  importedAt: '2026-11-30T12:00:00.000Z',
  disclosure: { minCount: 10 },
  indicators: [indicator],
});

function handlers(synthetic: boolean) {
  return [
    http.get('/api/v1/packages', () => HttpResponse.json({ packages: [pkg(synthetic)] })),
    http.get('/api/v1/packages/1/indicators/hennepruimingen/values', () =>
      HttpResponse.json({
        indicator,
        packageId: 1,
        period: '2024',
        level: 'gemeente',
        synthetic,
        marker: synthetic ? 'Synthetische demonstratiedata' : null,
        values: [
          {
            code: 'GM0363',
            name: 'Amsterdam',
            breakdown: '',
            value: 1.5,
            numerator: 600,
            denominator: 400000,
            status: 'exact',
            note: null,
            carriedBy: null,
          },
          {
            code: 'GM0088',
            name: 'Schiermonnikoog',
            breakdown: '',
            value: null,
            numerator: null,
            denominator: null,
            status: 'suppressed',
            note: 'Onderdrukt: minder dan 10 eenheden. Het telt mee in het cijfer van Nederland.',
            carriedBy: 'NL00',
          },
        ],
      }),
    ),
    http.get('/api/v1/geo/:level', () =>
      HttpResponse.json({ type: 'Topology', objects: {}, arcs: [] }),
    ),
  ];
}

describe('/zicht/analyses', () => {
  it('marks every view of a synthetic package and shows suppressed values without a number', async () => {
    server.use(...signedIn(), ...handlers(true));
    renderApp('/zicht/analyses');
    const table = await screen.findByRole('table', { name: /synthetische demonstratiedata/ });
    expect(screen.getAllByText('Synthetische demonstratiedata').length).toBeGreaterThan(0);
    const rows = within(table).getAllByRole('row');
    expect(rows[1]!.textContent).toContain('1,5 per 1.000 woningen');
    expect(rows[2]!.textContent).toContain('onderdrukt');
    expect(rows[2]!.textContent).toContain('minder dan 10 eenheden');
  });

  it("gives the indicator's whole definition from the manifest: counted populations, unit, method and caveats", async () => {
    server.use(...signedIn(), ...handlers(false));
    renderApp('/zicht/analyses');
    await screen.findByRole('table', { name: /Hennepruimingen/ });
    const terms = screen.getAllByRole('term').map((t) => t.textContent);
    const details = screen.getAllByRole('definition').map((d) => d.textContent);
    expect(terms).toEqual(['Wat het meet', 'Teller', 'Noemer', 'Eenheid', 'Methode']);
    expect(details).toEqual([
      indicator.measures,
      indicator.numerator,
      indicator.denominator,
      indicator.unit,
      indicator.methodology,
    ]);
    const caveats = screen.getByRole('heading', { name: 'Waar u op moet letten', level: 3 });
    expect(caveats.nextElementSibling?.textContent).toBe('Ruimingen volgen de handhaving.');
    expect(screen.getByText(indicator.notProof)).toBeTruthy();
  });

  it('shows no marker for a real package', async () => {
    server.use(...signedIn(), ...handlers(false));
    renderApp('/zicht/analyses');
    await screen.findByRole('table', { name: /Hennepruimingen/ });
    expect(screen.queryByText(/Synthetische demonstratiedata/)).toBeNull();
  });
});
