// SPDX-License-Identifier: EUPL-1.2
import { createContext, useContext } from 'react';

import type { Me, SessionView } from '../../../common/contracts/accounts';

/**
 * Who is using the app. "pending" means the password was right but the second factor (or its
 * enrolment) still has to be done; only the sign-in pages are open then.
 */
export type AuthState =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'anonymous'; notice?: string }
  | { status: 'pending'; session: SessionView }
  | { status: 'signed-in'; session: SessionView; me: Me };

/** What the session context offers to components. */
export interface SessionContextValue {
  state: AuthState;
  /** Reloads the session and the user's profile from the server. */
  refresh: () => Promise<AuthState>;
  /** Ends the session on the server and forgets it here; `notice` is shown on the sign-in page. */
  signOut: (notice?: string) => Promise<void>;
  /** Forgets the session here only, after the server already ended it. */
  forget: (notice?: string) => void;
}

/** The React context behind useSession(). */
export const SessionContext = createContext<SessionContextValue | null>(null);

/** The current session; only usable below SessionProvider. */
export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession() needs a SessionProvider above it.');
  return value;
}

/** The signed-in user's profile; only usable on pages behind RequireSignedIn. */
export function useMe(): Me {
  const { state } = useSession();
  if (state.status !== 'signed-in') throw new Error('useMe() needs a signed-in session.');
  return state.me;
}
