// SPDX-License-Identifier: EUPL-1.2
import { badRequest } from '../platform/http/problem';

export type EvidenceType = 'image/png' | 'image/jpeg' | 'application/pdf';

const signatures: { type: EvidenceType; magic: number[]; extensions: string[] }[] = [
  {
    type: 'image/png',
    magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
    extensions: ['png'],
  },
  { type: 'image/jpeg', magic: [0xff, 0xd8, 0xff], extensions: ['jpg', 'jpeg'] },
  { type: 'application/pdf', magic: [0x25, 0x50, 0x44, 0x46, 0x2d], extensions: ['pdf'] },
];

/** Markers of active or foreign content: HTML/script in any file, a PDF inside an image, PDF actions. */
const foreign = [/<script/i, /<html/i, /<svg/i, /<\?php/i];
const pdfActive = [/\/JavaScript/, /\/JS\b/, /\/Launch/, /\/EmbeddedFile/];

const refuse = (detail: string) =>
  badRequest(detail, 'bijlage-geweigerd', [{ field: 'fileName', message: detail }]);

/**
 * A safe file name: no folders, no traversal, no control characters, a known extension.
 * Returns the name and its lower-case extension.
 */
export function checkFileName(fileName: string): { name: string; extension: string } {
  const name = fileName.trim();
  // eslint-disable-next-line no-control-regex
  if (/[/\\\u0000-\u001f]/.test(name) || name.includes('..') || name.startsWith('.'))
    throw refuse('De bestandsnaam mag geen mappen, ".." of verborgen namen bevatten.');
  const extension = name.split('.').pop()?.toLowerCase() ?? '';
  if (!signatures.some((s) => s.extensions.includes(extension)))
    throw refuse(
      'Alleen foto’s (PNG, JPEG) en PDF-bestanden kunnen als bijlage worden toegevoegd.',
    );
  return { name, extension };
}

/**
 * The evidence type read from the bytes themselves (never from the name or a header). Refuses
 * other types, a name whose extension does not match, and polyglot files that also carry
 * HTML, script, another format or active PDF content.
 */
export function sniffEvidence(bytes: Buffer, extension: string): EvidenceType {
  const match = signatures.find((s) => s.magic.every((b, i) => bytes[i] === b));
  if (!match)
    throw refuse('Dit bestand is geen PNG, JPEG of PDF. Alleen die soorten kunnen als bijlage.');
  if (!match.extensions.includes(extension))
    throw refuse(
      `De bestandsnaam eindigt op .${extension}, maar het bestand is een ${match.type}.`,
    );
  const text = bytes.toString('latin1');
  const polyglot =
    foreign.some((re) => re.test(text)) ||
    (match.type !== 'application/pdf' && text.includes('%PDF-')) ||
    (match.type === 'application/pdf' && pdfActive.some((re) => re.test(text)));
  if (polyglot)
    throw refuse('Dit bestand bevat ook code of een ander bestandsformaat en is daarom geweigerd.');
  return match.type;
}
