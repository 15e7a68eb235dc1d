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

/** A package whose indicator also has wijken, the gemeenten to choose from, and its values per parent. */
function wijkHandlers(
  gemeenten: ReturnType<typeof gemeente>[],
  valuesWithin: (parent: string | null) => ReturnType<typeof wijk>[],
) {
  const wijkIndicator = { ...indicator, levels: ['land', 'gemeente', 'wijk'] };
  return [
    http.get('/api/v1/packages', () =>
      HttpResponse.json({ packages: [{ ...pkg(false), indicators: [wijkIndicator] }] }),
    ),
    http.get('/api/v1/regions', ({ request }) => {
      expect(new URL(request.url).searchParams.get('level')).toBe('gemeente');
      return HttpResponse.json({
        level: 'gemeente',
        year: 2024,
        parent: null,
        complete: true,
        note: null,
        regions: gemeenten,
      });
    }),
    http.get('/api/v1/packages/1/indicators/hennepruimingen/values', ({ request }) =>
      HttpResponse.json({
        indicator: wijkIndicator,
        packageId: 1,
        period: '2024',
        level: 'wijk',
        synthetic: false,
        marker: null,
        values: valuesWithin(new URL(request.url).searchParams.get('parent')),
      }),
    ),
    http.get('/api/v1/geo/:level', () =>
      HttpResponse.json({ type: 'Topology', objects: {}, arcs: [] }),
    ),
  ];
}

const gemeente = (code: string, name: string) => ({
  code,
  name,
  level: 'gemeente',
  year: 2024,
  parentCode: 'NL00',
  gemeenteCode: code,
  provinceCode: null,
  safetyRegionCode: null,
  policeUnitCode: null,
  areaLandHa: null,
  areaWaterHa: null,
});

/** A wijk named as many are: only the code tells them apart. */
const wijk = (code: string) => ({
  code,
  name: 'Centrum',
  breakdown: '',
  value: 2,
  numerator: 20,
  denominator: 10000,
  status: 'exact',
  note: null,
  carriedBy: null,
});

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

  it('narrows wijken to one gemeente: the values asked within it, the caption naming it', async () => {
    const asked: (string | null)[] = [];
    server.use(
      ...signedIn(),
      ...wijkHandlers(
        [gemeente('GM0363', 'Amsterdam'), gemeente('GM0358', 'Aalsmeer')],
        (parent) => {
          asked.push(parent);
          if (parent === 'GM0358') return [wijk('WK035801')];
          return parent === null ? [wijk('WK035801'), wijk('WK036300')] : [];
        },
      ),
    );
    const { user, location } = renderApp(
      '/zicht/analyses?pakket=1&indicator=hennepruimingen&niveau=wijk',
    );
    const national = await screen.findByRole('table', { name: /per wijk$/ });
    expect(within(national).getAllByRole('row')).toHaveLength(3);
    const choice = await screen.findByLabelText('Gemeente');
    // The whole country first, then the gemeenten by name.
    await screen.findByRole('option', { name: 'Aalsmeer' });
    expect(
      within(choice)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Heel Nederland', 'Aalsmeer', 'Amsterdam']);
    await user.selectOptions(choice, 'Aalsmeer');
    const narrowed = await screen.findByRole('table', { name: /per wijk in Aalsmeer$/ });
    expect(within(narrowed).getAllByRole('row')).toHaveLength(2);
    expect(asked).toEqual([null, 'GM0358']);
    expect(location()).toContain('gemeente=GM0358');
  });

  it('says so when a gemeente has no figures at the chosen level', async () => {
    server.use(...signedIn(), ...wijkHandlers([], () => []));
    renderApp('/zicht/analyses?pakket=1&indicator=hennepruimingen&niveau=wijk&gemeente=GM9999');
    expect(
      await screen.findByText(
        'Dit pakket heeft geen cijfers per wijk in GM9999 voor hennepruimingen per 1.000 woningen.',
      ),
    ).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('shows no marker for a real package', async () => {
    server.use(...signedIn(), ...handlers(false));
    renderApp('/zicht/analyses');
    await screen.findByRole('table', { name: /Hennepruimingen/ });
    expect(screen.queryByText(/Synthetische demonstratiedata/)).toBeNull();
  });
});
