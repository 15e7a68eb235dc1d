// SPDX-License-Identifier: EUPL-1.2
import { Outlet, useLocation } from 'react-router';

import { common } from '../../../common/messages/nl';
import { SessionProvider } from '../session/SessionProvider';
import { PageLayout } from '../ui/PageLayout';

import { ErrorBoundary } from './ErrorBoundary';
import { SiteHeader } from './SiteHeader';
import { useFocusOnNavigate } from './use-focus-on-navigate';

function Shell() {
  const { pathname } = useLocation();
  useFocusOnNavigate();
  return (
    <PageLayout
      header={<SiteHeader />}
      footer={<p className="utrecht-paragraph">{common.footer}</p>}
    >
      <ErrorBoundary key={pathname}>
        <Outlet />
      </ErrorBoundary>
    </PageLayout>
  );
}

/** The root of every page: the session, the page frame and the current route inside it. */
export function AppShell() {
  return (
    <SessionProvider>
      <Shell />
    </SessionProvider>
  );
}
