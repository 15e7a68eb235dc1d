// SPDX-License-Identifier: EUPL-1.2
import type { MivExport, ReportSettings } from '../../../common/contracts/reports';
import { mivCategories, mivCategoryLabels, mivCategoryOf } from '../../../common/workflow/miv';
import { onlineChannels, type ReportCategory } from '../../../common/workflow/taxonomy';
import { recordEvent } from '../audit/service';
import { csvLines } from '../platform/csv-write';
import type { Queryable } from '../platform/db';
import type { Deps } from '../platform/deps';
import type { Actor } from '../platform/sessions';

import { minimumCount, protectParts, protectTable, type Shown } from './disclosure';
import { figureRows, figureScope, type Period, type ScopeOrg } from './figures';
import type { ReportActor } from './policy';

/** The organisation's MIV setting (no row: off). */
export async function reportSettingsOf(
  db: Queryable,
  organisationId: string,
): Promise<ReportSettings> {
  const [row] = await db.query<{ miv_opt_in: boolean; changed_at: Date }>(
    'select miv_opt_in, changed_at from report_export_setting where organisation_id = $1',
    [organisationId],
  );
  return {
    mivExport: row?.miv_opt_in ?? false,
    changedAt: row ? new Date(row.changed_at).toISOString() : null,
  };
}

/** Turns the MIV export on or off for an organisation (the route checks the beheerder), audited. */
export async function saveReportSettings(
  deps: Deps,
  organisationId: string,
  mivExport: boolean,
  userId: string,
): Promise<void> {
  const now = deps.clock();
  await deps.db.transaction(async (tx) => {
    await tx.query(
      `insert into report_export_setting (organisation_id, miv_opt_in, changed_by, changed_at)
       values ($1, $2, $3, $4) on conflict (organisation_id) do update set
         miv_opt_in = excluded.miv_opt_in, changed_by = excluded.changed_by, changed_at = excluded.changed_at`,
      [organisationId, mivExport, userId, now],
    );
    await recordEvent(tx, {
      actorUserId: userId,
      organisationId,
      action: mivExport ? 'report.settings.miv.on' : 'report.settings.miv.off',
      objectType: 'organisation',
      objectId: organisationId,
      origin: 'http',
      occurredAt: now,
    });
  });
}

/**
 * Whose cases an export counts: an organisation the viewer belongs to, or one in the viewer's
 * province, always (they see its figures anyway); any other (the ministerie's view) only when it
 * opted in.
 */
function included(actor: ReportActor, org: ScopeOrg, optedIn: ReadonlySet<string>): boolean {
  return (
    actor.memberships.some(
      (m) =>
        m.organisationId === org.id ||
        (org.province_id !== null && m.organisationId === org.province_id),
    ) || optedIn.has(org.id)
  );
}

/**
 * The anonymised export in Monitor Integriteit & Veiligheid categories: per category online,
 * offline, total and aangifte, protected as one table (disclosure.ts). Audited as a figures read.
 */
export async function mivExport(
  deps: Deps,
  signedIn: Actor,
  code: string,
  period: Period,
): Promise<MivExport> {
  const { scope, actor } = await figureScope(deps, signedIn, code, 'report.miv-export');
  const opted = await deps.db.query<{ organisation_id: string }>(
    'select organisation_id from report_export_setting where miv_opt_in and organisation_id = any($1::uuid[])',
    [scope.map((s) => s.id)],
  );
  const optedIn = new Set(opted.map((o) => o.organisation_id));
  const counted = scope.filter((s) => included(actor, s, optedIn));
  const rows = await figureRows(
    deps.db,
    counted.map((s) => s.id),
    period,
  );
  const byCategory = mivCategories.map((category) =>
    rows.filter((r) => mivCategoryOf[r.category as ReportCategory] === category),
  );
  const table = protectTable(
    byCategory.map((list) => {
      const online = list.filter((r) => onlineChannels.includes(r.channel)).length;
      return [online, list.length - online];
    }),
    2,
  );
  return {
    format: 'weerbaar-miv-export/1',
    period,
    organisations: counted.map((s) => ({ code: s.code, name: s.name })),
    leftOut: scope.length - counted.length,
    rows: mivCategories.map((category, i) => {
      const list = byCategory[i] ?? [];
      const total: Shown = table.rowTotals[i] ?? 'x';
      const aangifte = list.filter((r) => r.aangifte_filed).length;
      return {
        category,
        label: mivCategoryLabels[category],
        online: table.cells[i]?.[0] ?? 'x',
        offline: table.cells[i]?.[1] ?? 'x',
        total,
        // Shown only beside a shown total, and protected with its complement.
        aangifte:
          typeof total === 'number'
            ? (protectParts([aangifte, list.length - aangifte], list.length)[0] ?? 'x')
            : 'x',
      };
    }),
    total: table.total,
    disclosure: `Aantallen van 1 tot en met ${minimumCount - 1} staan als "<5"; "x" is een groter aantal dat is weggelaten zodat een "<5" niet uit een totaal kan worden teruggerekend.`,
  };
}

/** The export as CSV: one line per category, then the total; the disclosure note as the last line. */
export function mivExportCsv(data: MivExport): string {
  return csvLines([
    ['categorie', 'omschrijving', 'online', 'offline', 'totaal', 'aangifte'],
    ...data.rows.map((r) => [r.category, r.label, r.online, r.offline, r.total, r.aangifte]),
    ['totaal', '', '', '', data.total, ''],
    [`periode ${data.period.from} t/m ${data.period.to}`, data.disclosure, '', '', '', ''],
  ]);
}
