// SPDX-License-Identifier: EUPL-1.2
import { Outlet, useLocation } from 'react-router';

import { appName, common } from '../../../common/messages/nl';
import { ErrorBoundary } from '../app/ErrorBoundary';
import { useFocusOnNavigate } from '../app/use-focus-on-navigate';
import { PageLayout } from '../ui/PageLayout';

/**
 * The frame of the anonymous tip pages. Unlike the app shell it never asks for a session: the
 * page makes no request that carries or touches a sign-in, whoever uses the browser.
 */
export function PublicShell() {
  const { pathname } = useLocation();
  useFocusOnNavigate();
  return (
    <PageLayout
      header={
        <div className="weerbaar-header">
          <span className="weerbaar-brand">{appName} · anoniem melden</span>
        </div>
      }
      footer={<p className="utrecht-paragraph">{common.footer}</p>}
    >
      <ErrorBoundary key={pathname}>
        <Outlet />
      </ErrorBoundary>
    </PageLayout>
  );
}
