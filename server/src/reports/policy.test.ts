// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';

import type { Role } from '../../../common/accounts/roles';

import {
  accessOf,
  can,
  canViewFigures,
  reportActions,
  type ReportActor,
  type ReportAction,
  type ReportSubject,
} from './policy';

const now = new Date('2026-11-02T09:00:00Z');
const ORG = 'org-home';
const OTHER = 'org-other';

function actor(role: Role, org = ORG, lines: ReportActor['lines'] = []): ReportActor {
  return {
    userId: 'me',
    memberships: [{ organisationId: org, organisationType: 'gemeente', role }],
    lines,
  };
}

function report(overrides: Partial<ReportSubject> = {}): ReportSubject {
  return {
    organisationId: ORG,
    reporterUserId: 'someone-else',
    assigneeUserId: null,
    line: 'raad',
    confidentiality: 'line',
    status: 'registered',
    grants: [],
    ...overrides,
  };
}

const allowed = (a: ReportActor, s: ReportSubject) =>
  reportActions.filter((action) => can(a, action, s, now));

const none: ReportAction[] = [];
const working: ReportAction[] = [
  'report.view',
  'report.transition',
  'report.assign',
  'report.record',
  'report.message',
];
/** Those handling the case may also share it with a named person. */
const handling: ReportAction[] = [...working, 'report.grant'];

/** role × own/other case × own/other organisation → the actions allowed on a registered raad-line case. */
const matrix: [Role, 'own' | 'other', 'own' | 'other', ReportAction[]][] = [
  ['melder', 'own', 'own', ['report.view', 'report.message']],
  ['melder', 'other', 'own', none],
  ['melder', 'own', 'other', ['report.view', 'report.message']],
  ['melder', 'other', 'other', none],
  ['behandelaar', 'own', 'own', handling],
  ['behandelaar', 'other', 'own', handling],
  ['behandelaar', 'own', 'other', ['report.view', 'report.message']],
  ['behandelaar', 'other', 'other', none],
  ['vertrouwenspersoon', 'own', 'own', ['report.view', 'report.message']],
  ['vertrouwenspersoon', 'other', 'own', none],
  ['vertrouwenspersoon', 'other', 'other', none],
  ['bestuurder', 'own', 'own', ['report.view', 'report.message']],
  ['bestuurder', 'other', 'own', ['report.breakGlass']],
  ['bestuurder', 'other', 'other', none],
  ['analist', 'other', 'own', none],
  ['beheerder', 'other', 'own', none],
  ['provincie-adviseur', 'other', 'other', none],
  ['ministerie', 'other', 'other', none],
];

describe('can(actor, action, report)', () => {
  it.each(matrix)('%s on %s case in %s organisation', (role, caseOwner, orgOwner, expected) => {
    const a = actor(role, orgOwner === 'own' ? ORG : OTHER);
    const s = report({ reporterUserId: caseOwner === 'own' ? 'me' : 'someone-else' });
    expect(allowed(a, s)).toEqual(expected);
  });

  it('keeps a behandelaar of the college line out of the raad line, unless assigned', () => {
    const college = actor('behandelaar', ORG, [{ organisationId: ORG, line: 'college' }]);
    expect(allowed(college, report())).toEqual(['report.breakGlass']);
    expect(allowed(college, report({ assigneeUserId: 'me' }))).toEqual(handling);
    const raad = actor('behandelaar', ORG, [{ organisationId: ORG, line: 'raad' }]);
    expect(allowed(raad, report())).toEqual(handling);
  });

  it('gives a vertrouwenspersoon-only case to the vertrouwenspersoon and nobody on the line', () => {
    const vpCase = report({ confidentiality: 'vertrouwenspersoon' });
    expect(allowed(actor('vertrouwenspersoon'), vpCase)).toEqual(handling);
    expect(allowed(actor('behandelaar'), vpCase)).toEqual(none);
    // Assigned to help, the behandelaar works the case but may not share it further.
    expect(allowed(actor('behandelaar'), { ...vpCase, assigneeUserId: 'me' })).toEqual(working);
    expect(allowed(actor('bestuurder'), vpCase)).toEqual(none);
    expect(allowed(actor('vertrouwenspersoon', OTHER), vpCase)).toEqual(none);
  });

  it('leaves a draft to its reporter alone', () => {
    const draft = report({ status: 'draft', reporterUserId: 'me' });
    expect(allowed(actor('melder'), draft)).toEqual(['report.view', 'report.editDraft']);
    expect(allowed(actor('behandelaar'), report({ status: 'draft' }))).toEqual(none);
  });

  it('honours grants while they last, and only inside the organisation', () => {
    const grant = { userId: 'me', breakGlass: true, expiresAt: new Date(now.getTime() + 1000) };
    expect(accessOf(actor('bestuurder'), report({ grants: [grant] }), now)).toBe('break-glass');
    expect(can(actor('bestuurder'), 'report.transition', report({ grants: [grant] }), now)).toBe(
      false,
    );
    const expired = { ...grant, expiresAt: new Date(now.getTime() - 1000) };
    expect(accessOf(actor('bestuurder'), report({ grants: [expired] }), now)).toBe('summary');
    expect(accessOf(actor('melder', OTHER), report({ grants: [grant] }), now)).toBeNull();
    const invited = { userId: 'me', breakGlass: false, expiresAt: null };
    expect(
      allowed(
        actor('behandelaar', ORG, [{ organisationId: ORG, line: 'college' }]),
        report({ grants: [invited] }),
      ),
    ).toEqual(['report.view', 'report.transition', 'report.record', 'report.message']);
  });
});

describe('canViewFigures(actor, organisation)', () => {
  const gemeente = { id: ORG, provinceId: 'pv' };
  it('shows figures to the organisation, its province and the ministerie only', () => {
    expect(canViewFigures(actor('behandelaar'), gemeente)).toBe(true);
    expect(canViewFigures(actor('melder'), gemeente)).toBe(false);
    expect(canViewFigures(actor('behandelaar', OTHER), gemeente)).toBe(false);
    expect(
      canViewFigures(
        {
          userId: 'p',
          lines: [],
          memberships: [
            { organisationId: 'pv', organisationType: 'provincie', role: 'provincie-adviseur' },
          ],
        },
        gemeente,
      ),
    ).toBe(true);
    expect(
      canViewFigures(
        {
          userId: 'p',
          lines: [],
          memberships: [
            { organisationId: 'pv2', organisationType: 'provincie', role: 'provincie-adviseur' },
          ],
        },
        gemeente,
      ),
    ).toBe(false);
    expect(
      canViewFigures(
        {
          userId: 'm',
          lines: [],
          memberships: [
            { organisationId: 'min', organisationType: 'ministerie', role: 'ministerie' },
          ],
        },
        gemeente,
      ),
    ).toBe(true);
  });
});
