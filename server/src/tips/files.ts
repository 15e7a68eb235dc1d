// SPDX-License-Identifier: EUPL-1.2
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { maxAttachmentBytes } from '../../../common/contracts/reports';
import { openBytesWithDataKey, sealBytesWithDataKey } from '../platform/crypto';
import type { Queryable } from '../platform/db';
import type { Deps } from '../platform/deps';
import { badRequest } from '../platform/http/problem';
import { filesDir } from '../reports/attachments';
import { seal, type CaseKey } from '../reports/case-keys';
import { checkFileName, sniffEvidence, type EvidenceType } from '../reports/file-check';

import type { TipAttachmentRow } from './store';

/** A file that passed every check and is written encrypted, but not yet recorded. */
export interface CheckedFile {
  fileNameSealed: string;
  mediaType: EvidenceType;
  sizeBytes: number;
  sha256: string;
  storageName: string;
}

/**
 * Checks every file first (name, size, type sniffed from the bytes, no polyglots), so one bad
 * file refuses the whole tip before anything is written; the field names the file's position.
 */
export function checkFiles(files: { fileName: string; contentBase64: string }[]) {
  return files.map((file, i) => {
    const field = (name: string) => `attachments.${i}.${name}`;
    try {
      const { name, extension } = checkFileName(file.fileName);
      const bytes = Buffer.from(file.contentBase64, 'base64');
      if (bytes.length === 0 || bytes.length > maxAttachmentBytes)
        throw badRequest(
          `Een bijlage is hoogstens ${maxAttachmentBytes / 1024 / 1024} MB en niet leeg.`,
          'bijlage-geweigerd',
          [{ field: field('contentBase64'), message: 'Het bestand is leeg of te groot.' }],
        );
      return { name, bytes, mediaType: sniffEvidence(bytes, extension) };
    } catch (error) {
      const problem = error as { extra?: { errors?: { field: string; message: string }[] } };
      for (const e of problem.extra?.errors ?? [])
        if (e.field === 'fileName') e.field = field('fileName');
      throw error;
    }
  });
}

/** Writes checked files encrypted with the tip's key under random names. */
export async function writeFiles(
  deps: Deps,
  key: CaseKey,
  files: ReturnType<typeof checkFiles>,
): Promise<CheckedFile[]> {
  if (files.length === 0) return [];
  await mkdir(filesDir(deps), { recursive: true, mode: 0o700 });
  const written: CheckedFile[] = [];
  for (const file of files) {
    const storageName = randomBytes(16).toString('hex');
    await writeFile(join(filesDir(deps), storageName), sealBytesWithDataKey(key.key, file.bytes), {
      mode: 0o600,
    });
    written.push({
      fileNameSealed: seal(key, file.name),
      mediaType: file.mediaType,
      sizeBytes: file.bytes.length,
      sha256: createHash('sha256').update(file.bytes).digest('hex'),
      storageName,
    });
  }
  return written;
}

export async function insertFiles(
  tx: Queryable,
  tipId: string,
  files: CheckedFile[],
  now: Date,
): Promise<void> {
  for (const f of files)
    await tx.query(
      `insert into tip_attachment (tip_id, file_name_sealed, media_type, size_bytes, sha256, storage_name, created_at)
       values ($1, $2, $3, $4, $5, $6, $7)`,
      [tipId, f.fileNameSealed, f.mediaType, f.sizeBytes, f.sha256, f.storageName, now],
    );
}

/** Removes written files (a refused request, or a tip being deleted). */
export async function removeFiles(deps: Deps, storageNames: string[]): Promise<void> {
  for (const name of storageNames) await rm(join(filesDir(deps), name), { force: true });
}

export async function readFileBytes(
  deps: Deps,
  key: CaseKey,
  row: TipAttachmentRow,
): Promise<Buffer> {
  return openBytesWithDataKey(key.key, await readFile(join(filesDir(deps), row.storage_name)));
}
