// SPDX-License-Identifier: EUPL-1.2
import type { OrganisationType } from '../../../common/accounts/roles';
import type { ReportFigures } from '../../../common/contracts/reports';
import { onlineChannels, type ReportChannel } from '../../../common/workflow/taxonomy';
import { recordEvent } from '../audit/service';
import type { Deps } from '../platform/deps';
import { notFound } from '../platform/http/problem';
import type { Actor } from '../platform/sessions';

import { reportActorOf } from './case-keys';
import { canViewFigures } from './policy';

/** Fewer than five cases could point at a person: shown as "<5". */
export const minimumCount = 5;

export function suppress(count: number): number | '<5' {
  return count > 0 && count < minimumCount ? '<5' : count;
}

interface ScopeOrg {
  id: string;
  code: string;
  name: string;
  type: OrganisationType;
  province_id: string | null;
}

interface FigureRow {
  category: string;
  target_role: string;
  channel: ReportChannel;
  aangifte_filed: boolean;
  registered_at: Date;
  first_contact_at: Date | null;
}

/**
 * Suppresses the parts of a total that is shown: each part under five becomes "<5", and when
 * exactly one part is suppressed, the smallest other part is withheld too ("x"), so the small
 * one cannot be worked out by subtracting the others from the total.
 */
export function protectParts(parts: readonly number[], total: number): (number | '<5' | 'x')[] {
  const shown: (number | '<5' | 'x')[] = parts.map(suppress);
  const primary = shown.filter((c) => c === '<5').length;
  if (primary === 1 && suppress(total) !== '<5') {
    let smallest = -1;
    parts.forEach((n, i) => {
      if (shown[i] !== '<5' && n > 0 && (smallest < 0 || n < (parts[smallest] ?? 0))) smallest = i;
    });
    if (smallest >= 0) shown[smallest] = 'x';
  }
  return shown;
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
 * Aggregate figures for one organisation, a province (its municipalities) or the whole country
 * (ministerie): never case content, and every count under five suppressed.
 */
export async function reportFigures(
  deps: Deps,
  signedIn: Actor,
  code: string,
  period: { from: string; to: string },
): Promise<ReportFigures> {
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
      action: 'report.figures',
      objectType: 'organisation',
      objectId: code,
      result: allowed ? 'success' : 'denied',
      origin: 'http',
      occurredAt: deps.clock(),
    }),
  );
  if (!org || !allowed)
    throw notFound('Deze organisatie bestaat niet of u mag haar cijfers niet zien.');
  const scope = await deps.db.query<{ id: string; code: string; name: string }>(
    org.type === 'provincie'
      ? `select id, code, name from organisation where province_id = $1 order by code`
      : org.type === 'ministerie'
        ? `select id, code, name from organisation where type in ('gemeente', 'provincie', 'waterschap') and $1::uuid is not null order by code`
        : `select id, code, name from organisation where id = $1`,
    [org.id],
  );
  const rows = await deps.db.query<FigureRow>(
    `select category, target_role, channel, aangifte_filed, registered_at, first_contact_at from report
      where organisation_id = any($1::uuid[]) and status <> 'draft'
        and registered_at >= $2::date and registered_at < ($3::date + 1)`,
    [scope.map((s) => s.id), period.from, period.to],
  );
  const online = rows.filter((r) => onlineChannels.includes(r.channel)).length;
  const hours = rows.flatMap((r) =>
    r.first_contact_at
      ? [(new Date(r.first_contact_at).getTime() - new Date(r.registered_at).getTime()) / 3_600_000]
      : [],
  );
  return {
    organisations: scope.map((s) => ({ code: s.code, name: s.name })),
    period,
    total: suppress(rows.length),
    byCategory: countBy(rows, (r) => r.category),
    byTargetRole: countBy(rows, (r) => r.target_role),
    ...(([on, off]) => ({ online: on ?? 'x', offline: off ?? 'x' }))(
      protectParts([online, rows.length - online], rows.length),
    ),
    aangifte: suppress(rows.filter((r) => r.aangifte_filed).length),
    medianHoursToFirstContact: median(hours),
    byMonth: countBy(rows, (r) => new Date(r.registered_at).toISOString().slice(0, 7)),
  };
}
