// SPDX-License-Identifier: EUPL-1.2
import { signInResponseSchema } from '../../../common/contracts/accounts';
import { apiSend, forgetCsrfToken } from '../api/client';

/** Checks email and password; the answer says which second step, if any, comes next. */
export async function signIn(email: string, password: string) {
  const result = await apiSend(
    'POST',
    '/api/v1/session',
    { email, password },
    signInResponseSchema,
  );
  // A new session means a new CSRF token.
  forgetCsrfToken();
  return result;
}

/** Completes sign-in with a TOTP code or a recovery code. */
export async function submitSecondFactor(code: string): Promise<void> {
  await apiSend('POST', '/api/v1/session/mfa', { code: code.trim() });
  forgetCsrfToken();
}

/** Reads a string that an earlier page put in the router's location state. */
export function stateString(state: unknown, key: string): string | undefined {
  if (typeof state !== 'object' || state === null || !(key in state)) return undefined;
  const value: unknown = (state as Record<string, unknown>)[key];
  return typeof value === 'string' ? value : undefined;
}
