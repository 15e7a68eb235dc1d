// SPDX-License-Identifier: EUPL-1.2
import type { SubmitTipRequest, TipReceipt } from '../../common/contracts/tips';

import type { Harness } from './harness';

/** A PNG as far as the type check goes: the signature and a little body. */
export const tinyPng = (body = 'IHDR IEND') =>
  Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from(body)]);

let visitor = 0;
/** A different client address per visitor, so the per-address limits stay out of other tests' way. */
export const nextAddress = () => `192.0.2.${(visitor++ % 250) + 1}`;

/**
 * An anonymous request straight to the app: no cookie, like a visitor's browser, from a new
 * address each time (the harness must trust X-Forwarded-For) unless the headers name one.
 */
export function anonymous(
  harness: Harness,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  return Promise.resolve(
    harness.app.request(path, {
      method,
      headers: {
        'x-forwarded-for': nextAddress(),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    }),
  );
}

/** A quick valid tip; override what a test is about. */
export function buildTipInput(overrides: Partial<SubmitTipRequest> = {}): SubmitTipRequest {
  return {
    category: 'undermining_signal',
    description: 'In het pand aan de haven brandt ’s nachts licht en rijden busjes af en aan.',
    location: 'Havenkwartier',
    when: 'De afgelopen weken, vooral ’s nachts',
    ...overrides,
  };
}

/** Leaves a tip at the organisation's public page and returns the receipt. */
export async function leaveTip(
  harness: Harness,
  code: string,
  overrides: Partial<SubmitTipRequest> = {},
): Promise<TipReceipt> {
  const response = await anonymous(
    harness,
    'POST',
    `/api/v1/tip-box/${code}/tips`,
    buildTipInput(overrides),
  );
  if (response.status !== 201)
    throw new Error(`tip not left: ${response.status} ${await response.text()}`);
  return (await response.json()) as TipReceipt;
}

/** The receipt and secret only, as the sender types them in. */
export const credentials = ({ receipt, secret }: TipReceipt) => ({ receipt, secret });
