// SPDX-License-Identifier: EUPL-1.2
import type { z } from 'zod';

import { maxAttachmentBytes } from '../../../common/contracts/reports';
import {
  maxTipAttachments,
  tipCategories,
  type submitTipRequestSchema,
  type TipBox,
  type TipMailbox,
  type TipReceipt,
} from '../../../common/contracts/tips';
import { recordEvent } from '../audit/service';
import { findOrganisationByCode } from '../organisations/store';
import type { Deps } from '../platform/deps';
import { ProblemError, notFound } from '../platform/http/problem';
import { caseKeyOf, newCaseKey, seal } from '../reports/case-keys';

import {
  hashSecret,
  newCredentials,
  normaliseReceipt,
  receiptHash,
  verifySecret,
} from './credentials';
import { checkFiles, insertFiles, removeFiles, writeFiles } from './files';
import { tipOrganisationTypes } from './policy';
import { presentMailbox } from './present';
import * as store from './store';
import type { TipThrottle } from './throttle';

/** The organisation of a public tip page; 404 for codes without a tip channel. */
export async function loadTipBox(deps: Deps, code: string): Promise<TipBox & { id: string }> {
  const org = await findOrganisationByCode(deps.db, code);
  if (!org || !tipOrganisationTypes.includes(org.type))
    throw notFound('Deze organisatie heeft hier geen meldpunt voor anonieme tips.');
  return {
    id: org.id,
    organisation: { code: org.code, name: org.name, type: org.type },
    categories: [...tipCategories],
    maxAttachments: maxTipAttachments,
    maxAttachmentBytes,
  };
}

/**
 * Stores an anonymous tip sealed with its own data key, with its files, and returns the receipt
 * and secret once. No actor, address or device is recorded; the audit event has no actor.
 */
export async function submitTip(
  deps: Deps,
  code: string,
  input: z.output<typeof submitTipRequestSchema>,
): Promise<TipReceipt> {
  const box = await loadTipBox(deps, code);
  const checked = checkFiles(input.attachments);
  const now = deps.clock();
  const { receipt, secret } = newCredentials();
  const { caseKey, wrapped } = newCaseKey(deps.keys);
  const content = {
    description: input.description,
    ...(input.location ? { location: input.location } : {}),
    ...(input.when ? { when: input.when } : {}),
  };
  const secretHash = await hashSecret(secret);
  const files = await writeFiles(deps, caseKey, checked);
  try {
    const reference = await deps.db.transaction(async (tx) => {
      const ref = await store.nextTipReference(tx, box.id, now.getUTCFullYear());
      const tipId = await store.insertTip(tx, {
        organisationId: box.id,
        reference: ref,
        category: input.category,
        receiptHash: receiptHash(receipt),
        secretHash,
        keyWrapped: wrapped,
        contentSealed: seal(caseKey, content),
        now,
      });
      await insertFiles(tx, tipId, files, now);
      await recordEvent(tx, {
        actorUserId: null,
        organisationId: box.id,
        action: 'tip.submit',
        objectType: 'tip',
        objectId: tipId,
        origin: 'http',
        occurredAt: now,
      });
      return ref;
    });
    return { reference, receipt, secret };
  } catch (error) {
    await removeFiles(
      deps,
      files.map((f) => f.storageName),
    );
    throw error;
  }
}

/** The one answer for a wrong receipt or secret: it does not say which of the two was wrong. */
export const wrongCredentials = () =>
  new ProblemError(
    404,
    'De meldcode of de geheime code klopt niet. Controleer beide en probeer het opnieuw.',
    'onbekende-meldcode',
  );

/**
 * Finds the tip of a receipt and checks the secret; throttled per receipt (known or not) and
 * timed alike for an unknown receipt and a wrong secret.
 */
export async function openByReceipt(
  deps: Deps,
  throttle: TipThrottle,
  credentials: { receipt: string; secret: string },
) {
  const receipt = normaliseReceipt(credentials.receipt);
  throttle.receiptAttempt(receipt ?? credentials.receipt, deps.clock().getTime());
  const row = receipt ? await store.findTipByReceipt(deps.db, receiptHash(receipt)) : null;
  const ok = await verifySecret(row?.secret_hash ?? null, credentials.secret);
  if (!row || !ok) throw wrongCredentials();
  return { row, key: caseKeyOf(deps.keys, row) };
}

/** The sender's mailbox: status, own text and the conversation. */
export async function readMailbox(
  deps: Deps,
  throttle: TipThrottle,
  credentials: { receipt: string; secret: string },
): Promise<TipMailbox> {
  const { row, key } = await openByReceipt(deps, throttle, credentials);
  const messages = await store.listMessages(deps.db, row.id);
  return presentMailbox(row, key, messages);
}

/** The sender answers or adds something; a closed tip takes no more messages. */
export async function tipperMessage(
  deps: Deps,
  throttle: TipThrottle,
  input: { receipt: string; secret: string; body: string },
): Promise<TipMailbox> {
  const { row, key } = await openByReceipt(deps, throttle, input);
  if (row.status === 'closed')
    throw new ProblemError(
      409,
      'Deze tip is afgesloten. U kunt geen berichten meer sturen. Doe zo nodig een nieuwe melding.',
      'tip-afgesloten',
    );
  const now = deps.clock();
  await deps.db.transaction(async (tx) => {
    await store.insertMessage(tx, {
      tipId: row.id,
      authorUserId: null,
      bodySealed: seal(key, input.body),
      now,
    });
    await recordEvent(tx, {
      actorUserId: null,
      organisationId: row.organisation_id,
      action: 'tip.message.tipper',
      objectType: 'tip',
      objectId: row.id,
      origin: 'http',
      occurredAt: now,
    });
  });
  return presentMailbox(row, key, await store.listMessages(deps.db, row.id));
}
