// SPDX-License-Identifier: EUPL-1.2
import type { BrowserContext } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Invites a user through the API with the session of a signed-in browser context (its
 * cookies, plus the CSRF token the session hands out), as the users page would.
 */
export async function inviteUser(
  context: BrowserContext,
  code: string,
  user: { name: string; email: string; roles: string[] },
): Promise<void> {
  const session = await context.request.get('/api/v1/session');
  const { csrfToken } = (await session.json()) as { csrfToken: string };
  const response = await context.request.post(`/api/v1/orgs/${code}/users`, {
    data: user,
    headers: { 'X-CSRF-Token': csrfToken },
  });
  expect(response.status(), await response.text()).toBe(201);
}

/** Accepts an invitation with a new password, as the /uitnodiging page does. */
export async function acceptInvitation(
  baseUrl: string,
  token: string,
  password: string,
): Promise<void> {
  const response = await fetch(`${baseUrl}/api/v1/invitations/accept`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ token, password }),
  });
  expect(response.ok, await response.text()).toBe(true);
}
