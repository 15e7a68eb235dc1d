// SPDX-License-Identifier: EUPL-1.2
import type {
  GrantRequest,
  ReportGrant,
  ReportGrantList,
} from '../../../common/contracts/report-access';
import { grantableRoles } from '../../../common/workflow/reporting';
import { recordEvent } from '../audit/service';
import type { Queryable } from '../platform/db';
import type { Deps } from '../platform/deps';
import { badRequest, conflict, notFound } from '../platform/http/problem';
import type { Actor } from '../platform/sessions';

import { caseKeyOf, seal, subjectOf, unseal, type CaseKey } from './case-keys';
import * as grantStore from './grant-store';
import type { OrgMember } from './grant-store';
import { notifyGrant } from './notify';
import { accessOf, type ReportActor } from './policy';
import { loadAuthorized, type LoadedCase } from './service';
import * as store from './store';

type GrantInput = Required<Pick<GrantRequest, 'userId' | 'reason'>> & { expiresOn: string | null };

/** The policy's view of another member of the case's organisation. */
function memberActor(member: OrgMember, organisationId: string): ReportActor {
  return {
    userId: member.id,
    memberships: member.roles.map((role) => ({
      organisationId,
      // Only the case's own organisation matters to accessOf; its type is not consulted.
      organisationType: 'gemeente' as const,
      role,
    })),
    lines: member.lines.map((line) => ({ organisationId, line })),
  };
}

/** Whether the member already reaches the case by role, line, assignment or an explicit grant. */
function hasAccess(member: OrgMember, loaded: LoadedCase, now: Date): boolean {
  const actor = memberActor(member, loaded.row.organisation_id);
  const explicit = loaded.subject.grants.filter((g) => !g.breakGlass);
  const access = accessOf(actor, { ...loaded.subject, grants: explicit }, now);
  return access !== null && access !== 'summary';
}

const isGrantable = (member: OrgMember) => member.roles.some((r) => grantableRoles.includes(r));

/** YYYY-MM-DD of `now` in Dutch time. */
export function dutchDate(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(now);
}

/** The last moment of a day in Dutch time (23:59:59.999, winter or summer time). */
export function endOfDutchDay(date: string): Date {
  const noon = new Date(`${date}T12:00:00Z`);
  const zone = new Intl.DateTimeFormat('en-US', {
    timeZone: 'Europe/Amsterdam',
    timeZoneName: 'longOffset',
  })
    .formatToParts(noon)
    .find((p) => p.type === 'timeZoneName')?.value;
  const offset = /GMT([+-]\d{2}:\d{2})/.exec(zone ?? '')?.[1] ?? '+01:00';
  return new Date(`${date}T23:59:59.999${offset}`);
}

function expiryOf(expiresOn: string | null, now: Date): Date | null {
  if (expiresOn === null) return null;
  const today = dutchDate(now);
  const lastAllowed = dutchDate(new Date(now.getTime() + 366 * 86_400_000));
  if (expiresOn < today || expiresOn > lastAllowed)
    throw badRequest('De einddatum moet tussen vandaag en over een jaar liggen.', 'validatie', [
      { field: 'expiresOn', message: 'Kies een einddatum tussen vandaag en over een jaar.' },
    ]);
  return endOfDutchDay(expiresOn);
}

function presentGrant(row: grantStore.GrantRow, caseKey: CaseKey, now: Date): ReportGrant {
  const expiresAt = row.expires_at ? new Date(row.expires_at) : null;
  return {
    user: { id: row.user_id, name: row.user_name },
    breakGlass: row.break_glass,
    reason: String(unseal(caseKey, row.reason_sealed)),
    grantedBy: row.granted_by_name,
    grantedAt: new Date(row.granted_at).toISOString(),
    expiresAt: expiresAt ? expiresAt.toISOString() : null,
    active: expiresAt === null || expiresAt > now,
  };
}

async function grantList(
  db: Queryable,
  deps: Deps,
  loaded: LoadedCase,
  members: OrgMember[],
): Promise<ReportGrantList> {
  const now = deps.clock();
  const caseKey = caseKeyOf(deps.keys, loaded.row);
  const rows = await grantStore.listGrants(db, loaded.row.id);
  return {
    grants: rows.map((r) => presentGrant(r, caseKey, now)),
    candidates: members
      .filter((m) => isGrantable(m) && !hasAccess(m, loaded, now))
      .map((m) => ({ id: m.id, name: m.name })),
  };
}

async function audit(tx: Queryable, deps: Deps, loaded: LoadedCase, action: string) {
  await recordEvent(tx, {
    actorUserId: loaded.actor.userId,
    organisationId: loaded.row.organisation_id,
    action,
    objectType: 'report',
    objectId: loaded.row.id,
    origin: 'http',
    occurredAt: deps.clock(),
  });
}

/** Who was let into the case and why, for those who may share it; the read is audited. */
export async function listGrants(
  deps: Deps,
  signedIn: Actor,
  id: string,
): Promise<ReportGrantList> {
  const loaded = await loadAuthorized(deps, signedIn, id, 'report.grant');
  const members = await grantStore.membersOf(deps.db, loaded.row.organisation_id);
  return deps.db.transaction(async (tx) => {
    await audit(tx, deps, loaded, 'report.grants.view');
    return grantList(tx, deps, loaded, members);
  });
}

/**
 * Lets a named person of the case's organisation into the case, with a reason and an optional
 * last day. Audited and written in the case history; the person gets an e-mail without content.
 */
export async function grantAccess(
  deps: Deps,
  signedIn: Actor,
  id: string,
  input: GrantInput,
): Promise<ReportGrantList> {
  const loaded = await loadAuthorized(deps, signedIn, id, 'report.grant');
  const now = deps.clock();
  const members = await grantStore.membersOf(deps.db, loaded.row.organisation_id);
  const grantee = members.find((m) => m.id === input.userId);
  if (!grantee || !isGrantable(grantee))
    throw badRequest(
      'U kunt alleen iemand van deze organisatie toegang geven die behandelaar, vertrouwenspersoon of bestuurder is.',
      'validatie',
      [{ field: 'userId', message: 'Kies een behandelaar, vertrouwenspersoon of bestuurder.' }],
    );
  if (hasAccess(grantee, loaded, now))
    throw conflict(`${grantee.name} heeft al toegang tot deze melding.`, 'al-toegang');
  const expiresAt = expiryOf(input.expiresOn, now);
  const caseKey = caseKeyOf(deps.keys, loaded.row);
  const result = await deps.db.transaction(async (tx) => {
    await store.upsertGrant(tx, {
      reportId: id,
      userId: grantee.id,
      breakGlass: false,
      reasonSealed: seal(caseKey, input.reason),
      grantedBy: signedIn.userId,
      now,
      expiresAt,
    });
    await store.insertEvent(tx, {
      reportId: id,
      actorUserId: signedIn.userId,
      kind: 'grant',
      detailSealed: seal(caseKey, `${grantee.name}: ${input.reason}`),
      visibleToReporter: false,
      now,
    });
    await audit(tx, deps, loaded, 'report.grant');
    return grantList(tx, deps, await reloaded(tx, loaded), members);
  });
  await notifyGrant(deps, grantee.id, loaded.row.reference);
  return result;
}

/** Ends a person's grant (explicit or break-glass); audited and written in the case history. */
export async function revokeGrant(
  deps: Deps,
  signedIn: Actor,
  id: string,
  userId: string,
): Promise<ReportGrantList> {
  const loaded = await loadAuthorized(deps, signedIn, id, 'report.grant');
  const now = deps.clock();
  const members = await grantStore.membersOf(deps.db, loaded.row.organisation_id);
  const caseKey = caseKeyOf(deps.keys, loaded.row);
  return deps.db.transaction(async (tx) => {
    if (!(await grantStore.deleteGrant(tx, id, userId)))
      throw notFound('Deze persoon heeft geen toegang gekregen tot deze melding.');
    const name = members.find((m) => m.id === userId)?.name ?? 'onbekend';
    await store.insertEvent(tx, {
      reportId: id,
      actorUserId: signedIn.userId,
      kind: 'grant.revoke',
      detailSealed: seal(caseKey, name),
      visibleToReporter: false,
      now,
    });
    await audit(tx, deps, loaded, 'report.grant.revoke');
    return grantList(tx, deps, await reloaded(tx, loaded), members);
  });
}

/** The loaded case with its grants as they are now inside the transaction. */
async function reloaded(tx: Queryable, loaded: LoadedCase): Promise<LoadedCase> {
  const row = await store.findReport(tx, loaded.row.id);
  if (!row) return loaded;
  return { ...loaded, row, subject: subjectOf(row, loaded.subject.reporterUserId) };
}
