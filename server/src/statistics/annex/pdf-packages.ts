// SPDX-License-Identifier: EUPL-1.2
import type { ProfilePackage, RegionProfile } from '../../../../common/contracts/statistics-values';
import {
  disclosureRulesText,
  exactDutchNumber,
  packageDefinitionLines,
  packageMethodHeading,
  packageProvenanceText,
  packageStatusLabels,
} from '../../../../common/statistics/package-text';

import { dutchDate, dutchNumber } from './format';
import { drawable, heading, margin, row, type Column, type Doc } from './pdf-layout';

type PackageIndicator = ProfilePackage['indicators'][number];

/** True when any number in the annex comes from a synthetic package (the footer says so). */
export const hasSyntheticPackage = (profile: RegionProfile) =>
  profile.packages.some((p) => p.synthetic);

function columnsFor(level: string): Column[] {
  return [
    { title: 'Indicator', width: 150 },
    { title: 'Waarde', width: 70 },
    { title: 'Status', width: 115 },
    { title: 'Landelijk', width: 55 },
    { title: level === 'gemeente' ? 'Vergelijkings-\ngroep' : 'Gemeente', width: 60 },
    { title: 'Index', width: 45 },
  ];
}

/**
 * Published figures (value, national value, the gemeente's value) keep every digit, so they
 * equal the package; the computed peer-group value and index are rounded for reading, as the
 * legend says. A suppressed value shows no number, only that it is suppressed and why.
 */
function cells(i: PackageIndicator, level: string): string[] {
  const suppressed = i.status === 'suppressed';
  return [
    `${i.name} (${i.unit})`,
    suppressed ? packageStatusLabels.suppressed : exactDutchNumber(i.value),
    suppressed ? (i.note ?? packageStatusLabels.suppressed) : packageStatusLabels[i.status],
    exactDutchNumber(i.national),
    level === 'gemeente' ? dutchNumber(i.peerValue) : exactDutchNumber(i.parentValue),
    dutchNumber(i.index),
  ];
}

function packageSection(doc: Doc, pkg: ProfilePackage, level: string): void {
  heading(
    doc,
    `${pkg.marker ? `${pkg.marker}: analyse` : 'Analyse'} ${pkg.name} (${pkg.period})`,
    12,
  );
  if (pkg.marker)
    doc
      .font('Helvetica-Bold')
      .text(
        `${pkg.marker}. Deze cijfers komen uit een synthetisch pakket: geen echte personen of bedrijven.`,
      )
      .font('Helvetica');
  doc.text(
    `Pakket ${pkg.name} (nummer ${pkg.id}), periode ${pkg.period}, gemaakt met pijplijn ${pkg.softwareVersion}, geladen op ${dutchDate(new Date(pkg.importedAt))}.`,
  );
  doc.text(`Openbaarmakingsregels: ${disclosureRulesText(pkg.disclosure)}`).moveDown(0.3);
  const columns = columnsFor(level);
  row(
    doc,
    columns,
    columns.map((c) => c.title),
    true,
  );
  for (const indicator of pkg.indicators) row(doc, columns, cells(indicator, level));
}

/**
 * The region's figures from statistics packages, after the open statistics and apart from them:
 * one table per package with its provenance and rules; a synthetic package carries the marker
 * in its heading and above its table. Nothing is written for a profile without packages.
 */
export function packageAnnex(doc: Doc, profile: RegionProfile): void {
  if (profile.packages.length === 0) return;
  heading(doc, 'Analyses uit statistiekpakketten');
  doc.text(
    'Cijfers die de pijplijn uit gekoppelde microdata maakte en beveiligde (minimum aantallen, afronding, onderdrukking). Ze staan apart van de open data. Een onderdrukt cijfer heeft geen getal; de status zegt waarom en in welk groter gebied het meetelt. Waarde, landelijke waarde en gemeentewaarde staan er precies zoals in het pakket; vergelijkingsgroep en index zijn berekend en hier afgerond (CSV en Excel geven ze onafgerond).',
  );
  for (const pkg of profile.packages) packageSection(doc, pkg, profile.region.level);
}

/**
 * The methods entries of the package indicators shown in the profile, after the open
 * statistics' entries: the manifest's definition, caveats and the package's provenance. A
 * synthetic package's marker opens each entry's heading. Nothing is written without packages.
 */
export function packageMethods(doc: Doc, profile: RegionProfile): void {
  for (const pkg of profile.packages)
    for (const indicator of pkg.indicators) {
      if (doc.y > doc.page.height - margin - 60) doc.addPage();
      doc
        .moveDown(0.4)
        .font('Helvetica-Bold')
        .fontSize(9)
        .text(drawable(packageMethodHeading(pkg, indicator)));
      doc.font('Helvetica');
      for (const [label, text] of packageDefinitionLines(indicator))
        doc.text(drawable(`${label}: ${text}`));
      doc.text('Waar u op moet letten:');
      for (const caveat of [...indicator.caveats, indicator.notProof])
        doc.text(`• ${drawable(caveat)}`, { indent: 10 });
      doc.text(drawable(packageProvenanceText(pkg)));
    }
}
