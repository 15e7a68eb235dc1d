// SPDX-License-Identifier: EUPL-1.2
import type { LineMemberList } from '../../../common/contracts/report-access';
import { reportLines, type ReportLine } from '../../../common/workflow/taxonomy';
import { recordEvent } from '../audit/service';
import type { Deps } from '../platform/deps';
import { badRequest } from '../platform/http/problem';

import * as grantStore from './grant-store';

interface Organisation {
  id: string;
  code: string;
  name: string;
}

/** The behandelaars of an organisation and the lines they work in (none set: both lines). */
export async function listLineMembers(deps: Deps, org: Organisation): Promise<LineMemberList> {
  const members = await grantStore.membersOf(deps.db, org.id);
  return {
    organisation: { code: org.code, name: org.name },
    members: members
      .filter((m) => m.roles.includes('behandelaar'))
      .map((m) => ({
        id: m.id,
        name: m.name,
        lines: m.lines.length === 0 ? [...reportLines] : m.lines,
        all: m.lines.length === 0 || m.lines.length === reportLines.length,
      })),
  };
}

/**
 * Sets the lines a behandelaar works in. Both lines is stored as no choice, so a behandelaar
 * who gets a second line later handles both without another change. Audited.
 */
export async function setLines(
  deps: Deps,
  org: Organisation,
  userId: string,
  lines: readonly ReportLine[],
  actorUserId: string,
): Promise<LineMemberList> {
  const members = await grantStore.membersOf(deps.db, org.id);
  if (!members.some((m) => m.id === userId && m.roles.includes('behandelaar')))
    throw badRequest('Deze persoon is geen behandelaar van deze organisatie.', 'validatie', [
      { field: 'userId', message: 'Kies een behandelaar van deze organisatie.' },
    ]);
  const stored = lines.length === reportLines.length ? [] : lines;
  await deps.db.transaction(async (tx) => {
    await grantStore.replaceLines(tx, org.id, userId, stored);
    await recordEvent(tx, {
      actorUserId,
      organisationId: org.id,
      action: 'report.lines.update',
      objectType: 'user',
      objectId: userId,
      origin: 'http',
      occurredAt: deps.clock(),
    });
  });
  return listLineMembers(deps, org);
}
