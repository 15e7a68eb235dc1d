// SPDX-License-Identifier: EUPL-1.2
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';

import { meSchema } from '../../../common/contracts/accounts';
import {
  ApiError,
  apiGet,
  apiSend,
  fetchSession,
  forgetCsrfToken,
  onUnauthorized,
} from '../api/client';

import { SessionContext, type AuthState, type SessionContextValue } from './session-context';

/**
 * Reads the session and, when it is complete, the user's profile. Both are asked at once: every
 * page load waits for them, and one round trip less is a page painted sooner.
 */
export async function loadAuthState(): Promise<AuthState> {
  const profile = apiGet('/api/v1/me', meSchema).then(
    (me) => ({ me }),
    (error: unknown) => ({ error }),
  );
  const session = await fetchSession();
  const answer = await profile;
  if (!session) return { status: 'anonymous' };
  if ('me' in answer) return { status: 'signed-in', session, me: answer.me };
  // The profile answers 401 while the second factor is still to be done.
  if (answer.error instanceof ApiError && answer.error.status === 401)
    return { status: 'pending', session };
  throw answer.error;
}

/** Loads the session once at start and keeps it current for everything below it. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<AuthState>({ status: 'loading' });

  const refresh = useCallback(async () => {
    let next: AuthState;
    try {
      next = await loadAuthState();
    } catch (error) {
      next = { status: 'error', error };
    }
    setState(next);
    return next;
  }, []);

  const forget = useCallback((notice?: string) => {
    forgetCsrfToken();
    setState(notice ? { status: 'anonymous', notice } : { status: 'anonymous' });
  }, []);

  const signOut = useCallback(
    async (notice?: string) => {
      try {
        await apiSend('DELETE', '/api/v1/session');
      } catch (error) {
        // Already signed out on the server is fine; anything else the caller shows.
        if (!(error instanceof ApiError && error.status === 401)) throw error;
      }
      forget(notice);
    },
    [forget],
  );

  useEffect(() => {
    void refresh();
    return onUnauthorized(() => void refresh());
  }, [refresh]);

  const value = useMemo<SessionContextValue>(
    () => ({ state, refresh, signOut, forget }),
    [state, refresh, signOut, forget],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
