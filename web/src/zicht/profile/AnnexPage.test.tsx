// @vitest-environment jsdom
// SPDX-License-Identifier: EUPL-1.2
import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import type { RegionProfile } from '../../../../common/contracts/statistics-values';
import { server, signedIn, installMockServer } from '../../test/mock-server';
import { renderApp } from '../../test/render-app';
import { testPackageDefinition } from '../test-data';

installMockServer();

/** A buurt with no open statistics and one package's figures (no cards or wijk map to load). */
const profile = (synthetic: boolean): RegionProfile => ({
  region: {
    code: 'BU99010202',
    name: 'Dorpskern',
    level: 'buurt',
    year: 2024,
    gemeenteCode: 'GM9901',
    gemeenteName: 'Voorbeeldgemeente',
  },
  period: null,
  themes: [],
  peerGroup: null,
  packages: [
    {
      id: 7,
      name: 'pakket-2024',
      period: '2024',
      synthetic,
      marker: synthetic ? 'Synthetische demonstratiedata' : null,
      softwareVersion: '0.1.0',
      importedAt: '2026-11-30T12:00:00.000Z',
      disclosure: { minCount: 10, roundingBase: 5, dominanceShare: 0.85 },
      indicators: [
        {
          id: 'hennepruimingen',
          name: 'Geruimde hennepkwekerijen',
          unit: 'per 1.000 woningen',
          kind: 'ratio',
          value: 105.26,
          status: 'rounded',
          note: 'Afgerond op vijftallen, zodat geen klein aantal herleidbaar is.',
          reason: null,
          carriedBy: null,
          national: 68.97,
          index: 152.6,
          peerValue: null,
          peerCount: null,
          parentValue: 1234.56,
          measures: 'Geruimde hennepkwekerijen per 1.000 woningen.',
          numerator: 'door de politie geruimde hennepkwekerijen',
          denominator: 'woningen',
          methodology: 'Gebied = ligging van de kwekerij.',
          caveats: ['Ruimingen volgen de handhaving, niet alleen het aantal kwekerijen.'],
          notProof: testPackageDefinition.notProof,
        },
        {
          id: 'onverklaarbare-woningaankopen',
          name: 'Onverklaarbare woningaankopen',
          unit: '%',
          kind: 'ratio',
          value: null,
          status: 'suppressed',
          note: 'Onderdrukt: minder dan 10 eenheden. Het telt mee in het cijfer van Wijk 01.',
          reason: 'min-count',
          carriedBy: 'WK990102',
          national: null,
          index: null,
          peerValue: null,
          peerCount: null,
          parentValue: 80,
          ...testPackageDefinition,
        },
      ],
    },
  ],
  attribution: 'Bron: CBS',
  notProof: 'Een patroon is geen bewijs.',
});

function show(synthetic: boolean) {
  server.use(
    ...signedIn(),
    http.get('/api/v1/regions/BU99010202/profile', () => HttpResponse.json(profile(synthetic))),
  );
  renderApp('/zicht/regio/BU99010202/bijlage');
}

describe('/zicht/regio/{code}/bijlage', () => {
  it('prints the package figures exactly, with status, provenance and the synthetic marker', async () => {
    show(true);
    const table = await screen.findByRole('table', { name: /synthetische demonstratiedata/ });
    expect(screen.getByRole('heading', { name: 'Analyses uit statistiekpakketten' })).toBeTruthy();
    const rounded = within(table).getByRole('row', { name: /Geruimde hennepkwekerijen/ });
    expect(rounded.textContent).toContain('105,26 per 1.000 woningen (afgerond)');
    expect(rounded.textContent).toContain('68,97 per 1.000 woningen');
    expect(rounded.textContent).toContain('1.234,56 per 1.000 woningen');
    const suppressed = within(table).getByRole('row', { name: /Onverklaarbare woningaankopen/ });
    expect(suppressed.textContent).toContain('Het telt mee in het cijfer van Wijk 01');
    expect(suppressed.textContent).not.toMatch(/\b0%/);
    expect(screen.getByText(/^Herkomst: pakket pakket-2024 \(nummer 7\)/).textContent).toContain(
      'minimaal 10 eenheden per cel',
    );
  });

  it('shows no marker for a real package', async () => {
    show(false);
    await screen.findByRole('table', { name: /Analyse pakket-2024 \(2024\)$/ });
    expect(screen.queryByText(/synthetische demonstratiedata/i)).toBeNull();
  });

  it('explains each package indicator in the methods part, marked when synthetic', async () => {
    show(true);
    const title =
      'Synthetische demonstratiedata: Onverklaarbare woningaankopen (pakket pakket-2024, 2024)';
    const heading = await screen.findByRole('heading', { level: 3, name: title });
    const entry = screen.getByRole('region', { name: title });
    expect(entry.contains(heading)).toBe(true);
    const details = [...entry.querySelectorAll('dt')].map(
      (dt) => `${dt.textContent}: ${dt.nextElementSibling?.textContent}`,
    );
    expect(details).toEqual([
      `Wat het meet: ${testPackageDefinition.measures}`,
      `Teller: ${testPackageDefinition.numerator}`,
      `Noemer: ${testPackageDefinition.denominator}`,
      'Eenheid: %',
      `Methode: ${testPackageDefinition.methodology}`,
    ]);
    const caveats = within(entry)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(caveats).toEqual([...testPackageDefinition.caveats, testPackageDefinition.notProof]);
    expect(
      within(entry).getByText(/^Bron: statistiekpakket pakket-2024 \(nummer 7\), periode 2024/)
        .textContent,
    ).toContain('gemaakt met pijplijn 0.1.0. Openbaarmakingsregels: minimaal 10 eenheden per cel');
    // Every package indicator shown has an entry, each under the marker.
    expect(
      screen.getByRole('heading', {
        level: 3,
        name: /^Synthetische demonstratiedata: Geruimde hennepkwekerijen/,
      }),
    ).toBeTruthy();
    // Headings go down one level at a time, and nothing waits for cards that will not come.
    const levels = screen.getAllByRole('heading').map((h) => Number(h.tagName.slice(1)));
    levels.forEach((level, i) => expect(level).toBeLessThanOrEqual((levels[i - 1] ?? 0) + 1));
    expect(screen.queryByText('Methodekaarten laden…')).toBeNull();
  });

  it('gives a real package indicator its definition without a marker', async () => {
    show(false);
    const entry = await screen.findByRole('region', {
      name: 'Onverklaarbare woningaankopen (pakket pakket-2024, 2024)',
    });
    expect(entry.textContent).toContain(testPackageDefinition.numerator);
    expect(entry.textContent).not.toMatch(/synthetisch/i);
  });
});
