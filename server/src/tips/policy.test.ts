// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';

import type { ReportActor } from '../reports/policy';

import { can, type TipSubject } from './policy';

const org = 'org-1';
const tip: TipSubject = { organisationId: org, status: 'new', linkedReport: false };
const actor = (
  role: ReportActor['memberships'][number]['role'],
  lines: ReportActor['lines'] = [],
  organisationId = org,
): ReportActor => ({
  userId: 'u',
  memberships: [{ organisationId, organisationType: 'gemeente', role }],
  lines,
});

describe('tips policy can(actor, action, tip)', () => {
  it('lets a behandelaar of the college line (or of both lines) handle tips', () => {
    expect(can(actor('behandelaar'), 'tip.view', tip)).toBe(true);
    expect(
      can(actor('behandelaar', [{ organisationId: org, line: 'college' }]), 'tip.reply', tip),
    ).toBe(true);
  });

  it('keeps the raad line, other roles and other organisations out', () => {
    expect(
      can(actor('behandelaar', [{ organisationId: org, line: 'raad' }]), 'tip.view', tip),
    ).toBe(false);
    for (const role of ['beheerder', 'vertrouwenspersoon', 'bestuurder', 'melder'] as const)
      expect(can(actor(role), 'tip.view', tip)).toBe(false);
    expect(can(actor('behandelaar', [], 'org-2'), 'tip.view', tip)).toBe(false);
  });

  it('allows no reply or conversion once closed, and one conversion or link only', () => {
    const closed = { ...tip, status: 'closed' as const };
    expect(can(actor('behandelaar'), 'tip.reply', closed)).toBe(false);
    expect(can(actor('behandelaar'), 'tip.convert', closed)).toBe(false);
    expect(can(actor('behandelaar'), 'tip.setStatus', closed)).toBe(true);
    expect(can(actor('behandelaar'), 'tip.convert', { ...tip, linkedReport: true })).toBe(false);
  });
});
