// SPDX-License-Identifier: EUPL-1.2
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
  let reportId: string;
  if ('reportId' in input) {
    const report = await loadReport(deps, signedIn, input.reportId, 'report.view').catch(
      () => null,
    );
    if (!report || report.row.organisation_id !== loaded.row.organisation_id)
      throw notFound('Deze melding bestaat niet of u heeft er geen toegang toe.');
    reportId = input.reportId;
  } else {
    reportId = await convert(deps, signedIn, loaded, input);
  }
  const now = deps.clock();
  await deps.db.transaction(async (tx) => {
    const set = {
      report_id: reportId,
      ...(loaded.row.status === 'new' ? { status: 'in_progress' } : {}),
    };
    if (!(await store.updateVersioned(tx, id, input.version, set, now))) throw stale();
    await audit(
      tx,
      deps,
      signedIn.userId,
      loaded.row,
      'reportId' in input ? 'tip.link' : 'tip.convert',
    );
  });
}
