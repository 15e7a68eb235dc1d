// SPDX-License-Identifier: EUPL-1.2
import PDFDocument from 'pdfkit';

import type {
  ProfileIndicator,
  RegionProfile,
} from '../../../../common/contracts/statistics-values';
import { indicatorById } from '../../../../common/statistics/indicators';
import { peerFeatureNoun } from '../peers';
import { attributionOf, computationText } from '../present';

import { dutchDate, dutchNumber, funnelLabels, valueText } from './format';
import { heading, margin, row, type Doc } from './pdf-layout';
import { hasSyntheticPackage, packageAnnex, packageMethods } from './pdf-packages';

/** What the annex says about the data besides the profile: when the figures were computed. */
export interface AnnexMeta {
  derivedAt: Date | null;
}

const columns = [
  { title: 'Indicator', width: 150 },
  { title: 'Waarde', width: 70 },
  { title: 'Landelijk', width: 60 },
  { title: 'Vergelijkings-\ngroep', width: 65 },
  { title: 'Index', width: 40 },
  { title: 'Trechter', width: 110 },
];

const indicatorCells = (i: ProfileIndicator) => [
  `${i.name} (${i.unit}, ${i.period})`,
  valueText(i),
  dutchNumber(i.national),
  dutchNumber(i.peerValue),
  dutchNumber(i.index),
  i.funnel ? funnelLabels[i.funnel.position] : '–',
];

function peers(doc: Doc, profile: RegionProfile): void {
  const group = profile.peerGroup;
  heading(doc, 'Vergelijkbare gemeenten');
  if (!group || group.peers.length === 0) {
    doc.text(group?.note ?? 'Voor deze regio is geen vergelijkingsgroep berekend.');
    return;
  }
  doc.text(
    `De ${group.peers.length} gemeenten die in ${group.featuresPeriod} het meest op ${profile.region.name} lijken, op: ${group.featuresUsed.map(peerFeatureNoun).join(', ')}.`,
  );
  if (group.note) doc.text(group.note);
  for (const peer of group.peers) {
    doc.moveDown(0.3).font('Helvetica-Bold').text(`${peer.rank}. ${peer.name} (${peer.code})`);
    doc.font('Helvetica').text(peer.summary);
    for (const reason of peer.reasons) doc.text(`• ${reason.text}`, { indent: 10 });
  }
}

function methodology(doc: Doc, profile: RegionProfile): void {
  heading(doc, 'Methode en bronnen per indicator');
  for (const theme of profile.themes)
    for (const shown of theme.indicators) {
      const indicator = indicatorById.get(shown.id);
      if (!indicator) continue;
      if (doc.y > doc.page.height - margin - 60) doc.addPage();
      doc.moveDown(0.4).font('Helvetica-Bold').fontSize(9).text(indicator.name);
      doc.font('Helvetica').text(indicator.measures);
      doc.text(`Berekening: ${computationText(indicator)}`);
      for (const caveat of indicator.caveats) doc.text(`• ${caveat}`, { indent: 10 });
      doc.text(attributionOf(indicator));
    }
  packageMethods(doc, profile);
}

/** A footer on every page, so a printed page on its own still says what it is. */
function footers(doc: Doc, label: string): void {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    // Writing inside the bottom margin would otherwise start a new page.
    doc.page.margins.bottom = 0;
    doc
      .font('Helvetica')
      .fontSize(7)
      .fillColor('#555555')
      .text(`${label} · pagina ${i + 1} van ${count}`, margin, doc.page.height - 30, {
        lineBreak: false,
      });
  }
}

/**
 * The printable data annex of a region as a PDF: every indicator by theme with its comparisons,
 * the peer group with reasons, each indicator's method and source, the caveat and the data date.
 * Private notes are never part of it: this function only sees the public profile.
 */
export function annexPdf(
  profile: RegionProfile,
  meta: AnnexMeta,
): Promise<Uint8Array<ArrayBuffer>> {
  const { region } = profile;
  // Fixed document dates keep the bytes (and the ETag) the same for the same figures.
  const date = meta.derivedAt ?? new Date(0);
  const doc = new PDFDocument({
    size: 'A4',
    margin,
    info: {
      Title: `Databijlage ${region.name} (${region.code})`,
      Author: 'Weerbaar Zicht',
      Subject: `Open statistiek (CBS, Politie): regioprofiel met methode en bronnen${profile.packages.length > 0 ? '; analyses uit statistiekpakketten' : ''}${hasSyntheticPackage(profile) ? ' (synthetische demonstratiedata)' : ''}`,
      CreationDate: date,
      ModDate: date,
    },
    lang: 'nl-NL',
    displayTitle: true,
    bufferPages: true,
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Uint8Array<ArrayBuffer>>((resolve, reject) => {
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });

  doc.font('Helvetica-Bold').fontSize(18).text(`Databijlage ${region.name}`);
  doc.font('Helvetica').fontSize(10);
  const within =
    region.gemeenteName && region.level !== 'gemeente' ? ` in ${region.gemeenteName}` : '';
  doc.text(`${region.level} ${region.code}${within}, gemeentelijke indeling ${region.year}`);
  doc.text(
    `Stand van de cijfers: berekend op ${meta.derivedAt ? dutchDate(meta.derivedAt) : 'onbekende datum'}${profile.period ? `; nieuwste periode ${profile.period}` : ''}.`,
  );
  doc.moveDown(0.5).font('Helvetica-Bold').text('Let op: ', { continued: true });
  doc.font('Helvetica').text(profile.notProof);
  doc
    .moveDown(0.3)
    .fontSize(9)
    .text(
      'Index: landelijk = 100. Trechter: ligt de waarde buiten wat bij deze omvang door toeval te verwachten is? Vergelijkingsgroep: de waarde over de vergelijkbare gemeenten samen.',
    );

  for (const theme of profile.themes) {
    heading(doc, theme.label.charAt(0).toUpperCase() + theme.label.slice(1));
    row(
      doc,
      columns,
      columns.map((c) => c.title),
      true,
    );
    for (const indicator of theme.indicators) row(doc, columns, indicatorCells(indicator));
  }
  packageAnnex(doc, profile);
  peers(doc, profile);
  methodology(doc, profile);
  heading(doc, 'Bronnen en voorbehoud');
  doc.text(profile.attribution);
  doc.moveDown(0.3).text(profile.notProof);
  // A page of a synthetic package's table read on its own must still say the data is not real.
  const synthetic = hasSyntheticPackage(profile) ? ' · bevat synthetische demonstratiedata' : '';
  footers(
    doc,
    `Databijlage ${region.name} (${region.code}) · een patroon is geen bewijs${synthetic}`,
  );
  doc.end();
  return done;
}
