// SPDX-License-Identifier: EUPL-1.2
import type { OrganisationType } from '../../../common/accounts/roles';
import type { ReportFigures } from '../../../common/contracts/reports';
import { onlineChannels, type ReportChannel } from '../../../common/workflow/taxonomy';
import { recordEvent } from '../audit/service';
import type { Queryable } from '../platform/db';
import type { Deps } from '../platform/deps';
import { notFound } from '../platform/http/problem';
import type { Actor } from '../platform/sessions';

import { reportActorOf } from './case-keys';
import { minimumCount, protectParts, protectTable, suppress, type Shown } from './disclosure';
import { canViewFigures, type ReportActor } from './policy';

export type Granularity = 'month' | 'quarter';
export interface Period {
  from: string;
  to: string;
}

export interface ScopeOrg {
  id: string;
  code: string;
  name: string;
  type: OrganisationType;
  province_id: string | null;
}

export interface FigureRow {
  category: string;
  target_role: string;
  channel: ReportChannel;
  aangifte_filed: boolean;
  registered_at: Date;
  first_contact_at: Date | null;
}

/**
 * The organisation named by `code` and the organisations its figures cover (itself; a
 * province's municipalities; for the ministerie every gemeente, provincie and waterschap),
 * when the actor may see its figures. Every attempt is audited; a refusal answers 404.
 */
export async function figureScope(
  deps: Deps,
  signedIn: Actor,
  code: string,
  action: string,
): Promise<{ org: ScopeOrg; scope: ScopeOrg[]; actor: ReportActor }> {
  const actor = await reportActorOf(deps.db, signedIn);
  const [org] = await deps.db.query<ScopeOrg>(
    'select id, code, name, type, province_id from organisation where code = $1',
    [code],
  );
  const allowed =
    org &&
    canViewFigures(actor, {
      id: org.id,
      provinceId: org.type === 'provincie' ? org.id : org.province_id,
    });
  await deps.db.transaction((tx) =>
    recordEvent(tx, {
      actorUserId: actor.userId,
      organisationId: org?.id ?? null,
      action,
      objectType: 'organisation',
      objectId: code,
      result: allowed ? 'success' : 'denied',
      origin: 'http',
      occurredAt: deps.clock(),
    }),
  );
  if (!org || !allowed)
    throw notFound('Deze organisatie bestaat niet of u mag haar cijfers niet zien.');
  const scope = await deps.db.query<ScopeOrg>(
    `select id, code, name, type, province_id from organisation where ${
      org.type === 'provincie'
        ? 'province_id = $1'
        : org.type === 'ministerie'
          ? "type in ('gemeente', 'provincie', 'waterschap') and $1::uuid is not null"
          : 'id = $1'
    } order by code`,
    [org.id],
  );
  return { org, scope, actor };
}

/** Submitted cases of these organisations registered in the period: plain columns only. */
export function figureRows(
  db: Queryable,
  organisationIds: readonly string[],
  period: Period,
): Promise<FigureRow[]> {
  return db.query<FigureRow>(
    `select category, target_role, channel, aangifte_filed, registered_at, first_contact_at from report
      where organisation_id = any($1::uuid[]) and status <> 'draft'
        and registered_at >= $2::date and registered_at < ($3::date + 1)`,
    [[...organisationIds], period.from, period.to],
  );
}

/** `2026-03` per month, `2026-K1` per quarter (K for kwartaal). */
export function periodKey(date: Date, granularity: Granularity): string {
  const iso = date.toISOString();
  if (granularity === 'month') return iso.slice(0, 7);
  return `${iso.slice(0, 4)}-K${Math.floor(date.getUTCMonth() / 3) + 1}`;
}

/** Every period key from `from` to `to`, empty ones included, so a trend has no gaps. */
export function periodsOf(period: Period, granularity: Granularity): string[] {
  const keys: string[] = [];
  const cursor = new Date(`${period.from.slice(0, 7)}-01T00:00:00Z`);
  const end = new Date(`${period.to}T00:00:00Z`);
  while (cursor <= end) {
    const key = periodKey(cursor, granularity);
    if (keys.at(-1) !== key) keys.push(key);
    cursor.setUTCMonth(cursor.getUTCMonth() + 1);
  }
  return keys;
}

function countBy(rows: FigureRow[], key: (row: FigureRow) => string) {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(key(row), (counts.get(key(row)) ?? 0) + 1);
  const entries = [...counts.entries()].sort(([a], [b]) => a.localeCompare(b));
  const shown = protectParts(
    entries.map(([, n]) => n),
    rows.length,
  );
  return entries.map(([k], i) => ({ key: k, count: shown[i] ?? 'x' }));
}

function median(values: number[]): number | null {
  if (values.length < minimumCount) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const value =
    sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  return Math.round(value * 10) / 10;
}

/**
 * The category × period table, protected as one system with its margins; per category and per
 * period are its margins, so no two tables show one number differently.
 */
function trendOf(rows: FigureRow[], period: Period, granularity: Granularity) {
  const periods = periodsOf(period, granularity);
  const categories = [...new Set(rows.map((r) => r.category))].sort();
  const counts = categories.map((category) =>
    periods.map(
      (p) =>
        rows.filter(
          (r) => r.category === category && periodKey(new Date(r.registered_at), granularity) === p,
        ).length,
    ),
  );
  const table = protectTable(counts, periods.length);
  return {
    table,
    trend: {
      granularity,
      periods,
      rows: categories.map((key, i) => ({
        key,
        cells: table.cells[i] ?? [],
        total: table.rowTotals[i] ?? ('x' as Shown),
      })),
    },
    byCategory: categories.map((key, i) => ({ key, count: table.rowTotals[i] ?? ('x' as Shown) })),
    byPeriod: periods.map((key, i) => ({ key, count: table.columnTotals[i] ?? ('x' as Shown) })),
  };
}

/** Office-holders who reported themselves more than once in the scope and period (blind index). */
async function repeatTargets(db: Queryable, ids: readonly string[], period: Period) {
  const [row] = await db.query<{ n: string | number }>(
    `select count(*) as n from (select reporter_index from report
       where organisation_id = any($1::uuid[]) and status <> 'draft' and not on_behalf
         and registered_at >= $2::date and registered_at < ($3::date + 1)
       group by reporter_index having count(*) > 1) t`,
    [[...ids], period.from, period.to],
  );
  return Number(row?.n ?? 0);
}

/**
 * Aggregate figures for one organisation, a province (its municipalities) or the whole country
 * (ministerie): never case content, every count through disclosure.ts.
 */
export async function reportFigures(
  deps: Deps,
  signedIn: Actor,
  code: string,
  period: Period,
  granularity: Granularity = 'month',
): Promise<ReportFigures> {
  const { scope } = await figureScope(deps, signedIn, code, 'report.figures');
  const ids = scope.map((s) => s.id);
  const rows = await figureRows(deps.db, ids, period);
  const online = rows.filter((r) => onlineChannels.includes(r.channel)).length;
  const aangifte = rows.filter((r) => r.aangifte_filed).length;
  const hours = rows.flatMap((r) =>
    r.first_contact_at
      ? [(new Date(r.first_contact_at).getTime() - new Date(r.registered_at).getTime()) / 3_600_000]
      : [],
  );
  const { table, trend, byCategory, byPeriod } = trendOf(rows, period, granularity);
  const [shownOnline, shownOffline] = protectParts([online, rows.length - online], rows.length);
  return {
    organisations: scope.map((s) => ({ code: s.code, name: s.name })),
    period,
    total: table.total,
    byCategory,
    byTargetRole: countBy(rows, (r) => r.target_role),
    online: shownOnline ?? 'x',
    offline: shownOffline ?? 'x',
    // With its complement: "all but two filed aangifte" must not be readable either.
    aangifte: protectParts([aangifte, rows.length - aangifte], rows.length)[0] ?? 'x',
    medianHoursToFirstContact: median(hours),
    repeatTargets: suppress(await repeatTargets(deps.db, ids, period)),
    byPeriod,
    trend,
  };
}
