// SPDX-License-Identifier: EUPL-1.2
import { useState, type ChangeEvent } from 'react';

import { attachmentListSchema, attachmentSchema } from '../../../common/contracts/reports';
import { apiSend, errorMessage } from '../api/client';
import { useQuery } from '../api/use-query';
import { Alert } from '../ui/Alert';
import { FormField } from '../ui/FormField';
import { Heading } from '../ui/Heading';
import { PlainLink } from '../ui/Link';
import { Paragraph } from '../ui/Paragraph';

import { reportPath } from './api';

/** Reads a chosen file as base64 (without the data: prefix). */
function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(new Error('Het bestand kon niet worden gelezen.'));
    reader.readAsDataURL(file);
  });
}

/** Evidence of a case: screenshots, photos, PDF; downloads go through the server (audited). */
export function AttachmentsPanel({ reportId, canAdd }: { reportId: string; canAdd: boolean }) {
  const path = `${reportPath(reportId)}/attachments`;
  const query = useQuery(path, attachmentListSchema);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      await apiSend(
        'POST',
        path,
        { fileName: file.name, contentBase64: await readBase64(file) },
        attachmentSchema,
      );
      query.reload();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  const attachments = query.status === 'success' ? query.data.attachments : [];
  return (
    <section aria-labelledby="bijlagen">
      <Heading level={2} id="bijlagen">
        Bewijs en bijlagen
      </Heading>
      {attachments.length === 0 ? <Paragraph>Er zijn geen bijlagen.</Paragraph> : null}
      <ul className="utrecht-unordered-list">
        {attachments.map((a) => (
          <li key={a.id} className="utrecht-unordered-list__item">
            <PlainLink href={`${path}/${a.id}`}>{a.fileName}</PlainLink> (
            {Math.ceil(a.sizeBytes / 1024)} kB)
          </li>
        ))}
      </ul>
      {error ? <Alert type="error">{error}</Alert> : null}
      {canAdd ? (
        <FormField
          id="bijlage-kiezen"
          label="Bijlage toevoegen"
          description="Een foto of schermafdruk (PNG, JPEG) of een PDF, hoogstens 5 MB."
        >
          {({ invalid: _invalid, ...control }) => (
            <input
              {...control}
              type="file"
              accept="image/png,image/jpeg,application/pdf"
              disabled={busy}
              onChange={(e) => void choose(e)}
              className="utrecht-textbox"
            />
          )}
        </FormField>
      ) : null}
    </section>
  );
}
