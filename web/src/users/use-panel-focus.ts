// SPDX-License-Identifier: EUPL-1.2
import { useEffect, useRef } from 'react';

/** Focuses the returned ref's element when the panel opens, so keyboard users land in it. */
export function usePanelFocus<T extends HTMLElement>(key: string) {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [key]);
  return ref;
}

/** Moves focus back to the button that opened a panel. */
export function focusById(id: string): void {
  document.getElementById(id)?.focus();
}
