// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';

import { addMonths, addWorkingDays, easterSunday, isWorkingDay, publicHolidays } from './calendar';
import {
  allowedTransitions,
  checkTransition,
  dueAt,
  isOverdue,
  workflowFor,
} from './state-machine';
import { integrityTemplate, stappenplanTemplate, workflowTemplateSchema } from './template';

describe('calendar', () => {
  it('knows Easter and the holidays derived from it', () => {
    expect(easterSunday(2026)).toBe('2026-04-05');
    expect(easterSunday(2027)).toBe('2027-03-28');
    const holidays = publicHolidays(2026);
    expect(holidays.has('2026-04-06')).toBe(true); // tweede paasdag
    expect(holidays.has('2026-05-14')).toBe(true); // Hemelvaart
    expect(holidays.has('2026-05-25')).toBe(true); // tweede pinksterdag
    expect(holidays.has('2026-04-27')).toBe(true); // Koningsdag
    expect(holidays.has('2026-05-05')).toBe(false); // Bevrijdingsdag only in lustrum years
    expect(publicHolidays(2025).has('2025-05-05')).toBe(true);
    expect(publicHolidays(2025).has('2025-04-26')).toBe(true); // 27 April 2025 is a Sunday
  });

  it('counts working days over weekends and holidays', () => {
    expect(isWorkingDay('2026-11-30')).toBe(true);
    expect(isWorkingDay('2026-11-28')).toBe(false);
    // Friday 10:00 + 2 working days = Tuesday 10:00
    expect(addWorkingDays(new Date('2026-11-27T09:00:00Z'), 2).toISOString()).toBe(
      '2026-12-01T09:00:00.000Z',
    );
    // Wednesday 23 Dec + 2 = Monday 28 Dec (Christmas days skipped)
    expect(addWorkingDays(new Date('2026-12-23T09:00:00Z'), 2).toISOString()).toBe(
      '2026-12-28T09:00:00.000Z',
    );
  });

  it('adds months and clamps to the last day of the month', () => {
    expect(addMonths(new Date('2026-11-30T09:00:00Z'), 3).toISOString()).toBe(
      '2027-02-28T09:00:00.000Z',
    );
  });
});

describe('workflow templates', () => {
  it('are valid and refuse a step pointing nowhere', () => {
    expect(workflowTemplateSchema.safeParse(stappenplanTemplate).success).toBe(true);
    const broken = {
      id: 'kapot',
      steps: [
        { status: 'draft', owner: 'melder', deadline: null, requiredRecords: [], next: ['care'] },
        { status: 'closed', owner: 'behandelaar', deadline: null, requiredRecords: [], next: [] },
      ],
    };
    expect(workflowTemplateSchema.safeParse(broken).success).toBe(false);
  });

  it('routes integrity categories to the whistle-blower timeline', () => {
    expect(workflowFor('integrity_violation')).toBe('integriteit');
    expect(workflowFor('threat')).toBe('stappenplan');
  });

  it('names the allowed transitions when one is refused', () => {
    expect(allowedTransitions(stappenplanTemplate, 'assessment')).toEqual([
      'police_report',
      'perpetrator_response',
      'feedback',
    ]);
    expect(checkTransition(stappenplanTemplate, 'registered', 'closed', ['triage'])).toEqual({
      ok: false,
      reason: 'not-allowed',
      allowed: ['care'],
    });
  });

  it('requires the records of the current step', () => {
    expect(checkTransition(stappenplanTemplate, 'care', 'assessment', [])).toEqual({
      ok: false,
      reason: 'missing-records',
      missing: ['aftercare'],
    });
    expect(checkTransition(stappenplanTemplate, 'care', 'assessment', ['aftercare'])).toEqual({
      ok: true,
    });
  });

  it('computes step deadlines with a controllable clock', () => {
    const friday = new Date('2026-11-27T09:00:00Z');
    const moments = { enteredAt: friday, registeredAt: friday, acknowledgedAt: null };
    expect(dueAt(stappenplanTemplate, 'care', moments)?.toISOString()).toBe(
      '2026-11-28T09:00:00.000Z',
    );
    const due = dueAt(stappenplanTemplate, 'police_report', moments);
    expect(due?.toISOString()).toBe('2026-12-01T09:00:00.000Z');
    expect(isOverdue(due, new Date('2026-12-01T08:59:00Z'))).toBe(false);
    expect(isOverdue(due, new Date('2026-12-01T09:01:00Z'))).toBe(true);
    expect(dueAt(stappenplanTemplate, 'closed', moments)).toBeNull();
  });

  it('follows the Wbk: acknowledge within 7 days, feedback within 3 months of acknowledgement', () => {
    const registeredAt = new Date('2026-11-02T09:00:00Z');
    const later = new Date('2026-11-05T09:00:00Z');
    expect(
      dueAt(integrityTemplate, 'registered', {
        enteredAt: later,
        registeredAt,
        acknowledgedAt: null,
      })?.toISOString(),
    ).toBe('2026-11-09T09:00:00.000Z');
    const acknowledgedAt = new Date('2026-11-06T09:00:00Z');
    expect(
      dueAt(integrityTemplate, 'investigation', {
        enteredAt: new Date('2026-11-20T09:00:00Z'),
        registeredAt,
        acknowledgedAt,
      })?.toISOString(),
    ).toBe('2027-02-06T09:00:00.000Z');
  });
});
