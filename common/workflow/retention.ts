// SPDX-License-Identifier: EUPL-1.2
import type { ReportCategory } from './taxonomy';

/** Months after closure: contact data anonymised, perpetrator data erased, the case deleted. */
export interface RetentionTerm {
  contactMonths: number;
  perpetratorMonths: number;
  caseMonths: number;
}

/** Incidents against office-holders: perpetrator data kept shortest, the case five years. */
const incident: RetentionTerm = { contactMonths: 12, perpetratorMonths: 12, caseMonths: 60 };
/** Integrity and undermining files are kept longer (selectielijst: ten years). */
const integrity: RetentionTerm = { contactMonths: 24, perpetratorMonths: 24, caseMonths: 120 };

/** Retention per category; a legal hold (prosecution running) suspends all of it. */
export const retentionByCategory: Record<ReportCategory, RetentionTerm> = {
  verbal_aggression: incident,
  threat: incident,
  intimidation: incident,
  physical_violence: incident,
  vandalism: incident,
  online_hate: incident,
  doxing: incident,
  stalking: incident,
  security_incident: incident,
  undue_influence: integrity,
  undermining_signal: integrity,
  integrity_violation: integrity,
};

/** A draft nobody submitted is deleted after this many days. */
export const draftRetentionDays = 30;
