// SPDX-License-Identifier: EUPL-1.2
import type { ProfilePackage, RegionProfile } from '../../../../common/contracts/statistics-values';
import { disclosureRulesText } from '../../../../common/statistics/package-text';

import type { ExportTable } from './csv';

/** A table of package figures that an export keeps apart from the open statistics. */
export interface ExportSection extends ExportTable {
  /** The worksheet's name (at most 31 characters): the synthetic marker for synthetic data. */
  sheet: string;
}

const header = [
  'markering',
  'pakket',
  'periode',
  'indicator',
  'naam',
  'eenheid',
  'waarde',
  'status',
  'reden',
  'telt_mee_in',
  'toelichting',
  'landelijk',
  'index',
  'waarde_vergelijkingsgroep',
  'aantal_vergelijkbare_gemeenten',
  'waarde_gemeente',
];

const legend = [
  ['# pakketstatus rounded', 'Afgerond op een veelvoud, zodat geen klein aantal herleidbaar is.'],
  [
    '# pakketstatus suppressed',
    'Onderdrukt: geen getal; reden en telt_mee_in zeggen waarom en waar.',
  ],
  ['# reden min-count', 'Minder eenheden dan het minimum per cel.'],
  ['# reden dominance', 'Eén of twee bijdragers bepalen bijna het hele cijfer.'],
  ['# reden secondary', 'Anders is een ander onderdrukt cijfer uit de totalen terug te rekenen.'],
];

/** Where each package comes from: name, period, software, import date and disclosure rules. */
function provenance(pkg: ProfilePackage): (string | number)[][] {
  const label = `# pakket ${pkg.id}`;
  return [
    [label, pkg.name],
    [`${label} periode`, pkg.period],
    [`${label} openbaarmakingsregels`, disclosureRulesText(pkg.disclosure)],
    [`${label} software`, pkg.softwareVersion],
    [`${label} geïmporteerd`, pkg.importedAt],
    ...(pkg.marker ? [[`${label} markering`, pkg.marker]] : []),
  ];
}

/**
 * Rows carry the figures exactly as the profile API gives them. A suppressed value has no
 * number (an empty cell, never 0) and says so in `status`, with its rule and carrying region.
 */
function rows(pkg: ProfilePackage): (string | number | null)[][] {
  return pkg.indicators.map((i) => [
    pkg.marker ?? '',
    `${pkg.name} (${pkg.id})`,
    pkg.period,
    i.id,
    i.name,
    i.unit,
    i.status === 'suppressed' ? null : i.value,
    i.status,
    i.reason,
    i.carriedBy,
    i.note,
    i.national,
    i.index,
    i.peerValue,
    i.peerCount,
    i.parentValue,
  ]);
}

function section(packages: readonly ProfilePackage[], synthetic: boolean): ExportSection {
  const title = synthetic
    ? 'Synthetische demonstratiedata: analyses uit een synthetisch statistiekpakket, geen echte personen of bedrijven'
    : 'Analyses uit statistiekpakketten (pijplijn), apart van de open data';
  return {
    sheet: synthetic ? 'Synthetische demonstratiedata' : 'Analyses',
    meta: [['# analyses', title], ...packages.flatMap(provenance), ...legend],
    header,
    rows: packages.flatMap(rows),
  };
}

/**
 * The region's package figures as export sections: real and synthetic packages each get their
 * own section (import never mixes them, but an export must not rely on that), and a profile
 * without packages gets none, so its export stays as it was.
 */
export function packageSections(data: RegionProfile): ExportSection[] {
  return [false, true].flatMap((synthetic) => {
    const packages = data.packages.filter((p) => p.synthetic === synthetic);
    return packages.length === 0 ? [] : [section(packages, synthetic)];
  });
}
