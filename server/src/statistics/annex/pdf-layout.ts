// SPDX-License-Identifier: EUPL-1.2
import type PDFDocument from 'pdfkit';

/** A pdfkit document. */
export type Doc = InstanceType<typeof PDFDocument>;

/** A table column: its header text and width in points. */
export interface Column {
  title: string;
  width: number;
}

export const margin = 50;

// The standard fonts only know WinAnsi; manifest text may use these typographic signs beyond it.
const beyondWinAnsi: Record<string, string> = { '−': '-', '≤': '<=', '≥': '>=', '≠': '!=' };

/** Text from outside the annex (a package manifest) with signs the PDF's fonts can draw. */
export const drawable = (text: string) => text.replace(/[−≤≥≠]/g, (c) => beyondWinAnsi[c]!);

/** A section heading, on a new page when too little room is left for the first lines below it. */
export function heading(doc: Doc, text: string, size = 14): void {
  if (doc.y > doc.page.height - margin - 80) doc.addPage();
  doc.moveDown(0.6).font('Helvetica-Bold').fontSize(size).text(text, margin).moveDown(0.3);
  doc.font('Helvetica').fontSize(9);
}

/** One table row under a thin rule; a row that does not fit starts a new page. */
export function row(
  doc: Doc,
  columns: readonly Column[],
  cells: readonly string[],
  bold = false,
): void {
  doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(8);
  const height =
    Math.max(
      ...cells.map((cell, i) => doc.heightOfString(cell, { width: columns[i]!.width - 4 })),
    ) + 4;
  if (doc.y + height > doc.page.height - margin) doc.addPage();
  const top = doc.y;
  let x = margin;
  cells.forEach((cell, i) => {
    doc.text(cell, x, top + 2, { width: columns[i]!.width - 4 });
    x += columns[i]!.width;
  });
  doc
    .moveTo(margin, top + height)
    .lineTo(x, top + height)
    .lineWidth(0.3)
    .strokeColor('#999999')
    .stroke();
  doc.x = margin;
  doc.y = top + height;
}
