// SPDX-License-Identifier: EUPL-1.2
import { apiSend } from '../api/client';

/** Changes the password; the server checks the current one. */
export function changePassword(currentPassword: string, newPassword: string): Promise<void> {
  return apiSend('POST', '/api/v1/me/password', { currentPassword, newPassword });
}

/** Signs out one of the user's other sessions. */
export function revokeSession(id: string): Promise<void> {
  return apiSend('DELETE', `/api/v1/me/sessions/${encodeURIComponent(id)}`);
}

/** Signs out every session of the user, this one included. */
export function revokeAllSessions(): Promise<void> {
  return apiSend('DELETE', '/api/v1/me/sessions');
}
