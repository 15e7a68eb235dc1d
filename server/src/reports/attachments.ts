// SPDX-License-Identifier: EUPL-1.2
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { maxAttachmentBytes, type Attachment } from '../../../common/contracts/reports';
import { recordEvent } from '../audit/service';
import { openBytesWithDataKey, sealBytesWithDataKey } from '../platform/crypto';
import type { Queryable } from '../platform/db';
import type { Deps } from '../platform/deps';
import { badRequest, notFound } from '../platform/http/problem';
import type { Actor } from '../platform/sessions';

import { seal, unseal } from './case-keys';
import { checkFileName, sniffEvidence, type EvidenceType } from './file-check';
import { auditObjectOf, loadAuthorized, type LoadedCase } from './service';
import * as store from './store';

interface AttachmentRow {
  id: string;
  file_name_sealed: string;
  media_type: EvidenceType;
  size_bytes: number;
  sha256: string;
  storage_name: string;
  created_at: Date;
}

/** Where encrypted evidence files live. */
export const filesDir = (deps: Deps) => join(deps.config.WEERBAAR_VAR_DIR, 'files');

function present(row: AttachmentRow, fileName: string): Attachment {
  return {
    id: row.id,
    fileName,
    mediaType: row.media_type,
    sizeBytes: row.size_bytes,
    sha256: row.sha256,
    createdAt: new Date(row.created_at).toISOString(),
  };
}

async function audit(tx: Queryable, deps: Deps, loaded: LoadedCase, action: string) {
  await recordEvent(tx, {
    actorUserId: loaded.actor.userId,
    organisationId: loaded.row.organisation_id,
    action,
    ...auditObjectOf(loaded),
    origin: 'http',
    occurredAt: deps.clock(),
  });
}

/**
 * Adds evidence: the type is sniffed from the bytes, the size limited, the SHA-256 of the
 * original recorded, and the file written encrypted with the case key under a random name.
 */
export async function addAttachment(
  deps: Deps,
  signedIn: Actor,
  id: string,
  input: { fileName: string; contentBase64: string },
): Promise<Attachment> {
  const loaded = await loadAuthorized(deps, signedIn, id, 'report.message');
  const { name, extension } = checkFileName(input.fileName);
  const bytes = Buffer.from(input.contentBase64, 'base64');
  if (bytes.length === 0 || bytes.length > maxAttachmentBytes)
    throw badRequest(
      `Een bijlage is hoogstens ${maxAttachmentBytes / 1024 / 1024} MB en niet leeg.`,
      'bijlage-geweigerd',
      [{ field: 'contentBase64', message: 'Het bestand is leeg of te groot.' }],
    );
  const mediaType = sniffEvidence(bytes, extension);
  const caseKey = loaded.caseKey;
  const storageName = randomBytes(16).toString('hex');
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  await mkdir(filesDir(deps), { recursive: true, mode: 0o700 });
  const path = join(filesDir(deps), storageName);
  await writeFile(path, sealBytesWithDataKey(caseKey.key, bytes), { mode: 0o600 });
  try {
    return await deps.db.transaction(async (tx) => {
      const [saved] = await tx.query<AttachmentRow>(
        `insert into report_attachment (report_id, file_name_sealed, media_type, size_bytes, sha256, storage_name, uploaded_by, by_reporter, created_at)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9) returning *`,
        [
          id,
          seal(caseKey, name),
          mediaType,
          bytes.length,
          sha256,
          storageName,
          loaded.access === 'reporter' ? null : signedIn.userId,
          loaded.access === 'reporter',
          deps.clock(),
        ],
      );
      if (!saved) throw new Error('attachment not stored');
      await store.insertEvent(tx, {
        reportId: id,
        actorUserId: signedIn.userId,
        byReporter: loaded.access === 'reporter',
        kind: 'attachment',
        visibleToReporter: true,
        now: deps.clock(),
      });
      await audit(tx, deps, loaded, 'report.attachment.add');
      return present(saved, name);
    });
  } catch (error) {
    // Nothing stored is changed by a rejected request: the file goes when its row does not exist.
    await rm(path, { force: true });
    throw error;
  }
}

/** The evidence of a case as its viewer may list it (audited). */
export async function listAttachments(
  deps: Deps,
  signedIn: Actor,
  id: string,
): Promise<Attachment[]> {
  const loaded = await loadAuthorized(deps, signedIn, id, 'report.view');
  const caseKey = loaded.caseKey;
  return deps.db.transaction(async (tx) => {
    const rows = await tx.query<AttachmentRow>(
      'select * from report_attachment where report_id = $1 order by created_at, id',
      [id],
    );
    await audit(tx, deps, loaded, 'report.attachments.view');
    return rows.map((r) => present(r, String(unseal(caseKey, r.file_name_sealed))));
  });
}

/** One file, decrypted for a viewer of the case; the download is audited. */
export async function readAttachment(
  deps: Deps,
  signedIn: Actor,
  id: string,
  attachmentId: string,
) {
  const loaded = await loadAuthorized(deps, signedIn, id, 'report.view');
  const [file] = await deps.db.query<AttachmentRow>(
    'select * from report_attachment where id = $1 and report_id = $2',
    [attachmentId, id],
  );
  if (!file) throw notFound('Deze bijlage bestaat niet.');
  const caseKey = loaded.caseKey;
  const bytes = openBytesWithDataKey(
    caseKey.key,
    await readFile(join(filesDir(deps), file.storage_name)),
  );
  await deps.db.transaction((tx) => audit(tx, deps, loaded, 'report.attachment.download'));
  return {
    bytes,
    mediaType: file.media_type,
    fileName: String(unseal(caseKey, file.file_name_sealed)),
  };
}

/** Removes the encrypted files of cases that are being deleted (retention). */
export async function removeAttachmentFiles(
  deps: Deps,
  tx: Queryable,
  reportId: string,
): Promise<void> {
  const rows = await tx.query<{ storage_name: string }>(
    'select storage_name from report_attachment where report_id = $1',
    [reportId],
  );
  for (const r of rows) await rm(join(filesDir(deps), r.storage_name), { force: true });
}
