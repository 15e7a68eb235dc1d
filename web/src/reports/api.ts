// SPDX-License-Identifier: EUPL-1.2
import type { z } from 'zod';

import { reportGrantListSchema, type GrantRequest } from '../../../common/contracts/report-access';
import {
  reportDetailSchema,
  reportListSchema,
  reportMessageListSchema,
  type createReportRequestSchema,
  type ReportDetail,
} from '../../../common/contracts/reports';
import type { RecordKind, ReportStatus } from '../../../common/workflow/template';
import { apiSend } from '../api/client';

export const reportsPath = '/api/v1/reports';
export const reportPath = (id: string) => `/api/v1/reports/${encodeURIComponent(id)}`;
export { reportDetailSchema, reportListSchema, reportMessageListSchema };

export type NewReport = z.input<typeof createReportRequestSchema>;

/** Files a report or saves it as a draft. */
export function createReport(input: NewReport): Promise<ReportDetail> {
  return apiSend('POST', reportsPath, input, reportDetailSchema);
}

/** Changes a draft; with `submit` it is sent to the handlers. */
export function updateDraft(
  id: string,
  input: Omit<NewReport, 'organisationCode'> & { version: number },
) {
  return apiSend('PUT', reportPath(id), input, reportDetailSchema);
}

export function moveReport(id: string, to: ReportStatus, version: number, note?: string) {
  return apiSend(
    'POST',
    `${reportPath(id)}/transitions`,
    { to, version, ...(note ? { note } : {}) },
    reportDetailSchema,
  );
}

export function saveRecord(id: string, kind: RecordKind, version: number, data: unknown) {
  return apiSend('PUT', `${reportPath(id)}/records/${kind}`, { version, data }, reportDetailSchema);
}

export function assignReport(
  id: string,
  body: { assigneeUserId: string; version: number; reason: string; escalation: boolean },
) {
  return apiSend('POST', `${reportPath(id)}/assignment`, body, reportDetailSchema);
}

export function sendMessage(id: string, body: string) {
  return apiSend('POST', `${reportPath(id)}/messages`, { body }, reportMessageListSchema);
}

export function breakGlass(id: string, reason: string) {
  return apiSend('POST', `${reportPath(id)}/break-glass`, { reason }, reportDetailSchema);
}

export const grantsPath = (id: string) => `${reportPath(id)}/grants`;
export { reportGrantListSchema };

/** Lets a named colleague into the case, with a reason and an optional last day. */
export function grantAccess(id: string, body: GrantRequest) {
  return apiSend('POST', grantsPath(id), body, reportGrantListSchema);
}

/** Ends a person's access to the case. */
export function revokeAccess(id: string, userId: string) {
  return apiSend(
    'DELETE',
    `${grantsPath(id)}/${encodeURIComponent(userId)}`,
    undefined,
    reportGrantListSchema,
  );
}
