// SPDX-License-Identifier: EUPL-1.2
import { Navigate, Outlet, useLocation } from 'react-router';

import { PageHeading } from '../ui/Heading';
import { LoadError, Loading } from '../ui/Status';

import { withReturn } from './return-path';
import { useSession } from './session-context';

/**
 * Guards the pages that need a complete sign-in. Visitors go to the sign-in page and come back
 * here afterwards; a session that still needs its second factor goes to that step.
 */
export function RequireSignedIn() {
  const { state, refresh } = useSession();
  const location = useLocation();
  const here = `${location.pathname}${location.search}`;

  switch (state.status) {
    case 'loading':
      return <Loading />;
    case 'error':
      return (
        <>
          <PageHeading>Weerbaar is even niet bereikbaar</PageHeading>
          <LoadError error={state.error} onRetry={() => void refresh()} />
        </>
      );
    case 'anonymous':
      // After signing out on purpose there is nothing to return to.
      return <Navigate to={state.notice ? '/inloggen' : withReturn('/inloggen', here)} replace />;
    case 'pending': {
      const step = state.session.enrolmentRequired
        ? '/tweede-factor-instellen'
        : '/inloggen/tweede-stap';
      return <Navigate to={withReturn(step, here)} replace />;
    }
    case 'signed-in':
      return <Outlet />;
  }
}
