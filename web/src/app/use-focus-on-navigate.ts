// SPDX-License-Identifier: EUPL-1.2
import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

import { mainId } from '../ui/PageLayout';

/**
 * Moves keyboard focus to the page's h1 when the path changes, so screen-reader users hear
 * that a new page opened and keyboard users start at its top. Query changes (filters) keep focus.
 */
export function useFocusOnNavigate(): void {
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    const heading = document.querySelector<HTMLElement>(`#${mainId} h1`);
    (heading ?? document.getElementById(mainId))?.focus();
  }, [pathname]);
}
