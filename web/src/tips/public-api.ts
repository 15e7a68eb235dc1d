// SPDX-License-Identifier: EUPL-1.2
import { z } from 'zod';

import {
  tipBoxSchema,
  tipMailboxSchema,
  tipReceiptSchema,
  type SubmitTipRequest,
  type TipMailbox,
  type TipReceipt,
} from '../../../common/contracts/tips';
import { common } from '../../../common/messages/nl';
import { ApiError } from '../api/client';

const problemSchema = z.object({
  type: z.string().default('about:blank'),
  title: z.string().default(''),
  status: z.number().int(),
  detail: z.string().default(''),
  errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
});

/**
 * Calls the anonymous channel without cookies (`credentials: 'omit'`) and without asking for a
 * session or CSRF token first: nothing the browser holds can tie the tip to an account.
 */
async function anonymousCall<T>(
  method: 'GET' | 'POST',
  path: string,
  body: unknown,
  schema: z.ZodType<T>,
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'omit',
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
      headers: {
        Accept: 'application/json, application/problem+json',
        'Content-Type': 'application/json',
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch (cause) {
    throw new ApiError(
      { type: 'about:blank', title: '', status: 0, detail: common.networkError },
      { cause },
    );
  }
  const json: unknown = await response.json().catch(() => null);
  if (response.ok) return schema.parse(json);
  const problem = problemSchema.safeParse(json);
  throw new ApiError(
    problem.success
      ? problem.data
      : { type: 'about:blank', title: '', status: response.status, detail: common.genericError },
  );
}

export const tipBoxPath = (code: string) => `/api/v1/tip-box/${encodeURIComponent(code)}`;

export function loadTipBox(code: string) {
  return anonymousCall('GET', tipBoxPath(code), undefined, tipBoxSchema);
}

export function submitTip(code: string, tip: SubmitTipRequest): Promise<TipReceipt> {
  return anonymousCall('POST', `${tipBoxPath(code)}/tips`, tip, tipReceiptSchema);
}

export function openMailbox(credentials: { receipt: string; secret: string }): Promise<TipMailbox> {
  return anonymousCall('POST', '/api/v1/tip-mailbox', credentials, tipMailboxSchema);
}

export function answerHandler(
  credentials: { receipt: string; secret: string },
  body: string,
): Promise<TipMailbox> {
  return anonymousCall(
    'POST',
    '/api/v1/tip-mailbox/messages',
    { ...credentials, body },
    tipMailboxSchema,
  );
}

/** Reads a chosen file as base64 (without the data: prefix). */
export function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(new Error('Het bestand kon niet worden gelezen.'));
    reader.readAsDataURL(file);
  });
}
