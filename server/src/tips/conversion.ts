// SPDX-License-Identifier: EUPL-1.2
import { randomUUID } from 'node:crypto';

import type { z } from 'zod';

import type {
  convertibleCategories,
  tipConversionRequestSchema,
} from '../../../common/contracts/tips';
import type { TargetRole } from '../../../common/workflow/taxonomy';
import type { Deps } from '../platform/deps';
import { conflict, notFound } from '../platform/http/problem';
import type { Actor } from '../platform/sessions';
import { addAttachment } from '../reports/attachments';
import { createReport } from '../reports/intake';
import { loadAuthorized as loadReport } from '../reports/service';

import { readFileBytes } from './files';
import { openContent, openFileName } from './present';
import { audit, loadAuthorized, type LoadedTip } from './service';
import * as store from './store';

type ConversionInput = z.output<typeof tipConversionRequestSchema>;

const stale = () =>
  conflict('Iemand anders heeft deze tip intussen gewijzigd. Vernieuw de pagina.');
const busy = () =>
  conflict(
    'Iemand anders zet deze tip op dit moment om in een melding. Vernieuw de pagina over een minuut.',
  );

/**
 * Files a meldpunt case (stappenplan) for an anonymous tip about aggression against an
 * office-holder: the handler files it on behalf of the anonymous sender, with the tip's text and
 * files (checked and sealed again with the case's own key). Returns the new case's id.
 */
async function convert(
  deps: Deps,
  signedIn: Actor,
  { row, key }: LoadedTip,
  input: { category: (typeof convertibleCategories)[number]; targetRole: TargetRole },
): Promise<string> {
  const content = openContent(key, row);
  const reportId = await createReport(deps, signedIn, {
    submit: true,
    organisationCode: row.organisation_code,
    category: input.category,
    channel: 'other',
    targetRole: input.targetRole,
    confidentiality: 'line',
    occurredAt: null,
    content: {
      description:
        `Anonieme tip ${row.reference}. ${content.when ? `Wanneer: ${content.when}. ` : ''}${content.description}`.slice(
          0,
          5000,
        ),
      ...(content.location ? { location: content.location } : {}),
      familyInvolved: false,
    },
    perpetrator: null,
    onBehalfOf: { name: `Anonieme tipgever (tip ${row.reference})` },
  });
  for (const file of await store.listAttachments(deps.db, row.id)) {
    const bytes = await readFileBytes(deps, key, file);
    await addAttachment(deps, signedIn, reportId, {
      fileName: openFileName(key, file),
      contentBase64: bytes.toString('base64'),
    });
  }
  return reportId;
}

/**
 * Converts the tip into a meldpunt case, or links it to an existing case of the same
 * organisation the handler may see. Either way the tip remembers the case; audited.
 */
export async function convertOrLinkTip(
  deps: Deps,
  signedIn: Actor,
  id: string,
  input: ConversionInput,
): Promise<void> {
  const loaded = await loadAuthorized(deps, signedIn, id, 'tip.convert');
  if (loaded.row.version !== input.version) throw stale();
  if ('reportId' in input) return link(deps, signedIn, loaded, input.reportId, input.version);
  // Claimed first: filing the case and copying its files are many steps, and two handlers
  // converting at once must not both file one. The claim leaves version and status as they are.
  const claim = randomUUID();
  const claimed = await store.claimConversion(deps.db, id, input.version, claim, deps.clock());
  if (claimed === 'stale') throw stale();
  if (claimed === 'claimed') throw busy();
  let reportId: string;
  try {
    reportId = await convert(deps, signedIn, loaded, input);
  } catch (error) {
    await store.releaseConversion(deps.db, id, claim);
    throw error;
  }
  await deps.db.transaction(async (tx) => {
    if (!(await store.completeConversion(tx, id, claim, reportId, deps.clock()))) throw busy();
    await audit(tx, deps, signedIn.userId, loaded.row, 'tip.convert');
  });
}

/** Links the tip to an existing case of the same organisation that the handler may see. */
async function link(
  deps: Deps,
  signedIn: Actor,
  loaded: LoadedTip,
  reportId: string,
  version: number,
): Promise<void> {
  const report = await loadReport(deps, signedIn, reportId, 'report.view').catch(() => null);
  if (!report || report.row.organisation_id !== loaded.row.organisation_id)
    throw notFound('Deze melding bestaat niet of u heeft er geen toegang toe.');
  await deps.db.transaction(async (tx) => {
    // A tip being converted has no case yet but is claimed; linking it then would give it two.
    if (!(await store.linkReport(tx, loaded.row.id, version, reportId, deps.clock())))
      throw stale();
    await audit(tx, deps, signedIn.userId, loaded.row, 'tip.link');
  });
}
