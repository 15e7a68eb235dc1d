// SPDX-License-Identifier: EUPL-1.2
import { Component, type ReactNode } from 'react';

import { RouteErrorPage } from './RouteErrorPage';

/** Catches render errors of a page so the header and footer stay usable. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? <RouteErrorPage /> : this.props.children;
  }
}
