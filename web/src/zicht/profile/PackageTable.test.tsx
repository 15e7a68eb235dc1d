// @vitest-environment jsdom
// SPDX-License-Identifier: EUPL-1.2
import { cleanup, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';

import type { ProfilePackage } from '../../../../common/contracts/statistics-values';
import { testPackageDefinition } from '../test-data';

import { PackageTable } from './PackageTable';

const pkg = (synthetic: boolean): ProfilePackage => ({
  id: 3,
  name: 'synthetisch-2024',
  period: '2024',
  synthetic,
  marker: synthetic ? 'Synthetische demonstratiedata' : null,
  softwareVersion: '0.1.0',
  importedAt: '2026-11-30T12:00:00.000Z',
  disclosure: { minCount: 10, roundingBase: 5, dominanceShare: 0.85 },
  indicators: [
    {
      id: 'onbekende-buitenlandse-eigenaren',
      name: 'Objecten met onbekende of buitenlandse eigenaren',
      unit: '%',
      kind: 'ratio',
      value: 24.62,
      status: 'exact',
      note: null,
      reason: null,
      carriedBy: null,
      national: 24.74,
      index: 99.5,
      peerValue: 25,
      peerCount: 1,
      parentValue: null,
      ...testPackageDefinition,
    },
    {
      id: 'onverklaarbare-woningaankopen',
      name: 'Onverklaarbare woningaankopen',
      unit: '%',
      kind: 'ratio',
      value: null,
      status: 'suppressed',
      note: 'Onderdrukt: minder dan 10 eenheden. Het telt mee in het cijfer van Nederland.',
      reason: 'min-count',
      carriedBy: 'NL00',
      national: null,
      index: null,
      peerValue: null,
      peerCount: null,
      parentValue: null,
      ...testPackageDefinition,
    },
  ],
});

afterEach(cleanup);

const show = (p: ProfilePackage) =>
  render(
    <MemoryRouter>
      <PackageTable pkg={p} level="gemeente" />
    </MemoryRouter>,
  );

describe('<PackageTable pkg level>', () => {
  it('marks a synthetic package above the table and in its caption, beside every number', () => {
    show(pkg(true));
    expect(screen.getByText('Synthetische demonstratiedata', { selector: 'p' })).toBeTruthy();
    const table = screen.getByRole('table', { name: /synthetische demonstratiedata/ });
    const row = within(table).getByRole('row', { name: /onbekende of buitenlandse/ });
    // Published figures keep every digit of the package; the index is rounded.
    expect(row.textContent).toContain('24,62%');
    expect(row.textContent).toContain('24,74%');
    expect(row.textContent).toContain('25%');
    expect(row.textContent).toContain('100');
  });

  it('says where the package comes from and which disclosure rules it applied', () => {
    show(pkg(false));
    const provenance = screen.getByText(/^Herkomst: pakket synthetisch-2024 \(nummer 3\)/);
    expect(provenance.textContent).toContain('periode 2024');
    expect(provenance.textContent).toContain('minimaal 10 eenheden per cel');
    expect(provenance.textContent).toContain('veelvouden van 5');
    expect(provenance.textContent).toContain('hoogstens 85% van het totaal');
  });

  it('shows a suppressed value by its reason, with no comparison', () => {
    show(pkg(false));
    expect(screen.queryByText(/synthetische demonstratiedata/i)).toBeNull();
    const row = screen.getByRole('row', { name: /Onverklaarbare woningaankopen/ });
    expect(row.textContent).toContain('Onderdrukt: minder dan 10 eenheden');
    expect(within(row).getAllByText('–')).toHaveLength(3);
  });
});
