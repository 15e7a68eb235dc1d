// SPDX-License-Identifier: EUPL-1.2
import { inflateSync } from 'node:zlib';

import { strFromU8, unzipSync } from 'fflate';

/** A parsed worksheet cell: what a spreadsheet would read from the XML. */
export interface SheetCell {
  ref: string;
  kind: 'number' | 'text' | 'boolean';
  value: number | string | boolean;
  style: number;
  formula: boolean;
}

const unescapeXml = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

/** Every part of an .xlsx (a zip) as text, by path. For tests and checks, not for serving. */
export function xlsxParts(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  return Object.fromEntries(Object.entries(files).map(([path, data]) => [path, strFromU8(data)]));
}

/** The rows of a worksheet's XML as cells in column order (empty cells are absent). */
export function sheetRows(xml: string): SheetCell[][] {
  return [...xml.matchAll(/<row [^>]*>(.*?)<\/row>/gs)].map(([, row]) =>
    [...row!.matchAll(/<c r="([A-Z]+\d+)"([^>]*)>(.*?)<\/c>/gs)].map(([, ref, attrs, inner]) => {
      const type = /t="(\w+)"/.exec(attrs!)?.[1];
      const style = Number(/s="(\d+)"/.exec(attrs!)?.[1] ?? 0);
      const formula = inner!.includes('<f');
      if (type === 'inlineStr') {
        const text = unescapeXml(/<t[^>]*>(.*?)<\/t>/s.exec(inner!)?.[1] ?? '');
        return { ref: ref!, kind: 'text', value: text, style, formula };
      }
      const raw = /<v>(.*?)<\/v>/s.exec(inner!)?.[1] ?? '';
      if (type === 'b') return { ref: ref!, kind: 'boolean', value: raw === '1', style, formula };
      return { ref: ref!, kind: 'number', value: Number(raw), style, formula };
    }),
  );
}

// WinAnsi differs from Latin-1 in 0x80–0x9F; these are the ones Dutch text uses.
const winAnsi: Record<number, string> = {
  0x80: '€',
  0x91: '‘',
  0x92: '’',
  0x93: '“',
  0x94: '”',
  0x95: '•',
  0x96: '–',
  0x97: '—',
};
const decodeWinAnsi = (bytes: Buffer) =>
  [...bytes].map((b) => winAnsi[b] ?? String.fromCharCode(b)).join('');

/**
 * The text drawn by a PDF from pdfkit's standard fonts: each Flate stream is inflated and the
 * strings of its TJ/Tj operators (hex, WinAnsi) are decoded, one line per text operator.
 */
export function pdfText(bytes: Uint8Array): string {
  const pdf = Buffer.from(bytes);
  const lines: string[] = [];
  let from = 0;
  for (;;) {
    const start = pdf.indexOf('>>\nstream\n', from) + 3;
    if (start < 3) break;
    const end = pdf.indexOf('\nendstream', start);
    if (end < 0) break;
    const dictionary = pdf.subarray(Math.max(0, start - 200), start).toString('latin1');
    const body = pdf.subarray(start + 'stream\n'.length, end);
    from = end + 1;
    if (!dictionary.slice(dictionary.lastIndexOf('<<')).includes('/FlateDecode')) continue;
    let content: string;
    try {
      content = inflateSync(body).toString('latin1');
    } catch {
      continue; // font or image data that is not a content stream
    }
    for (const [, array] of content.matchAll(/\[(.*?)\]\s*TJ/gs))
      lines.push(
        [...array!.matchAll(/<([0-9a-fA-F]*)>/g)]
          .map(([, hex]) => decodeWinAnsi(Buffer.from(hex!, 'hex')))
          .join(''),
      );
  }
  return lines.join('\n');
}
